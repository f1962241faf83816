import type { Command } from 'commander';
import type { StoredRecord } from '../../app/port.js';
import {
  addRecord,
  changeGroupMembers,
  editRecord,
  getRecord,
  listRecords,
  keyOf as recordKeyOf,
  removeRecord,
  removeStakeholder,
  setStakeholder,
} from '../../app/records.js';
import type { CollectionName } from '../../document/merge.js';
import { invalidInput } from '../../errors.js';
import { COLLECTION_SPECS } from '../../store/records.js';
import { type CliContext, wantsJson } from '../context.js';
import { personInsight } from './assess.js';
import { printGoalMap } from './coach.js';

type FieldType = 'string' | 'int' | 'number' | 'list' | 'bool';
interface Field {
  /** The option's long name without dashes (`introduced-by`). */
  option: string;
  /** The document field (`introducedBy`). */
  field: string;
  type: FieldType;
  help: string;
}
interface CollectionCli {
  collection: CollectionName;
  command: string;
  aliases: string[];
  /** Whether the key is an id (made from the record's name, title, text or date when not given). */
  hasId?: boolean;
  /** Positional arguments that make the key (`<person>` for a relationship, `<a> <b>` for a tie). */
  keyArgs: string[];
  fields: Field[];
  columns: Array<[header: string, value: (r: StoredRecord) => unknown]>;
}

const f = (
  option: string,
  type: FieldType,
  help: string,
  field = option.replace(/-(\w)/g, (_, c: string) => c.toUpperCase()),
): Field => ({
  option,
  field,
  type,
  help,
});
const list = (v: unknown) => (Array.isArray(v) ? v.join(', ') : v);

