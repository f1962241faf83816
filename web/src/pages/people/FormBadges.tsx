import { FORM_LABEL } from '../../ui/format';

/** The forms of a relationship as coloured badges; `*` marks forms the analysis inferred. */
export function FormBadges({ forms, inferred }: { forms: string[]; inferred: boolean }) {
  if (forms.length === 0) return null;
  return (
    <span className="row people-badges">
      {forms.map((f) => (
        <span key={f} className={`badge ${f}`} title={inferred ? 'inferred, not stated' : undefined}>
          {FORM_LABEL[f] ?? f}
          {inferred ? '*' : ''}
        </span>
      ))}
    </span>
  );
}
