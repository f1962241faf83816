/**
 * Results that depend only on the data (an assessment, the map layout), kept until the data
 * version changes. Analysis of a 10k-person network takes long enough that recomputing it per
 * request would make the app sluggish; data changes are rare by comparison. The server tells
 * the cache the store's data version at the start of every API request (`sync`).
 */
export class VersionCache {
  private version: string | undefined;
  private readonly entries = new Map<string, unknown>();
  /** Values of the previous version a computation may start from (the last map layout). */
  private readonly previous = new Map<string, unknown>();

  constructor(private readonly maxEntries = 32) {}

  /** The data version now: entries of another version are set aside. */
  sync(version: string): void {
    if (version === this.version) return;
    for (const [k, value] of this.entries) this.previous.set(k, value);
    this.entries.clear();
    this.version = version;
  }

  /** The data version the entries belong to. */
  get dataVersion(): string | undefined {
    return this.version;
  }

  get<T>(key: string, compute: () => T): T {
    if (this.entries.has(key)) return this.entries.get(key) as T;
    const value = compute();
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(key, value);
    return value;
  }

  /** The value `key` had under an earlier data version, if any. */
  stale<T>(key: string): T | undefined {
    return (this.entries.get(key) ?? this.previous.get(key)) as T | undefined;
  }
}
