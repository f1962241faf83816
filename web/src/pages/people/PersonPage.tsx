import { useMemo, useRef, useState } from 'react';
import { ApiError, api, idPath, writeFailure } from '../../api/client';
import type { Page as ApiPage, Interaction, Organization, Person, Tie } from '../../api/types';
import { useApi } from '../../api/use-api';
import { Link } from '../../app/router';
import type { PageProps } from '../../app/routes';
import { useStatus } from '../../app/status';
import { fmtDate, todayIso } from '../../ui/format';
import { ErrorBanner, Loading, Page } from '../../ui/states';
import { cadenceStatus } from './cadence';
import { EditPersonForm } from './EditPersonForm';
import { InteractionForm } from './InteractionForm';
import { InteractionTimeline } from './InteractionTimeline';
import { MeasuresCard } from './MeasuresCard';
import { PathsSection } from './PathsSection';
import { PersonFacts } from './PersonFacts';
import { fetchAll } from './people-data';
import { DEFAULT_CADENCE, loadLastContact, loadOwner, loadRelationship, personIdFrom } from './person-data';
import { type RemovedPerson, removePerson, restorePerson } from './person-removal';
import { RelationshipCard } from './RelationshipCard';
import { TiesCard } from './TiesCard';
import type { Assessment, PersonPaths } from './types';
import './people.css';

const TIMELINE_STEP = 20;

export function PersonPage({ location }: PageProps) {
  const id = personIdFrom(location.path);
  // A new person is a new page: forms, messages and the timeline length start afresh.
  return <PersonView key={id} id={id} />;
}

