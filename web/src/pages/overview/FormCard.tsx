import { FORM_COLOR, FORM_LABEL, fmtNumber, fmtPercent } from '../../ui/format';
import type { FormMeasures } from './assess-types';
import { FORM_MEANING, SCORE_MEANING } from './measures';
import { ScoreMeter } from './ScoreMeter';

const SCORES = ['depth', 'breadth', 'leverage'] as const;

export function FormCard({ form, m }: { form: string; m: FormMeasures | undefined }) {
  const label = FORM_LABEL[form] ?? form;
  const meaning = FORM_MEANING[form];
  const color = FORM_COLOR[form] ?? FORM_COLOR.none ?? '#6b7280';
  const headingId = `form-${form}`;
  return (
    <section className={`card ov-form ov-form-${form}`} aria-labelledby={headingId}>
      <h2 id={headingId}>{label}</h2>
      {meaning && <p className="muted small">{meaning.purpose}</p>}
      {m && m.relationships > 0 ? (
        <>
          {SCORES.map((s) => (
            <ScoreMeter
              key={s}
              label={s[0]?.toUpperCase() + s.slice(1)}
              value={m[s]}
              meaning={SCORE_MEANING[s]}
              color={color}
              emphasis={meaning?.strength === s}
            />
          ))}
          <dl className="ov-facts">
            <div>
              <dt>Share of time</dt>
              <dd>
                {typeof m.percentOfMinutesRecent === 'number'
                  ? `${m.percentOfMinutesRecent}%`
                  : fmtPercent(m.shareOfMinutesRecent)}{' '}
                <span className="muted small">({fmtNumber(m.minutesRecent)} min, last 90 days)</span>
              </dd>
            </div>
            <div>
              <dt>Relationships</dt>
              <dd>
                {fmtNumber(m.relationships)}{' '}
                <span className="muted small">
                  ({fmtPercent(m.shareOfRelationships)} of all
                  {m.inferred ? `, ${fmtNumber(m.inferred)} inferred from interactions` : ''})
                </span>
              </dd>
            </div>
          </dl>
        </>
      ) : (
        <p className="muted">
          No {label.toLowerCase()} relationships yet
          {m && m.minutesRecent > 0 ? `, though ${fmtNumber(m.minutesRecent)} minutes went to it lately` : ''}
          .
        </p>
      )}
    </section>
  );
}
