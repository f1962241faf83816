/** Who "you" are, asked only while the database has no owner (before a contacts or calendar import). */
export function OwnerFields({
  name,
  organization,
  onChange,
  disabled,
}: {
  name: string;
  organization: string;
  onChange: (next: { name: string; organization: string }) => void;
  disabled?: boolean;
}) {
  return (
    <fieldset className="owner-fields">
      <legend>About you</legend>
      <p className="small muted import-intro">
        Contacts, calendars and graphs are your network, so threefold needs to know whose it is. A threefold
        JSON file brings its own owner and needs none of this.
      </p>
      <div className="form-grid">
        <label>
          Your name
          <input
            value={name}
            disabled={disabled}
            autoComplete="name"
            onChange={(e) => onChange({ name: e.currentTarget.value, organization })}
          />
        </label>
        <label>
          Your organization
          <input
            value={organization}
            disabled={disabled}
            autoComplete="organization"
            onChange={(e) => onChange({ name, organization: e.currentTarget.value })}
          />
        </label>
      </div>
    </fieldset>
  );
}
