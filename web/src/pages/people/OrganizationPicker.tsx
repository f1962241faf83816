import { ApiError, api } from '../../api/client';
import type { Organization } from '../../api/types';
import { FieldError } from './FieldError';

/** The choice that stands for "create one with the name typed below". */
const NEW = '\u0000new';

export interface OrganizationChoice {
  /** An existing organisation's id, '' for none, or NEW. */
  pick: string;
  /** The name of the organisation to create when `pick` is NEW. */
  newName: string;
}

export const noOrganization = (id?: string): OrganizationChoice => ({ pick: id ?? '', newName: '' });

/**
 * The organisation id a choice stands for, creating the organisation first when the user typed
 * a new one (undefined: none).
 */
export async function resolveOrganization(choice: OrganizationChoice): Promise<string | undefined> {
  if (choice.pick !== NEW) return choice.pick || undefined;
  const name = choice.newName.trim();
  // An empty name goes to the API as it is, so that its message names the field.
  try {
    return (await api.post<Organization>('/organizations', { name })).id;
  } catch (err) {
    // The organisation's `name` is this picker's field, not the person's name.
    if (!(err instanceof ApiError)) throw err;
    const details = err.details.map((d) => ({ path: 'body.organization', message: d.message }));
    throw new ApiError(err.status, err.code, `New organisation: ${err.message}`, details);
  }
}

interface Props {
  idPrefix: string;
  organizations: Organization[];
  value: OrganizationChoice;
  onChange: (value: OrganizationChoice) => void;
  error: string | undefined;
}

/** Pick an existing organisation, or name a new one to be created on save. */
export function OrganizationPicker({ idPrefix, organizations, value, onChange, error }: Props) {
  return (
    <>
      <div className="people-field">
        <label>
          Organisation
          <select value={value.pick} onChange={(e) => onChange({ ...value, pick: e.target.value })}>
            <option value="">None</option>
            {value.pick !== '' && value.pick !== NEW && !organizations.some((o) => o.id === value.pick) && (
              <option value={value.pick}>the current one</option>
            )}
            {organizations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
            <option value={NEW}>New organisation…</option>
          </select>
        </label>
        <FieldError id={`${idPrefix}-org-error`} message={value.pick === NEW ? undefined : error} />
      </div>
      {value.pick === NEW && (
        <div className="people-field">
          <label>
            New organisation name
            <input
              value={value.newName}
              onChange={(e) => onChange({ ...value, newName: e.target.value })}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${idPrefix}-neworg-error` : undefined}
            />
          </label>
          <FieldError id={`${idPrefix}-neworg-error`} message={error} />
        </div>
      )}
    </>
  );
}
