import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Backup } from '../app/port.js';
import { invalidInput } from '../errors.js';

/** A backup's file name: made by `backupName`, never a path. */
const NAME = /^threefold-[0-9TZ-]+(?:-[a-z-]+)?\.json$/;

export function checkBackupName(name: string): void {
  if (!NAME.test(name))
    throw invalidInput(`"${name}" is not the name of a backup`, [{ path: 'name', message: 'not a backup' }]);
}

/**
 * The embedded store keeps backups as threefold/1 documents in a `backups` folder beside the
 * database file: plain files a user can copy, open or import anywhere.
 */
export class BackupFolder {
  constructor(private readonly dbPath: string) {}

  private get dir(): string {
    if (this.dbPath === ':memory:') throw invalidInput('an in-memory database keeps no backups');
    return join(dirname(this.dbPath), 'backups');
  }

  save(name: string, document: string): Backup {
    checkBackupName(name);
    mkdirSync(this.dir, { recursive: true });
    const path = join(this.dir, name);
    // `wx`: a backup is never overwritten.
    writeFileSync(path, document, { flag: 'wx', mode: 0o600 });
    return this.describe(name);
  }

  list(): Backup[] {
    let names: string[];
    try {
      names = readdirSync(this.dir).filter((n) => NAME.test(n));
    } catch {
      return [];
    }
    return names
      .map((n) => this.describe(n))
      .sort((a, b) => b.takenAt.localeCompare(a.takenAt) || b.name.localeCompare(a.name));
  }

  read(name: string): string | undefined {
    checkBackupName(name);
    try {
      return readFileSync(join(this.dir, name), 'utf8');
    } catch {
      return undefined;
    }
  }

  private describe(name: string): Backup {
    const stat = statSync(join(this.dir, name));
    return { name, takenAt: stat.mtime.toISOString(), bytes: stat.size };
  }
}
