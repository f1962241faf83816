import { type DragEvent, useId, useRef, useState } from 'react';
import { fmtNumber } from '../../ui/format';
import { IMPORT_ACCEPT } from './formats';

/**
 * A drop target around the native file input. The input stays visible and labelled, so the
 * keyboard and screen readers use it directly; dragging a file anywhere on the zone does the same.
 */
export function DropZone({
  file,
  onFile,
  disabled,
}: {
  file: File | undefined;
  onFile: (file: File | undefined) => void;
  disabled?: boolean;
}) {
  const input = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const [over, setOver] = useState(false);

  const dragOver = (e: DragEvent<HTMLFieldSetElement>) => {
    if (disabled || !e.dataTransfer.types.includes('Files')) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    setOver(true);
  };
  const drop = (e: DragEvent<HTMLFieldSetElement>) => {
    e.preventDefault();
    setOver(false);
    if (disabled) return;
    const dropped = e.dataTransfer.files[0];
    if (!dropped) return;
    // Keep the input in step with what was dropped, so the two never disagree.
    if (input.current) input.current.files = e.dataTransfer.files;
    onFile(dropped);
  };

  return (
    // The drop handlers only add a gesture to the input the group contains.
    <fieldset
      className={`dropzone${over ? ' over' : ''}${file ? ' chosen' : ''}`}
      onDragEnter={dragOver}
      onDragOver={dragOver}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <legend className="dropzone-hint" id={hintId}>
        {over ? 'Drop the file to choose it' : 'Drag a file here, or choose one:'}
      </legend>
      <label>
        File to import
        <input
          ref={input}
          type="file"
          accept={IMPORT_ACCEPT}
          aria-describedby={hintId}
          disabled={disabled}
          onChange={(e) => onFile(e.currentTarget.files?.[0] ?? undefined)}
        />
      </label>
      {file && (
        <p className="small dropzone-note" aria-live="polite">
          Chosen: <strong>{file.name}</strong> ({fmtSize(file.size)})
        </p>
      )}
    </fieldset>
  );
}

function fmtSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${fmtNumber(bytes / 1024, 1)} KB`;
  return `${fmtNumber(bytes / (1024 * 1024), 1)} MB`;
}
