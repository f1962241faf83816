// Preparing a meeting (#16): pick the attendees; for each, what you know, common ground, whom they
// know that you need and a suggested ask. The attendees live in the address, so a brief can be
// opened from a person page and kept as a link.

import type { AttendeeBrief } from '../../../../src/core/coach/brief';
import { api } from '../../api/client';
import { useApi } from '../../api/use-api';
import { Link, personHref, setParam } from '../../app/router';
import type { PageProps } from '../../app/routes';
import { useStatus } from '../../app/status';
import { FORM_LABEL, fmtDate, fmtStrength } from '../../ui/format';
import { ErrorBanner, Loading, Page } from '../../ui/states';
import { PeoplePicker } from '../people/PeoplePicker';

function list(items: readonly string[]): string {
  return items.length ? items.join(', ') : 'none known';
}

function Attendee({ a }: { a: AttendeeBrief }) {
  const ask = a.ask;
  return (
    <section className="card stack" aria-labelledby={`brief-${a.id}`}>
      <h2 id={`brief-${a.id}`}>
        <Link href={personHref(a.id)}>{a.name}</Link>
      </h2>
      {(a.title || a.organization) && (
        <p className="muted">{[a.title, a.organization].filter(Boolean).join(', ')}</p>
      )}
      <dl className="person-facts">
        <dt>Your tie</dt>
        <dd>
          {a.relationship
            ? `${fmtStrength(a.relationship.strength)}${a.relationship.forms.length ? ` · ${a.relationship.forms.map((f) => FORM_LABEL[f] ?? f).join(', ')}` : ''}`
            : 'No relationship yet'}
        </dd>
        <dt>Last contact</dt>
        <dd>
          {a.lastInteraction
            ? `${fmtDate(a.lastInteraction.date)}${a.lastInteraction.kind ? ` (${a.lastInteraction.kind})` : ''}`
            : 'never logged'}
        </dd>
        {a.lastInteraction?.notes && (
          <>
            <dt>Last time</dt>
            <dd>{a.lastInteraction.notes}</dd>
          </>
        )}
        <dt>Shared interests</dt>
        <dd>{list(a.sharedInterests)}</dd>
        <dt>Shared groups</dt>
        <dd>{list(a.sharedGroups)}</dd>
        <dt>They offer</dt>
        <dd>{list(a.offers)}</dd>
        <dt>They need</dt>
        <dd>{list(a.needs)}</dd>
      </dl>
      {a.knowsWhomYouNeed.length > 0 && (
        <div>
          <h3>Whom they know that you need</h3>
          <ul aria-label={`Whom ${a.name} knows that you need`}>
            {a.knowsWhomYouNeed.map((k) => (
              <li key={k.id}>
                <Link href={personHref(k.id)}>{k.name}</Link>: {k.why}
              </li>
            ))}
          </ul>
        </div>
      )}
      <p>
        <strong>Opening:</strong> {a.opening}
      </p>
      {ask && (
        <p>
          <strong>Suggested ask:</strong> {ask}
        </p>
      )}
    </section>
  );
}

export function BriefPage({ location }: PageProps) {
  const version = useStatus().data?.dataVersion ?? '';
  const ids = (location.params.get('people') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const brief = useApi(
    async () =>
      ids.length === 0
        ? { attendees: [] as AttendeeBrief[] }
        : api.get<{ attendees: AttendeeBrief[] }>('/brief', { people: ids.join(',') }),
    `brief:${ids.join(',')}:${version}`,
  );
  const names = new Map((brief.data?.attendees ?? []).map((a) => [a.id, a.name]));
  return (
    <Page title="Prepare a meeting">
      <div className="stack">
        <section className="card stack" aria-labelledby="brief-who">
          <h2 id="brief-who">Who will be there</h2>
          <PeoplePicker
            label="Add an attendee"
            listLabel="Attendees"
            value={ids.map((id) => ({ id, name: names.get(id) ?? '…' }))}
            onChange={(v) => setParam('people', v.length ? v.map((p) => p.id).join(',') : null)}
          />
        </section>
        {brief.error && <ErrorBanner error={brief.error} onRetry={brief.reload} />}
        {brief.loading && ids.length > 0 && !brief.data && <Loading what="Preparing the brief" />}
        {ids.length === 0 && (
          <p className="muted">Add the people you are meeting to see what to talk about.</p>
        )}
        {brief.data?.attendees.map((a) => (
          <Attendee key={a.id} a={a} />
        ))}
      </div>
    </Page>
  );
}
