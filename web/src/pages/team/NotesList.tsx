import { fmtDate } from '../../ui/format';
import type { CoachNote } from './types';

/** Coaches' notes, newest first, as plain text (line breaks kept, never HTML). */
export function NotesList({
  notes,
  empty,
  showCoach,
}: {
  notes: CoachNote[];
  empty: string;
  showCoach?: boolean;
}) {
  if (notes.length === 0) return <p className="muted">{empty}</p>;
  const ordered = [...notes].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  return (
    <ul className="team-list" aria-label="Notes">
      {ordered.map((n) => (
        <li key={n.id} className="team-note">
          <p className="muted small">
            {showCoach ? `${n.coach.name}, ` : ''}
            {fmtDate(n.at)}
          </p>
          <p className="team-note-text">{n.text}</p>
        </li>
      ))}
    </ul>
  );
}