export const COLLECTION_CLIS: CollectionCli[] = [
  {
    collection: 'people',
    command: 'person',
    aliases: ['people'],
    hasId: true,
    keyArgs: ['id'],
    fields: [
      f('name', 'string', 'full name'),
      f('email', 'list', 'e-mail addresses (comma-separated)', 'emails'),
      f('phone', 'list', 'phone numbers (comma-separated)', 'phones'),
      f('org', 'string', 'organisation id', 'organization'),
      f('unit', 'string', 'function or business unit'),
      f('title', 'string', 'job title'),
      f('level', 'int', 'seniority 1 (entry) .. 6 (top executive / board)'),
      f('sector', 'string', 'sector'),
      f('region', 'string', 'region'),
      f('interest', 'list', 'personal interests (comma-separated)', 'interests'),
      f('offer', 'list', 'what they can give: expertise, access (comma-separated)', 'offers'),
      f('need', 'list', 'what they are looking for (comma-separated)', 'needs'),
      f('tag', 'list', 'free tags (comma-separated)', 'tags'),
      f('notes', 'string', 'notes'),
    ],
    columns: [
      ['id', (r) => r.id],
      ['name', (r) => r.name],
      ['organization', (r) => r.organization],
      ['unit', (r) => r.unit],
      ['title', (r) => r.title],
    ],
  },
  {
    collection: 'organizations',
    command: 'org',
    aliases: ['orgs', 'organization'],
    hasId: true,
    keyArgs: ['id'],
    fields: [
      f('name', 'string', 'name'),
      f('kind', 'string', 'company | association | club | community | alumni | public-body | other'),
      f('sector', 'string', 'sector'),
      f('trust', 'int', "the owner's trust in it, 0..5"),
    ],
    columns: [
      ['id', (r) => r.id],
      ['name', (r) => r.name],
      ['kind', (r) => r.kind],
      ['sector', (r) => r.sector],
      ['trust', (r) => r.trust],
      ['support', (r) => (Array.isArray(r.support) ? r.support.length : '')],
    ],
  },
  {
    collection: 'relationships',
    command: 'relationship',
    aliases: ['rel', 'relationships'],
    keyArgs: ['person'],
    fields: [
      f('forms', 'list', 'operational, personal, strategic (comma-separated)'),
      f('roles', 'list', 'superior, peer, board, mentor, ... (comma-separated)'),
      f('prescribed', 'bool', 'the job makes this tie necessary'),
      f('strength', 'int', 'tie strength 1 (acquaintance) .. 5 (very close)'),
      f('trust', 'int', 'trust 0..5'),
      f('support', 'int', 'tangible support received 0..5'),
      f('since', 'string', 'date the relationship began'),
      f('cadence', 'int', 'days between contacts the owner wants', 'cadenceDays'),
      f('introduced-by', 'string', 'id of the person who introduced you'),
    ],
    columns: [
      ['person', (r) => r.person],
      ['forms', (r) => list(r.forms)],
      ['roles', (r) => list(r.roles)],
      ['strength', (r) => r.strength],
      ['trust', (r) => r.trust],
      ['support', (r) => r.support],
      ['cadence', (r) => r.cadenceDays],
    ],
  },
  {
    collection: 'ties',
    command: 'tie',
    aliases: ['ties'],
    keyArgs: ['a', 'b'],
    fields: [
      f('strength', 'int', 'tie strength 1..5'),
      f('source', 'string', 'stated | observed | imported'),
    ],
    columns: [
      ['a', (r) => r.a],
      ['b', (r) => r.b],
      ['strength', (r) => r.strength],
      ['source', (r) => r.source],
    ],
  },
  {
    collection: 'interactions',
    command: 'interaction',
    aliases: ['interactions', 'log'],
    hasId: true,
    keyArgs: ['id'],
    fields: [
      f('date', 'string', 'date (YYYY-MM-DD or date-time; default today)'),
      f('with', 'list', 'ids of the people involved (comma-separated)', 'people'),
      f('kind', 'string', 'meeting | call | message | meal | event | introduction | request | favor | other'),
      f('minutes', 'number', "the owner's time spent"),
      f('forms', 'list', 'forms it served (comma-separated)'),
      f('direction', 'string', 'gave | received | mutual'),
      f('value', 'list', 'information, referral, support, resources, advice, none'),
      f('notes', 'string', 'notes'),
    ],
    columns: [
      ['id', (r) => r.id],
      ['date', (r) => r.date],
      ['kind', (r) => r.kind],
      ['people', (r) => list(r.people)],
      ['minutes', (r) => r.minutes],
      ['direction', (r) => r.direction],
    ],
  },
  {
    collection: 'groups',
    command: 'group',
    aliases: ['groups'],
    hasId: true,
    keyArgs: ['id'],
    fields: [
      f('name', 'string', 'name'),
      f('kind', 'string', 'association, club, alumni, community, team, ...'),
      f('members', 'list', 'ids of members (comma-separated)'),
      f('owner-member', 'bool', 'the owner belongs to it', 'ownerIsMember'),
    ],
    columns: [
      ['id', (r) => r.id],
      ['name', (r) => r.name],
      ['kind', (r) => r.kind],
      ['members', (r) => (Array.isArray(r.members) ? r.members.length : 0)],
      ['owner member', (r) => (r.ownerIsMember ? 'yes' : '')],
    ],
  },
  {
    collection: 'goals',
    command: 'goal',
    aliases: ['goals'],
    hasId: true,
    keyArgs: ['id'],
    fields: [f('title', 'string', 'what the owner wants to achieve'), f('due', 'string', 'due date')],
    columns: [
      ['id', (r) => r.id],
      ['title', (r) => r.title],
      ['due', (r) => r.due],
      ['stakeholders', (r) => (Array.isArray(r.stakeholders) ? r.stakeholders.length : 0)],
    ],
  },
  {
    collection: 'commitments',
    command: 'commitment',
    aliases: ['commitments'],
    hasId: true,
    keyArgs: ['id'],
    fields: [
      f('text', 'string', 'the habit, in words'),
      f('form', 'string', 'the form it serves'),
      f('kind', 'string', 'interaction kind it counts (event, meal, ...)'),
      f('people', 'list', 'only interactions with one of these people count (ids, comma-separated)'),
      f('roles', 'list', 'only interactions with someone in one of these roles count (board, sponsor, ...)'),
      f('groups', 'list', 'only interactions with a member of one of these groups count (ids)'),
      f('per', 'string', 'week | month | quarter'),
      f('target', 'int', 'how many per period'),
      f('since', 'string', 'start date'),
    ],
    columns: [
      ['id', (r) => r.id],
      ['text', (r) => r.text],
      ['form', (r) => r.form],
      ['target', (r) => (r.target ? `${r.target} per ${r.per ?? 'week'}` : '')],
      ['since', (r) => r.since],
    ],
  },
];