function PersonView({ id }: { id: string }) {
  const status = useStatus();
  // Writes bump `tick` at once (this page) and the data version via status.reload() (the shell).
  const [tick, setTick] = useState(0);
  const key = `${id}:${status.data?.dataVersion ?? ''}:${tick}`;
  const [timelineSize, setTimelineSize] = useState(TIMELINE_STEP);
  const [logging, setLogging] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const savedRef = useRef<HTMLParagraphElement>(null);
  const today = todayIso();

  const [editing, setEditing] = useState(false);
  const [removed, setRemoved] = useState<RemovedPerson | null>(null);
  const [changing, setChanging] = useState<{ interaction: Interaction; etag: string | undefined } | null>(
    null,
  );
  const [deletedInteraction, setDeletedInteraction] = useState<Interaction | null>(null);
  const [writeError, setWriteError] = useState<ApiError | null>(null);
  const versioned = useApi(() => api.getVersioned<Person>(`/people/${idPath(id)}`), `person:${key}`);
  const person = { ...versioned, data: versioned.data?.data };
  const organizations = useApi(
    () => (editing ? fetchAll<Organization>('/organizations', { sort: 'name' }) : Promise.resolve([])),
    `organizations:${key}:${editing}`,
  );
  const relationship = useApi(() => loadRelationship(id), `relationship:${key}`);
  const lastContact = useApi(() => loadLastContact(id, today), `last:${key}:${today}`);
  const interactions = useApi(
    () => api.get<ApiPage<Interaction>>('/interactions', { person: id, sort: '-date', limit: timelineSize }),
    `interactions:${key}:${timelineSize}`,
  );
  const ties = useApi(() => fetchAll<Tie>('/ties', { person: id }), `ties:${key}`);
  const assessment = useApi(() => api.get<Assessment>('/assess'), `assess:${key}`);
  const organizationOf = useApi(
    async () => {
      const org = person.data?.organization;
      return org ? api.get<Organization>(`/organizations/${idPath(org)}`).catch(() => null) : null;
    },
    `org:${person.data?.organization ?? ''}`,
  );
  const owner = useApi(loadOwner, 'owner');
  const paths = useApi(() => api.get<PersonPaths>('/path', { to: id, k: 3 }), `paths:${key}`);

  const names = useMemo(
    () => new Map((assessment.data?.people ?? []).map((p) => [p.id, p.name])),
    [assessment.data],
  );
  const nameOf = (pid: string) => (pid === 'owner' ? (owner.data?.name ?? 'You') : (names.get(pid) ?? pid));
  const entry = assessment.data?.people.find((p) => p.id === id);

  if (removed) {
    return (
      <Page title={`${removed.person.name} deleted`}>
        <section className="card stack">
          {writeError && <ErrorBanner error={writeError} />}
          <p role="status">
            {removed.person.name} was deleted, with their relationship, {removed.ties.length} tie(s) and their
            place in {removed.interactions.length} interaction(s).
          </p>
          <div className="row">
            <button
              type="button"
              className="primary"
              onClick={async () => {
                setWriteError(null);
                try {
                  await restorePerson(removed);
                  setRemoved(null);
                  setSaved(`${removed.person.name} is back.`);
                  setTick((t) => t + 1);
                  status.reload();
                } catch (err) {
                  setWriteError(err instanceof ApiError ? err : new ApiError(0, 'internal', String(err)));
                }
              }}
            >
              Undo delete
            </button>
            <Link href="/people">Back to people</Link>
          </div>
        </section>
      </Page>
    );
  }

  if (person.error) {
    const missing = person.error.status === 404;
    return (
      <Page title={missing ? 'Person not found' : 'Person'}>
        {missing ? (
          <section className="card">
            <p>
              There is no one with the id <code>{id}</code>. <Link href="/people">Back to people</Link>
            </p>
          </section>
        ) : (
          <ErrorBanner error={person.error} onRetry={person.reload} />
        )}
      </Page>
    );
  }
  if (!person.data) {
    return (
      <Page title="Person">
        <Loading what="Loading person" />
      </Page>
    );
  }

  const p = person.data;
  const rel = relationship.data?.data ?? null;
  // The stated cadence, else the form default the analysis uses (only for an actual relationship).
  const cadenceDays = rel
    ? (rel.cadenceDays ?? entry?.cadence?.days ?? DEFAULT_CADENCE[rel.forms?.[0] ?? 'personal'])
    : undefined;
  const cadence = cadenceStatus(rel ? entry?.cadence : null);
  const afterWrite = () => {
    setTick((t) => t + 1);
    status.reload();
  };
  const failed = (err: unknown) => setWriteError(writeFailure(err));
  const editInteraction = async (i: Interaction) => {
    setWriteError(null);
    try {
      const v = await api.getVersioned<Interaction>(`/interactions/${idPath(i.id)}`);
      setLogging(false);
      setChanging({ interaction: v.data, etag: v.etag });
    } catch (err) {
      failed(err);
    }
  };
  const deleteInteraction = async (i: Interaction) => {
    setWriteError(null);
    try {
      await api.delete(`/interactions/${idPath(i.id)}`);
      setDeletedInteraction(i);
      afterWrite();
    } catch (err) {
      failed(err);
    }
  };
  const undoInteraction = async (i: Interaction) => {
    setWriteError(null);
    try {
      await api.post('/interactions', i);
      setDeletedInteraction(null);
      setSaved(`The ${i.kind ?? 'interaction'} of ${fmtDate(i.date)} is back.`);
      afterWrite();
    } catch (err) {
      failed(err);
    }
  };
  const remove = async () => {
    setWriteError(null);
    try {
      setRemoved(await removePerson(p, versioned.data?.etag));
      status.reload();
    } catch (err) {
      setWriteError(writeFailure(err));
    }
  };

  return (
    <Page
      title={p.name}
      actions={
        <>
          <button
            type="button"
            className="primary"
            aria-expanded={logging}
            onClick={() => {
              setChanging(null);
              setLogging((l) => !l);
            }}
          >
            Log an interaction
          </button>
          <button type="button" aria-expanded={editing} onClick={() => setEditing((e) => !e)}>
            Edit person
          </button>
          <Link className="button" href={`/brief?people=${encodeURIComponent(p.id)}`}>
            Prepare a meeting
          </Link>
          <button type="button" className="person-danger" onClick={remove}>
            Delete person
          </button>
        </>
      }
    >
      <div className="stack people-scope">
        <p className="muted small">
          <Link href="/people">People</Link> / {p.name}
        </p>
        {saved && (
          <p className="banner banner-ok" role="status" tabIndex={-1} ref={savedRef}>
            {saved}
          </p>
        )}
        {writeError && <ErrorBanner error={writeError} />}
        {editing && (
          <EditPersonForm
            person={p}
            etag={versioned.data?.etag}
            organizations={organizations.data ?? []}
            onCancel={() => setEditing(false)}
            onSaved={(next) => {
              setEditing(false);
              setSaved(`${next.name} saved.`);
              afterWrite();
              requestAnimationFrame(() => savedRef.current?.focus());
            }}
          />
        )}
        {deletedInteraction && (
          <p className="banner banner-ok row" role="status">
            The {deletedInteraction.kind ?? 'interaction'} of {fmtDate(deletedInteraction.date)} was deleted.
            <button type="button" onClick={() => undoInteraction(deletedInteraction)}>
              Undo
            </button>
          </p>
        )}
        {changing && (
          <InteractionForm
            key={changing.interaction.id}
            personId={id}
            personName={p.name}
            nameOf={nameOf}
            existing={changing}
            defaultForms={[]}
            onCancel={() => setChanging(null)}
            onSaved={(i) => {
              setChanging(null);
              setSaved(`Interaction on ${fmtDate(i.date)} saved.`);
              afterWrite();
              requestAnimationFrame(() => savedRef.current?.focus());
            }}
          />
        )}
        {logging && (
          <InteractionForm
            personId={id}
            personName={p.name}
            nameOf={nameOf}
            defaultForms={rel?.forms ?? []}
            onCancel={() => setLogging(false)}
            onSaved={(i) => {
              setLogging(false);
              setSaved(`Interaction on ${fmtDate(i.date)} saved.`);
              afterWrite();
              requestAnimationFrame(() => savedRef.current?.focus());
            }}
          />
        )}
        {relationship.error && <ErrorBanner error={relationship.error} onRetry={relationship.reload} />}
        <div className="grid grid-2">
          <PersonFacts
            person={p}
            organizationName={organizationOf.data?.name ?? p.organization ?? ''}
            internal={entry?.internal}
            lastContact={lastContact.data ?? null}
            cadence={cadence}
            cadenceDays={cadenceDays}
            cadenceStated={rel?.cadenceDays !== undefined}
          />
          {relationship.data !== undefined && (
            <RelationshipCard
              key={`${key}`}
              personId={id}
              personName={p.name}
              relationship={rel}
              etag={relationship.data?.etag}
              nameOf={nameOf}
              onSaved={afterWrite}
            />
          )}
        </div>
        <div className="grid grid-2">
          <div className="stack">
            {interactions.error && <ErrorBanner error={interactions.error} onRetry={interactions.reload} />}
            {interactions.data && (
              <InteractionTimeline
                personId={id}
                page={interactions.data}
                nameOf={nameOf}
                onMore={() => setTimelineSize((n) => n + TIMELINE_STEP)}
                onEdit={editInteraction}
                onDelete={deleteInteraction}
              />
            )}
          </div>
          <div className="stack">
            <PathsSection
              personName={p.name}
              ownerName={owner.data?.name ?? 'You'}
              direct={entry?.contact ?? rel !== null}
              paths={paths}
              nameOf={nameOf}
            />
            {ties.error && <ErrorBanner error={ties.error} onRetry={ties.reload} />}
            {ties.data && (
              <TiesCard
                personId={id}
                personName={p.name}
                ties={ties.data}
                nameOf={nameOf}
                onChanged={afterWrite}
              />
            )}
            {assessment.error &&
              !(assessment.error instanceof ApiError && assessment.error.status === 404) && (
                <ErrorBanner error={assessment.error} onRetry={assessment.reload} />
              )}
            <MeasuresCard entry={entry} clusters={assessment.data?.metrics?.clusters?.names ?? []} />
          </div>
        </div>
      </div>
    </Page>
  );
}
