import type { ReactNode } from 'react';
import { useApi } from '../../api/use-api';
import { Link, personHref } from '../../app/router';
import { FORM_LABEL, fmtNumber, fmtStrength } from '../../ui/format';
import { ErrorBanner, Loading } from '../../ui/states';
import { type DuplicatePair, loadSide, type Side } from './duplicates-data';

interface Props {
  pair: DuplicatePair;
  busy: boolean;
  onMerge: (keep: 'a' | 'b') => void;
}

const list = (xs: readonly string[] | undefined) => (xs && xs.length > 0 ? xs.join(', ') : '–');

const ROWS: [string, (s: Side) => ReactNode][] = [
  ['Name', (s) => s.person.name],
  ['Organisation', (s) => s.organization ?? '–'],
  ['Title', (s) => s.person.title ?? '–'],
  ['E-mails', (s) => list(s.person.emails)],
  ['Phones', (s) => list(s.person.phones)],
  [
    'Your relationship',
    (s) =>
      s.relationship
        ? `${list(s.relationship.forms?.map((f) => FORM_LABEL[f] ?? f))} · ${fmtStrength(s.relationship.strength)}`
        : 'none',
  ],
  ['Ties', (s) => fmtNumber(s.ties)],
  ['Interactions', (s) => fmtNumber(s.interactions)],
  ['Notes', (s) => s.person.notes ?? '–'],
];

/** The two people side by side, and a merge in either direction. */
export function Comparison({ pair, busy, onMerge }: Props) {
  const sides = useApi(
    () => Promise.all([loadSide(pair.a), loadSide(pair.b)]),
    `compare:${pair.a}|${pair.b}`,
  );
  if (sides.error) return <ErrorBanner error={sides.error} onRetry={sides.reload} />;
  if (!sides.data) return <Loading what="Loading both people" />;
  const [a, b] = sides.data;
  return (
    <div className="stack">
      <div className="table-wrap">
        <table className="duplicate-compare">
          <caption className="visually-hidden">
            {a.person.name} and {b.person.name} side by side
          </caption>
          <thead>
            <tr>
              <td />
              <th scope="col">
                <Link href={personHref(a.person.id)}>{a.person.name}</Link>
              </th>
              <th scope="col">
                <Link href={personHref(b.person.id)}>{b.person.name}</Link>
              </th>
            </tr>
          </thead>
          <tbody>
            {ROWS.map(([label, show]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td>{show(a)}</td>
                <td>{show(b)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted small">
        Merging keeps one of them and moves every relationship, tie, interaction, group and goal of the other
        to them; the other is removed.
      </p>
      <div className="row">
        <button type="button" className="primary" disabled={busy} onClick={() => onMerge('a')}>
          Keep {a.person.name}, merge {b.person.name} into them
        </button>
        <button type="button" disabled={busy} onClick={() => onMerge('b')}>
          Keep {b.person.name}, merge {a.person.name} into them
        </button>
      </div>
    </div>
  );
}
