import type { Register } from '../context.js';

/**
 * Every command family of the CLI and the top-level commands it defines; a new family adds one
 * entry here. A family's module (and what it imports: the store, the analysis, zod, the
 * server) loads only when one of its commands runs, so a command does not pay for the others.
 */
interface CommandFamily {
  /** Names and aliases. */
  commands: readonly string[];
  load(): Promise<Register[]>;
}

const registers = (...modules: Array<Promise<{ register: Register }>>) =>
  Promise.all(modules).then((loaded) => loaded.map((m) => m.register));

export const FAMILIES: readonly CommandFamily[] = [
  { commands: ['init', 'demo', 'stats'], load: () => registers(import('./setup.js')) },
  { commands: ['import', 'export'], load: () => registers(import('./document.js')) },
  { commands: ['backup'], load: () => registers(import('./backup.js')) },
  {
    // `people duplicates` and `people merge` join the `person` command (alias `people`).
    commands: ['person', 'people', 'org', 'orgs', 'organization', 'relationship', 'rel', 'relationships']
      .concat(['tie', 'ties', 'interaction', 'interactions', 'log', 'group', 'groups'])
      .concat(['goal', 'goals', 'commitment', 'commitments']),
    load: () => registers(import('./collections.js'), import('./people-dedupe.js')),
  },
  { commands: ['assess'], load: () => registers(import('./assess.js')) },
  {
    commands: ['suggest', 'action', 'path', 'plan', 'review', 'brief'],
    load: () => registers(import('./coach.js')),
  },
  { commands: ['triage'], load: () => registers(import('./triage.js')) },
  { commands: ['serve'], load: () => registers(import('./serve.js')) },
  { commands: ['account'], load: () => registers(import('./account.js')) },
  { commands: ['migrate', 'worker'], load: () => registers(import('./team-admin.js')) },
  { commands: ['push', 'pull'], load: () => registers(import('./sync.js')) },
  { commands: ['company'], load: () => registers(import('./company.js')) },
];

/**
 * The families to register for a command line: the one that defines `command`, or all of them
 * when there is none (help) or the name is unknown (so the error can suggest the right one).
 */
export async function commandsFor(command: string | undefined): Promise<Register[]> {
  const own = FAMILIES.filter((f) => command !== undefined && f.commands.includes(command));
  const families = own.length > 0 ? own : FAMILIES;
  return (await Promise.all(families.map((f) => f.load()))).flat();
}