function parseValue(field: Field, raw: string | boolean): unknown {
  if (field.type === 'bool') return raw === true || raw === 'true' || raw === 'yes';
  const text = String(raw);
  if (field.type === 'list')
    return text
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s.length > 0);
  if (field.type === 'int' || field.type === 'number') {
    const n = Number(text);
    if (text.trim() === '' || !Number.isFinite(n) || (field.type === 'int' && !Number.isInteger(n))) {
      throw invalidInput(
        `--${field.option}: "${text}" is not ${field.type === 'int' ? 'a whole number' : 'a number'}`,
        [{ path: `--${field.option}`, message: 'not a number' }],
      );
    }
    return n;
  }
  return text;
}

function addFieldOptions(command: Command, spec: CollectionCli): Command {
  for (const field of spec.fields) {
    if (field.type === 'bool') {
      command.option(`--${field.option}`, field.help);
      command.option(`--no-${field.option}`, `not: ${field.help}`);
    } else command.option(`--${field.option} <value>`, field.help);
  }
  return command;
}

function fieldsFromOptions(spec: CollectionCli, opts: Record<string, unknown>): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const field of spec.fields) {
    const key = field.option.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
    if (opts[key] !== undefined) record[field.field] = parseValue(field, opts[key] as string | boolean);
  }
  return record;
}

function keyOf(spec: CollectionCli, args: string[]): string {
  return recordKeyOf(spec.collection, Object.fromEntries(spec.keyArgs.map((name, i) => [name, args[i]])));
}

function printInsight(ctx: CliContext, insight: Record<string, unknown>): void {
  const n = (key: string) => (typeof insight[key] === 'number' ? (insight[key] as number).toFixed(3) : '–');
  ctx.out.line();
  ctx.out.line(ctx.out.bold('measures'));
  ctx.out.line(
    `  strength to you ${n('strength')} · constraint ${n('constraint')} · effective size ${n('effectiveSize')} · betweenness ${n('betweenness')} · degree ${insight.degree}`,
  );
  for (const reason of (insight.why as string[]) ?? []) ctx.out.line(`  • ${reason}`);
}

function printRecord(ctx: CliContext, record: StoredRecord): void {
  const width = Math.max(...Object.keys(record).map((k) => k.length));
  for (const [key, value] of Object.entries(record)) {
    const shown = Array.isArray(value)
      ? value.map((v) => (typeof v === 'object' ? JSON.stringify(v) : v)).join(', ')
      : typeof value === 'object'
        ? JSON.stringify(value)
        : value;
    ctx.out.line(`${ctx.out.bold(key.padEnd(width))}  ${String(shown)}`);
  }
}

