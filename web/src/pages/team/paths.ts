// The team pages' paths, titles and nav entries, kept apart from the pages so the shell can name
// them without loading their chunk.
import type { Role } from './types';

export const TEAM_PATHS = {
  invite: '/team/invite',
  sharing: '/team/sharing',
  leaders: '/team/leaders',
  programmes: '/team/programmes',
} as const;

export const leaderHref = (id: string) => `${TEAM_PATHS.leaders}/${encodeURIComponent(id)}`;
export const programmeHref = (id: string) => `${TEAM_PATHS.programmes}/${encodeURIComponent(id)}`;

/**
 * The nav entries a role adds: a leader shares and takes part in programmes, a coach reads their
 * leaders, an admin runs programmes; coaches and admins invite.
 */
export function teamSections(role: Role | undefined): Array<{ href: string; label: string }> {
  if (role === 'leader')
    return [
      { href: TEAM_PATHS.sharing, label: 'Sharing' },
      { href: TEAM_PATHS.programmes, label: 'Programmes' },
    ];
  if (role === 'coach')
    return [
      { href: TEAM_PATHS.leaders, label: 'My leaders' },
      { href: TEAM_PATHS.invite, label: 'Invite' },
    ];
  if (role === 'admin')
    return [
      { href: TEAM_PATHS.programmes, label: 'Programmes' },
      { href: TEAM_PATHS.invite, label: 'Invite' },
    ];
  return [];
}

/** Where an account starts: a leader on their network, a coach with their leaders, an admin inviting. */
export function homeFor(role: Role): string {
  if (role === 'coach') return TEAM_PATHS.leaders;
  if (role === 'admin') return TEAM_PATHS.invite;
  return '/';
}

/** The title and nav entry of a team page, or undefined when `path` is none. */
export function teamPage(path: string): { title: string; section: string } | undefined {
  if (path === TEAM_PATHS.invite) return { title: 'Invite', section: TEAM_PATHS.invite };
  if (path === TEAM_PATHS.sharing) return { title: 'Sharing', section: TEAM_PATHS.sharing };
  if (path === TEAM_PATHS.leaders) return { title: 'My leaders', section: TEAM_PATHS.leaders };
  if (path.startsWith(`${TEAM_PATHS.leaders}/`)) return { title: 'Leader', section: TEAM_PATHS.leaders };
  if (path === TEAM_PATHS.programmes) return { title: 'Programmes', section: TEAM_PATHS.programmes };
  if (path.startsWith(`${TEAM_PATHS.programmes}/`))
    return { title: 'Programme', section: TEAM_PATHS.programmes };
  return undefined;
}

export const ROLE_LABEL: Record<Role, string> = {
  leader: 'Leader',
  coach: 'Coach',
  admin: 'Programme admin',
};

const PART_LABEL: Record<string, string> = {
  diagnosis: 'the diagnosis and its trend',
  plan: "this week's plan",
};

/**
 * "the diagnosis and its trend, one goal and this week's plan, without names", for a list of
 * shared parts and how many goals (which come with the diagnosis).
 */
export function describeParts(parts: readonly string[], goals = 0): string {
  const shown = parts.filter((p) => p in PART_LABEL).map((p) => PART_LABEL[p]!);
  if (shown.length === 0) return 'nothing';
  if (parts.includes('diagnosis') && goals > 0)
    shown.splice(1, 0, goals === 1 ? 'one goal' : `${goals} goals`);
  const what = shown.join(' and ');
  return parts.includes('names') ? `${what}, with names` : `${what}, without names`;
}

/** An API message as a sentence: capitalised, with a full stop. */
export function sentence(message: string): string {
  const s = message.trim();
  if (!s) return s;
  const first = s[0]!.toUpperCase() + s.slice(1);
  return /[.!?]$/.test(first) ? first : `${first}.`;
}
