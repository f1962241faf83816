// The map's controls: what colour and size mean, and which people to show.
import { type ReactNode, useId } from 'react';
import { FORM_LABEL, FORMS, fmtStrength } from '../../ui/format';
import type { MapFilter } from './map-filter';
import { type ColorMode, SIZE_MEASURES, type SizeMeasure } from './map-graph';

interface Props {
  filter: MapFilter;
  onFilter: (f: MapFilter) => void;
  colorMode: ColorMode;
  onColorMode: (m: ColorMode) => void;
  sizeBy: SizeMeasure;
  onSizeBy: (m: SizeMeasure) => void;
  units: readonly string[];
  sectors: readonly string[];
  shown: number;
  total: number;
}

/** A label tied to its control by id, so the control's name is the label text alone. */
function Field({ label, children }: { label: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className="map-field">
      <label htmlFor={id}>{label}</label>
      {children(id)}
    </div>
  );
}

export function MapFilters(p: Props) {
  const set = (patch: Partial<MapFilter>) => p.onFilter({ ...p.filter, ...patch });
  return (
    <fieldset className="map-filters">
      <legend>Show</legend>
      <Field label="Colour by">
        {(id) => (
          <select id={id} value={p.colorMode} onChange={(e) => p.onColorMode(e.target.value as ColorMode)}>
            <option value="form">Form</option>
            <option value="cluster">Cluster</option>
          </select>
        )}
      </Field>
      <Field label="Size by">
        {(id) => (
          <select id={id} value={p.sizeBy} onChange={(e) => p.onSizeBy(e.target.value as SizeMeasure)}>
            {SIZE_MEASURES.map((m) => (
              <option key={m.key} value={m.key}>
                {m.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Form">
        {(id) => (
          <select id={id} value={p.filter.form} onChange={(e) => set({ form: e.target.value })}>
            <option value="">All forms</option>
            {FORMS.map((f) => (
              <option key={f} value={f}>
                {FORM_LABEL[f]}
              </option>
            ))}
            <option value="none">No direct relationship</option>
          </select>
        )}
      </Field>
      <Field label="Unit">
        {(id) => (
          <select id={id} value={p.filter.unit} onChange={(e) => set({ unit: e.target.value })}>
            <option value="">All units</option>
            {p.units.map((u) => (
              <option key={u} value={u}>
                {u}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Sector">
        {(id) => (
          <select id={id} value={p.filter.sector} onChange={(e) => set({ sector: e.target.value })}>
            <option value="">All sectors</option>
            {p.sectors.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Minimum tie strength">
        {(id) => (
          <select
            id={id}
            value={p.filter.minStrength}
            onChange={(e) => set({ minStrength: Number(e.target.value) })}
          >
            {[1, 2, 3, 4, 5].map((s) => (
              <option key={s} value={s}>
                {s === 1 ? 'All ties' : `${fmtStrength(s)} or stronger`}
              </option>
            ))}
          </select>
        )}
      </Field>
      <label className="map-check">
        <input
          type="checkbox"
          checked={p.filter.dormantOnly}
          onChange={(e) => set({ dormantOnly: e.target.checked })}
        />
        Dormant only
      </label>
      <p className="muted small" role="status" aria-live="polite">
        Showing {p.shown.toLocaleString('en')} of {p.total.toLocaleString('en')} people
      </p>
    </fieldset>
  );
}
