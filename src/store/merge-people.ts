import type { Database as Sqlite } from 'better-sqlite3';
import { mergePeopleInNetwork, movedByMerge } from '../core/identity/merge.js';
import type { Network } from '../core/model.js';
import { withPersonReplaced } from '../document/record-rules.js';
import { invalidInput, notFound } from '../errors.js';
import { bumpRevision, type Store } from './open.js';
import { getRecord, recordFromRow, rewriteCommitmentsNaming, type StoredRecord } from './records.js';
import { columnList, PEOPLE, RELATIONSHIPS, STAKEHOLDERS, TIES, toCells } from './tables.js';

export interface MergePeopleResult {
  kept: string;
  removed: string;
  moved: { relationships: number; ties: number; interactions: number; groups: number; goals: number };
}

const insertSql = (table: string, columns: string[]) =>
  `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;

/** The records that name `keep` or `drop`: all a merge of the two reads and changes. */
function neighbourhood(store: Store, keep: string, drop: string): Network {
  const { sqlite } = store;
  const rows = (sql: string, ...params: unknown[]) => sqlite.prepare(sql).all(...params) as StoredRecord[];
  const records = (
    collection: 'relationships' | 'ties' | 'groups' | 'interactions' | 'goals',
    sql: string,
    ...params: string[]
  ) => rows(sql, ...params).map((row) => recordFromRow(store, collection, row));
  return {
    format: 'threefold/1',
    owner: { name: '', organization: '' },
    people: [getRecord(store, 'people', keep)!, getRecord(store, 'people', drop)!],
    relationships: records(
      'relationships',
      'SELECT * FROM relationships WHERE person IN (?, ?) OR introduced_by = ?',
      keep,
      drop,
      drop,
    ),
    ties: records('ties', 'SELECT * FROM ties WHERE lo IN (?, ?) OR hi IN (?, ?)', keep, drop, keep, drop),
    groups: records(
      'groups',
      'SELECT * FROM groups WHERE id IN (SELECT group_id FROM group_members WHERE person = ?)',
      drop,
    ),
    interactions: records(
      'interactions',
      'SELECT * FROM interactions WHERE id IN (SELECT interaction FROM interaction_people WHERE person = ?)',
      drop,
    ),
    goals: records(
      'goals',
      'SELECT * FROM goals WHERE id IN (SELECT goal FROM goal_stakeholders WHERE person = ?)',
      drop,
    ),
  } as Network;
}

/** Writes the merged neighbourhood: the kept person, their relationship and ties, and the lists that named `drop`. */
function writeMerged(sqlite: Sqlite, merged: Network, keep: string, drop: string): void {
  const person = merged.people.find((p) => p.id === keep)!;
  sqlite
    .prepare(
      `UPDATE people SET ${columnList(PEOPLE)
        .map((c) => `${c} = ?`)
        .join(', ')} WHERE id = ?`,
    )
    .run(...toCells(PEOPLE, person), keep);

  sqlite.prepare('DELETE FROM relationships WHERE person IN (?, ?)').run(keep, drop);
  const insertRelationship = sqlite.prepare(insertSql('relationships', columnList(RELATIONSHIPS)));
  const updateIntroducer = sqlite.prepare('UPDATE relationships SET introduced_by = ? WHERE person = ?');
  for (const r of merged.relationships ?? []) {
    if (r.person === keep) insertRelationship.run(toCells(RELATIONSHIPS, r));
    else updateIntroducer.run(r.introducedBy ?? null, r.person);
  }

  sqlite.prepare('DELETE FROM ties WHERE lo IN (?, ?) OR hi IN (?, ?)').run(keep, drop, keep, drop);
  const insertTie = sqlite.prepare(insertSql('ties', ['lo', 'hi', 'flipped', ...columnList(TIES)]));
  for (const t of merged.ties ?? []) {
    const flipped = t.a > t.b;
    insertTie.run(flipped ? t.b : t.a, flipped ? t.a : t.b, flipped ? 1 : 0, ...toCells(TIES, t));
  }

  const members = sqlite.prepare('INSERT INTO group_members (group_id, person, position) VALUES (?, ?, ?)');
  for (const g of merged.groups ?? []) {
    sqlite.prepare('DELETE FROM group_members WHERE group_id = ?').run(g.id);
    (g.members ?? []).forEach((p, i) => members.run(g.id, p, i));
  }
  const attendees = sqlite.prepare(
    'INSERT INTO interaction_people (interaction, person, position) VALUES (?, ?, ?)',
  );
  for (const i of merged.interactions ?? []) {
    sqlite.prepare('DELETE FROM interaction_people WHERE interaction = ?').run(i.id);
    i.people.forEach((p, at) => attendees.run(i.id, p, at));
  }
  const stakeholderColumns = ['goal', 'position', ...columnList(STAKEHOLDERS)];
  const stakeholders = sqlite.prepare(insertSql('goal_stakeholders', stakeholderColumns));
  for (const g of merged.goals ?? []) {
    sqlite.prepare('DELETE FROM goal_stakeholders WHERE goal = ?').run(g.id);
    (g.stakeholders ?? []).forEach((s, i) => stakeholders.run(g.id, i, ...toCells(STAKEHOLDERS, s)));
  }
  sqlite.prepare('DELETE FROM people WHERE id = ?').run(drop);
}

/**
 * Merges person `drop` into person `keep` in ONE transaction: relationships, ties, interactions,
 * group memberships and stakeholder entries of `drop` move to `keep`, then `drop` is removed. Only
 * the records that name either of them are read and written (the core decides how two records
 * fold into one); the rest of the network is untouched.
 */
export function mergePeople(store: Store, keep: string, drop: string): MergePeopleResult {
  if (keep === drop) throw invalidInput('merge needs two different people');
  const { sqlite } = store;
  return sqlite
    .transaction(() => {
      for (const id of [keep, drop]) if (!getRecord(store, 'people', id)) throw notFound(`no person "${id}"`);
      const around = neighbourhood(store, keep, drop);
      const moved = movedByMerge(around, drop);
      writeMerged(sqlite, mergePeopleInNetwork(around, keep, drop), keep, drop);
      rewriteCommitmentsNaming(store, drop, (c) =>
        Array.isArray(c.people) && c.people.includes(drop) ? withPersonReplaced(c, drop, keep) : c,
      );
      // People, ties and attendance all changed: what the analysis kept is computed again.
      bumpRevision(sqlite);
      return { kept: keep, removed: drop, moved };
    })
    .immediate();
}
