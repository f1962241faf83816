import { type FormEvent, useEffect, useState } from 'react';
import { api, idPath } from '../../api/client';
import { Problem } from './Problem';
import { ATTRIBUTE_LABEL, describeMix, type MixedAttribute, placedTogetherWords } from './programme-words';
import type { PeerGroupsProposal, ProgrammeSummary } from './types';

const ATTRIBUTES: MixedAttribute[] = ['unit', 'function', 'sector'];

/** Peer groups that mix units, functions and sectors, from what participants chose to tell. */
export function PeerGroupsSection({ programme }: { programme: ProgrammeSummary }) {
  const [size, setSize] = useState('5');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [proposal, setProposal] = useState<PeerGroupsProposal>();
  // Offered only where the server holds the organisation's data (team servers with a roster).
  const [organisationAvailable, setOrganisationAvailable] = useState(false);
  const [useOrganisation, setUseOrganisation] = useState(true);
  useEffect(() => {
    let live = true;
    api.get<{ available: boolean }>('/company').then(
      (r) => live && setOrganisationAvailable(r.available),
      () => live && setOrganisationAvailable(false),
    );
    return () => {
      live = false;
    };
  }, []);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      setProposal(
        await api.get<PeerGroupsProposal>(`/programmes/${idPath(programme.id)}/peer-groups`, {
          size: Number(size),
          ...(organisationAvailable && useOrganisation ? { organisation: '1' } : {}),
        }),
      );
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card stack" aria-labelledby="peer-groups-title">
      <h2 id="peer-groups-title">Peer groups</h2>
      <p className="muted small">
        Groups that mix units, functions and sectors, so that each leader meets people from other parts of the
        organisation. They use only what participants chose to tell the programme.
      </p>
      <form className="row" onSubmit={submit} aria-label="Propose peer groups">
        <label>
          Leaders per group
          <input
            type="number"
            min={2}
            max={50}
            required
            value={size}
            onChange={(e) => setSize(e.currentTarget.value)}
          />
        </label>
        {organisationAvailable && (
          <label>
            <input
              type="checkbox"
              checked={useOrganisation}
              onChange={(e) => setUseOrganisation(e.currentTarget.checked)}
            />{' '}
            Place leaders of units that rarely work together in the same group (from the organisation
            analysis)
          </label>
        )}
        <button type="submit" className="primary" disabled={busy}>
          Propose groups
        </button>
      </form>
      <Problem error={error} />
      {proposal && proposal.groups.length === 0 && <p className="muted">No leader takes part yet.</p>}
      {proposal && proposal.groups.length > 0 && (
        <>
          <ul className="team-list" aria-label="How mixed the groups are">
            {ATTRIBUTES.map((a) => (
              <li key={a}>{describeMix(a, proposal.diversity[a], proposal.ceiling[a])}</li>
            ))}
          </ul>
          <ol className="team-groups" aria-label="Proposed groups">
            {proposal.groups.map((group, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a proposal's groups have no identity but their place
              <li key={i} className="card">
                <h3>Group {i + 1}</h3>
                <ul className="team-moves">
                  {group.map((m, j) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: two participants may share a name
                    <li key={j}>
                      <strong>{m.name}</strong>{' '}
                      <span className="muted small">
                        {ATTRIBUTES.map((a) => `${ATTRIBUTE_LABEL[a]}: ${m[a] ?? 'not told'}`).join(' · ')}
                      </span>
                    </li>
                  ))}
                </ul>
                {(proposal.placedTogether ?? [])
                  .filter((p) => p.group === i)
                  .map((p, k) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: two pairs may share names
                    <p key={k} className="muted small">
                      {placedTogetherWords(p)}
                    </p>
                  ))}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