/** The `add | list | show | edit | remove` verbs for one collection. */
function registerCollection(program: Command, ctx: CliContext, spec: CollectionCli): Command {
  const singular = COLLECTION_SPECS[spec.collection].singular;
  const keyUsage = spec.keyArgs.map((a) => `<${a}>`).join(' ');
  const group = program
    .command(spec.command)
    .aliases(spec.aliases)
    .description(`${spec.collection}: add, list, show, edit, remove`);

  const add = group.command('add').description(`add a ${singular}`);
  if (spec.hasId) add.option('--id <id>', 'id to give it (default: made from its name, title, text or date)');
  else add.argument(keyUsage.split(' ')[0]!, spec.keyArgs[0]!);
  if (spec.collection === 'ties') add.argument('<b>', 'the other person');
  addFieldOptions(add, spec).action(async (...args: unknown[]) => {
    const command = args[args.length - 1] as Command;
    const opts = command.opts();
    const positional = command.args;
    const record: Record<string, unknown> = {};
    if (spec.hasId && opts.id !== undefined) record.id = opts.id;
    if (spec.collection === 'relationships') record.person = positional[0];
    if (spec.collection === 'ties') Object.assign(record, { a: positional[0], b: positional[1] });
    Object.assign(record, fieldsFromOptions(spec, opts));
    if (spec.collection === 'interactions') record.date ??= ctx.today();
    const { record: created } = await addRecord(await ctx.network(), spec.collection, record);
    if (wantsJson(command)) ctx.out.json(created);
    else
      ctx.out.line(
        `added ${singular} ${ctx.out.bold(String(created.id ?? created.person ?? `${created.a} – ${created.b}`))}`,
      );
  });

  const listCommand = group
    .command('list')
    .description(`list ${spec.collection}`)
    .option('--search <text>', 'only those whose text contains this')
    .option('--limit <n>', 'show at most n', (v) => Number(v));
  if (spec.collection === 'people') listCommand.option('--org <id>', 'only people of this organisation');
  listCommand.action(async (opts: { search?: string; limit?: number; org?: string }, command: Command) => {
    const limit = opts.limit !== undefined && Number.isFinite(opts.limit) ? opts.limit : undefined;
    // --search looks in every field, so it is applied before the limit, on every record.
    let { items: records } = await listRecords(await ctx.network(), spec.collection, {
      filters: { organization: opts.org },
      limit: opts.search || limit === undefined ? Number.MAX_SAFE_INTEGER : limit,
      offset: 0,
    });
    if (opts.search) {
      const needle = opts.search.toLowerCase();
      records = records.filter((r) => JSON.stringify(r).toLowerCase().includes(needle));
      if (limit !== undefined) records = records.slice(0, limit);
    }
    if (wantsJson(command)) ctx.out.json(records);
    else
      ctx.out.table(
        records.map((r) => spec.columns.map(([, value]) => value(r) as string)),
        spec.columns.map(([h]) => h),
      );
  });

  const show = group.command('show', { isDefault: true }).description(`show one ${singular}`);
  if (spec.collection === 'people')
    show.option('--as-of <date>', 'date the measures are computed as of (default: today)');
  for (const a of spec.keyArgs) show.argument(`<${a}>`);
  show.action(async (...args: unknown[]) => {
    const command = args[args.length - 1] as Command;
    const { record } = await getRecord(await ctx.network(), spec.collection, keyOf(spec, command.args));
    // A goal is shown as its stakeholder map, with the moves that would advance it.
    if (spec.collection === 'goals') {
      printGoalMap(ctx, String(record.id), ctx.date(command.opts().asOf, '--as-of'), wantsJson(command));
      return;
    }
    // A person is shown with their measures and why they matter to the owner.
    const insight =
      spec.collection === 'people'
        ? personInsight(ctx, String(record.id), ctx.date(command.opts().asOf, '--as-of'))
        : undefined;
    if (wantsJson(command)) ctx.out.json(insight ? { ...record, measures: insight } : record);
    else {
      printRecord(ctx, record);
      if (insight) printInsight(ctx, insight);
    }
  });

  const edit = group.command('edit').description(`change fields of a ${singular}`);
  for (const a of spec.keyArgs) edit.argument(`<${a}>`);
  edit.option('--unset <fields>', 'fields to clear (comma-separated document field names)');
  addFieldOptions(edit, spec).action(async (...args: unknown[]) => {
    const command = args[args.length - 1] as Command;
    // The same merge patch as the API's PATCH: the fields given, and null for each field cleared.
    const patch: Record<string, unknown> = fieldsFromOptions(spec, command.opts());
    const unset = command.opts().unset as string | undefined;
    for (const name of unset?.split(',') ?? []) if (name.trim()) patch[name.trim()] = null;
    const { record: updated } = await editRecord(
      await ctx.network(),
      spec.collection,
      keyOf(spec, command.args),
      patch,
    );
    if (wantsJson(command)) ctx.out.json(updated);
    else ctx.out.line(`updated ${singular} ${ctx.out.bold(command.args.join(' – '))}`);
  });

  const remove = group.command('remove').alias('rm').description(`remove a ${singular}`);
  for (const a of spec.keyArgs) remove.argument(`<${a}>`);
  remove.action(async (...args: unknown[]) => {
    const command = args[args.length - 1] as Command;
    await removeRecord(await ctx.network(), spec.collection, keyOf(spec, command.args));
    if (wantsJson(command)) ctx.out.json({ removed: command.args });
    else ctx.out.line(`removed ${singular} ${ctx.out.bold(command.args.join(' – '))}`);
  });
  return group;
}

