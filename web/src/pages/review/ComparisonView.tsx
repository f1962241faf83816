import { useId, useMemo } from 'react';
import { Link, personHref } from '../../app/router';
import { FORM_LABEL, FORMS, fmtDate, fmtNumber } from '../../ui/format';
import { useNames } from '../../ui/names';
import type { Comparison, TieChange } from './review-types';

const signed = (n: number, digits = 2) =>
  n > 0 ? `+${fmtNumber(n, digits)}` : n < 0 ? `−${fmtNumber(-n, digits)}` : '0';

function People({ ids, names }: { ids: readonly string[]; names: ReadonlyMap<string, string> }) {
  if (ids.length === 0) return <span className="muted">none</span>;
  return (
    <>
      {ids.map((id, i) => (
        <span key={id}>
          {i > 0 && ', '}
          <Link href={personHref(id)}>{names.get(id) ?? id}</Link>
        </span>
      ))}
    </>
  );
}

function Changes({ list, names }: { list: readonly TieChange[]; names: ReadonlyMap<string, string> }) {
  if (list.length === 0) return <span className="muted">none</span>;
  return (
    <>
      {list.map((c, i) => (
        <span key={c.person}>
          {i > 0 && ', '}
          <Link href={personHref(c.person)}>{names.get(c.person) ?? c.person}</Link> ({c.from} → {c.to})
        </span>
      ))}
    </>
  );
}

/**
 * What changed between two snapshots (or the last one and now), in the order a review
 * conversation would take it. `title` names the pair; the dates follow it.
 */
export function ComparisonView({ c, title, now = false }: { c: Comparison; title: string; now?: boolean }) {
  const titleId = useId();
  const personIds = useMemo(
    () => [
      ...c.newTies,
      ...c.lostTies,
      ...c.decayedTies.map((t) => t.person),
      ...c.strengthenedTies.map((t) => t.person),
      ...c.trustConverted.filter((id) => id.startsWith('p:')),
    ],
    [c],
  );
  const people = useNames('people', personIds);
  const commitments = useNames('commitments', [...c.commitments.kept, ...c.commitments.missed]);
  const goals = useNames('goals', Object.keys(c.goals));
  const orgs = useNames(
    'organizations',
    c.trustConverted.filter((id) => !id.startsWith('p:')),
  );
  const trustNames = new Map([...people, ...orgs]);
  return (
    <section className="card" aria-labelledby={titleId}>
      <h2 id={titleId}>
        {title}: {fmtDate(c.from)} to {fmtDate(c.to)}
        {now && ' (now)'}
      </h2>
      <dl className="rv-compare">
        <dt>New relationships ({c.newTies.length})</dt>
        <dd>
          <People ids={c.newTies} names={people} />
        </dd>
        <dt>Relationships gone ({c.lostTies.length})</dt>
        <dd>
          <People ids={c.lostTies} names={people} />
        </dd>
        <dt>Stronger ties ({c.strengthenedTies.length})</dt>
        <dd>
          <Changes list={c.strengthenedTies} names={people} />
        </dd>
        <dt>Weaker ties ({c.decayedTies.length})</dt>
        <dd>
          <Changes list={c.decayedTies} names={people} />
        </dd>
        <dt>Trust that turned into support</dt>
        <dd>
          {c.trustConverted.length === 0 ? (
            <span className="muted">none</span>
          ) : (
            c.trustConverted.map((id) => trustNames.get(id) ?? id).join(', ')
          )}
        </dd>
        <dt>Reciprocity</dt>
        <dd>
          gave {signed(c.reciprocity.gave, 0)}, received {signed(c.reciprocity.received, 0)}
        </dd>
        <dt>Commitments</dt>
        <dd>
          kept: {c.commitments.kept.map((id) => commitments.get(id) ?? id).join(', ') || 'none'}; missed:{' '}
          {c.commitments.missed.map((id) => commitments.get(id) ?? id).join(', ') || 'none'}
        </dd>
        {Object.keys(c.goals).length > 0 && (
          <>
            <dt>Goal support (change in stance)</dt>
            <dd>
              {Object.entries(c.goals)
                .map(([id, d]) => `${goals.get(id) ?? id} ${signed(d)}`)
                .join('; ')}
            </dd>
          </>
        )}
      </dl>
      <div className="table-wrap">
        <table>
          <caption className="small muted rv-caption">Change per form</caption>
          <thead>
            <tr>
              <th scope="col">Form</th>
              <th scope="col" className="num">
                Depth
              </th>
              <th scope="col" className="num">
                Breadth
              </th>
              <th scope="col" className="num">
                Leverage
              </th>
              <th scope="col" className="num">
                Relationships
              </th>
            </tr>
          </thead>
          <tbody>
            {FORMS.map((f) => {
              const d = c.forms[f];
              return (
                <tr key={f}>
                  <th scope="row">{FORM_LABEL[f]}</th>
                  <td className="num">{d ? signed(d.depth) : '–'}</td>
                  <td className="num">{d ? signed(d.breadth) : '–'}</td>
                  <td className="num">{d ? signed(d.leverage) : '–'}</td>
                  <td className="num">{d ? signed(d.relationships, 0) : '–'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
