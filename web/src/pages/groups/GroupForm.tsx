import { type FormEvent, useState } from 'react';
import { type ApiError, api, idPath, writeFailure } from '../../api/client';
import type { Editing } from '../../ui/record-edits';
import { ErrorBanner } from '../../ui/states';
import { FieldError } from '../people/FieldError';
import { fieldErrors } from '../people/list-query';
import { PeoplePicker, type Picked } from '../people/PeoplePicker';
import { EXTERNAL_GROUP_KINDS, type Group } from './groups-data';

interface Props {
  existing?: Editing<Group>;
  nameOf: (id: string) => string;
  onSaved: (group: Group) => void;
  onCancel?: () => void;
}

/** A group (club, association, alumni, team…), its members, and whether you belong to it. */
export function GroupForm({ existing, nameOf, onSaved, onCancel }: Props) {
  const old = existing?.record;
  const [name, setName] = useState(old?.name ?? '');
  const [kind, setKind] = useState(old?.kind ?? '');
  const [members, setMembers] = useState<Picked[]>(
    (old?.members ?? []).map((id) => ({ id, name: nameOf(id) })),
  );
  const [mine, setMine] = useState(old?.ownerIsMember ?? true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const errors = fieldErrors(error);
  const prefix = old ? `group-${old.id}` : 'group-new';

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const fields = {
      name: name.trim(),
      kind: kind.trim() || null,
      members: members.map((m) => m.id),
      ownerIsMember: mine,
    };
    try {
      if (existing) {
        onSaved(await api.patch<Group>(`/groups/${idPath(existing.record.id)}`, fields, existing.etag));
      } else {
        const body = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== null));
        onSaved(await api.post<Group>('/groups', body));
        setName('');
        setKind('');
        setMembers([]);
      }
    } catch (err) {
      setError(writeFailure(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="stack"
      onSubmit={submit}
      noValidate
      aria-label={old ? `Edit the group ${old.name}` : 'Add a group'}
    >
      {error && <ErrorBanner error={error} />}
      <div className="form-grid">
        <div className="people-field">
          <label>
            Group name
            <input
              value={name}
              maxLength={200}
              onChange={(e) => setName(e.target.value)}
              aria-invalid={errors.name ? true : undefined}
              aria-describedby={errors.name ? `${prefix}-name-error` : undefined}
            />
          </label>
          <FieldError id={`${prefix}-name-error`} message={errors.name} />
        </div>
        <div className="people-field">
          <label>
            Kind
            <input list={`${prefix}-kinds`} value={kind} onChange={(e) => setKind(e.target.value)} />
          </label>
          <datalist id={`${prefix}-kinds`}>
            {EXTERNAL_GROUP_KINDS.map((k) => (
              <option key={k} value={k} />
            ))}
            <option value="team" />
          </datalist>
        </div>
      </div>
      <label>
        <input type="checkbox" checked={mine} onChange={(e) => setMine(e.target.checked)} /> I am a member
      </label>
      <PeoplePicker label="Add a member (search)" listLabel="Members" value={members} onChange={setMembers} />
      <FieldError id={`${prefix}-members-error`} message={errors.members} />
      <div className="row">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Saving…' : old ? 'Save group' : 'Add group'}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
