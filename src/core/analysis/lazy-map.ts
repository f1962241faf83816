/**
 * A read-only map that answers `get`, `has` and `size` itself and builds a plain map, once and
 * only when asked, for iteration: the analysis looks up a few hundred keys among tens of
 * thousands, and rarely iterates.
 */
export abstract class LazyMap<V> implements ReadonlyMap<string, V> {
  #all: Map<string, V> | undefined;

  abstract readonly size: number;
  abstract get(key: string): V | undefined;
  abstract has(key: string): boolean;
  /** Every entry, in the map's order. */
  protected abstract build(): Map<string, V>;

  #map(): Map<string, V> {
    this.#all ??= this.build();
    return this.#all;
  }

  entries(): MapIterator<[string, V]> {
    return this.#map().entries();
  }

  keys(): MapIterator<string> {
    return this.#map().keys();
  }

  values(): MapIterator<V> {
    return this.#map().values();
  }

  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.#map()[Symbol.iterator]();
  }

  forEach(callback: (value: V, key: string, map: ReadonlyMap<string, V>) => void, thisArg?: unknown): void {
    for (const [key, value] of this.#map()) callback.call(thisArg, value, key, this);
  }
}
