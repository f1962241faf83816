import type { ReactNode } from 'react';
import type { Person } from '../../api/types';
import { fmtDate } from '../../ui/format';
import { type CadenceStatus, cadenceLabel, needsAttention } from './cadence';

interface Props {
  person: Person;
  organizationName: string;
  internal: boolean | undefined;
  lastContact: string | null;
  cadence: CadenceStatus;
  cadenceDays: number | undefined;
  cadenceStated: boolean;
}

/** Who the person is and where the relationship stands today. */
export function PersonFacts({
  person,
  organizationName,
  internal,
  lastContact,
  cadence,
  cadenceDays,
  cadenceStated,
}: Props) {
  return (
    <section className="card" aria-labelledby="person-facts-title">
      <h2 id="person-facts-title">Profile</h2>
      <dl className="person-facts">
        {person.title && <Fact term="Title">{person.title}</Fact>}
        {organizationName && (
          <Fact term="Organisation">
            {organizationName}
            {internal !== undefined && <span className="muted"> ({internal ? 'inside' : 'outside'})</span>}
          </Fact>
        )}
        {person.unit && <Fact term="Unit">{person.unit}</Fact>}
        {person.emails && person.emails.length > 0 && (
          <Fact term="E-mail">
            {person.emails.map((e, i) => (
              <span key={e}>
                {i > 0 && ', '}
                <a href={`mailto:${e}`}>{e}</a>
              </span>
            ))}
          </Fact>
        )}
        {person.phones && person.phones.length > 0 && <Fact term="Phone">{person.phones.join(', ')}</Fact>}
        {person.tags && person.tags.length > 0 && (
          <Fact term="Tags">
            <span className="row people-badges">
              {person.tags.map((t) => (
                <span key={t} className="badge info">
                  {t}
                </span>
              ))}
            </span>
          </Fact>
        )}
        {person.offers && person.offers.length > 0 && <Fact term="Offers">{person.offers.join('; ')}</Fact>}
        {person.needs && person.needs.length > 0 && <Fact term="Needs">{person.needs.join('; ')}</Fact>}
        <dt>Last contact</dt>
        <dd>{lastContact ? fmtDate(lastContact) : 'never'}</dd>
        <dt>Cadence</dt>
        <dd>
          {needsAttention(cadence) ? (
            <span className="badge warning">{cadenceLabel(cadence)}</span>
          ) : (
            cadenceLabel(cadence)
          )}
        </dd>
        {cadenceDays !== undefined && (
          <Fact term="Keep in touch">
            every {cadenceDays} days{cadenceStated ? '' : ' (default for the form)'}
          </Fact>
        )}
      </dl>
      {person.notes && <p className="person-notes">{person.notes}</p>}
    </section>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
  );
}
