import { type FormEvent, useState } from 'react';
import { ApiError, api } from '../../api/client';
import { useStatus } from '../../app/status';
import { fmtPercent } from '../../ui/format';
import { ErrorBanner } from '../../ui/states';
import { DropZone } from './DropZone';
import { IMPORT_FORMATS, IMPORT_MODES, type ImportMode } from './formats';
import { ImportSummary } from './ImportSummary';
import { OwnerFields } from './OwnerFields';
import { createOwner, needsOwnerFirst } from './owner';
import type { ImportResult } from './summary';

type Phase =
  | { step: 'idle' }
  | { step: 'uploading'; fraction: number }
  | { step: 'reading' }
  | { step: 'done'; result: ImportResult; filename: string }
  | { step: 'failed'; error: ApiError };

export function ImportCard() {
  const status = useStatus();
  const [file, setFile] = useState<File>();
  // Until the user picks a mode, follow the database: `new` while empty, `merge` once it holds a network.
  const [chosenMode, setChosenMode] = useState<ImportMode>();
  const mode: ImportMode = chosenMode ?? (status.data?.empty ? 'new' : 'merge');
  const [phase, setPhase] = useState<Phase>({ step: 'idle' });
  const [owner, setOwner] = useState({ name: '', organization: '' });
  // A replace removes the network: the user says so before the button works.
  const [replaceConfirmed, setReplaceConfirmed] = useState(false);
  const replaceBlocked = mode === 'replace' && !status.data?.empty && !replaceConfirmed;
  const busy = phase.step === 'uploading' || phase.step === 'reading';

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!file) {
      setPhase({
        step: 'failed',
        error: new ApiError(0, 'invalid_input', 'Choose a file to import first.', [
          { path: 'File to import', message: 'required' },
        ]),
      });
      return;
    }
    const ownerFirst = needsOwnerFirst(file.name, status.data?.hasOwner);
    if (ownerFirst && (!owner.name.trim() || !owner.organization.trim())) {
      setPhase({
        step: 'failed',
        error: new ApiError(
          0,
          'invalid_input',
          'Say who you are before importing contacts, a calendar or a graph.',
          [
            ...(owner.name.trim() ? [] : [{ path: 'Your name', message: 'required' }]),
            ...(owner.organization.trim() ? [] : [{ path: 'Your organization', message: 'required' }]),
          ],
        ),
      });
      return;
    }
    setPhase({ step: 'uploading', fraction: 0 });
    try {
      if (ownerFirst) await createOwner(owner.name.trim(), owner.organization.trim());
      const result = await api.upload<ImportResult>(
        '/import',
        file,
        // With the owner just written the database is no longer empty: `new` would be refused.
        { filename: file.name, mode: ownerFirst && mode === 'new' ? 'merge' : mode },
        // Once the last byte is sent the server parses, validates and writes: say so.
        (fraction) => setPhase(fraction >= 1 ? { step: 'reading' } : { step: 'uploading', fraction }),
      );
      setPhase({ step: 'done', result, filename: file.name });
      setChosenMode(undefined);
      setReplaceConfirmed(false);
      status.reload();
    } catch (err) {
      setPhase({
        step: 'failed',
        error: err instanceof ApiError ? err : new ApiError(0, 'internal', String(err)),
      });
    }
  };

  return (
    <section className="card stack" aria-labelledby="import-title">
      <h2 id="import-title">Import</h2>
      <p className="muted import-intro">
        Bring in the people you know and your history with them. Supported files:
      </p>
      <ul className="format-list">
        {IMPORT_FORMATS.map((f) => (
          <li key={f.name}>
            <strong>{f.name}</strong> <span className="muted small">{f.hint}</span>
          </li>
        ))}
      </ul>
      <form className="stack" onSubmit={submit} aria-busy={busy}>
        <DropZone
          file={file}
          disabled={busy}
          onFile={(f) => {
            setFile(f);
            if (phase.step !== 'uploading' && phase.step !== 'reading') setPhase({ step: 'idle' });
          }}
        />
        {status.data?.hasOwner === false && (
          <OwnerFields
            name={owner.name}
            organization={owner.organization}
            disabled={busy}
            onChange={setOwner}
          />
        )}
        <div className="row import-controls">
          <label>
            Mode
            <select
              value={mode}
              disabled={busy}
              onChange={(e) => setChosenMode(e.currentTarget.value as ImportMode)}
            >
              {IMPORT_MODES.map((m) => (
                <option key={m.value} value={m.value}>
                  {m.label}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="primary" disabled={busy || replaceBlocked}>
            Import
          </button>
        </div>
        {mode === 'replace' && (
          <div className="banner banner-warning small stack">
            <p>
              Replace removes everything in this database (people, history, goals) before importing. A copy is
              kept first: restore it under Backups to undo.
            </p>
            {!status.data?.empty && (
              <label>
                <input
                  type="checkbox"
                  checked={replaceConfirmed}
                  disabled={busy}
                  onChange={(e) => setReplaceConfirmed(e.currentTarget.checked)}
                />{' '}
                Replace the network now in this database
              </label>
            )}
          </div>
        )}
        {mode === 'new' && status.data && !status.data.empty && (
          <p className="muted small">
            This database already holds a network: “new” will be refused. Use merge or replace.
          </p>
        )}
      </form>
      <Progress phase={phase} />
      {phase.step === 'done' && <ImportSummary result={phase.result} filename={phase.filename} />}
      {phase.step === 'failed' && <ErrorBanner error={phase.error} />}
    </section>
  );
}

function Progress({ phase }: { phase: Phase }) {
  if (phase.step === 'uploading') {
    return (
      <label className="import-progress">
        Uploading… {fmtPercent(phase.fraction)}
        <progress max={1} value={phase.fraction} />
      </label>
    );
  }
  if (phase.step === 'reading') {
    return (
      <div className="import-progress" aria-live="polite">
        <p>Reading and checking…</p>
        <progress aria-label="Reading and checking" />
      </div>
    );
  }
  return null;
}