export function register(program: Command, ctx: CliContext): void {
  for (const spec of COLLECTION_CLIS) {
    const group = registerCollection(program, ctx, spec);
    if (spec.collection === 'groups') registerMembers(group, ctx);
    if (spec.collection === 'goals') registerStakeholders(group, ctx);
  }
}

function registerMembers(group: Command, ctx: CliContext): void {
  const member = group.command('member').description("add or remove a group's members");
  const change =
    (adding: boolean) => async (groupId: string, people: string[], _opts: unknown, command: Command) => {
      const { record: updated } = await changeGroupMembers(
        await ctx.network(),
        groupId,
        adding ? { add: people } : { remove: people },
      );
      const size = ((updated.members as string[] | undefined) ?? []).length;
      if (wantsJson(command)) ctx.out.json(updated);
      else ctx.out.line(`${groupId} now has ${size} member${size === 1 ? '' : 's'}`);
    };
  member
    .command('add')
    .argument('<group>')
    .argument('<people...>')
    .description('add people to a group')
    .action(change(true));
  member
    .command('remove')
    .argument('<group>')
    .argument('<people...>')
    .description('remove people from a group')
    .action(change(false));
}

function registerStakeholders(group: Command, ctx: CliContext): void {
  const stakeholder = group.command('stakeholder').description("add or remove a goal's stakeholders");
  stakeholder
    .command('add')
    .description('add (or update) a stakeholder of a goal')
    .argument('<goal>')
    .argument('<person>')
    .requiredOption('--influence <n>', 'influence over the goal, 1..5', (v) => Number(v))
    .option('--stance <stance>', 'champion | supportive | neutral | skeptical | opposed | unknown', 'unknown')
    .action(
      async (
        goalId: string,
        person: string,
        opts: { influence: number; stance: string },
        command: Command,
      ) => {
        const { record: updated } = await setStakeholder(await ctx.network(), goalId, {
          person,
          influence: opts.influence,
          stance: opts.stance,
        });
        if (wantsJson(command)) ctx.out.json(updated);
        else
          ctx.out.line(
            `${person} is a stakeholder of ${goalId} (${opts.stance}, influence ${opts.influence})`,
          );
      },
    );
  stakeholder
    .command('remove')
    .description('remove a stakeholder from a goal')
    .argument('<goal>')
    .argument('<person>')
    .action(async (goalId: string, person: string, _opts: unknown, command: Command) => {
      const { record: updated } = await removeStakeholder(await ctx.network(), goalId, person);
      if (wantsJson(command)) ctx.out.json(updated);
      else ctx.out.line(`removed ${person} from the stakeholders of ${goalId}`);
    });
}
