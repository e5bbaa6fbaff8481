/**
 * A string → string map that never holds more than `capacity` entries, approximately least
 * recently used: entries live in a young and an old generation of up to `capacity / 2` each. A hit
 * in the old generation moves the entry to the young one; when the young one is full it becomes
 * the old one and the previous old one is dropped. Unlike a strict LRU (delete and re-insert on
 * every hit), a hit on a young entry is one Map lookup, and the Maps never churn.
 */
export class BoundedCache {
  #young = new Map<string, string>();
  #old = new Map<string, string>();
  readonly #half: number;

  constructor(readonly capacity: number) {
    this.#half = Math.max(1, Math.floor(capacity / 2));
  }

  /** Entries held (never more than `capacity`). */
  get size(): number {
    return this.#young.size + this.#old.size;
  }

  get(key: string): string | undefined {
    const young = this.#young.get(key);
    if (young !== undefined) return young;
    const old = this.#old.get(key);
    if (old !== undefined) {
      this.#old.delete(key);
      this.#insert(key, old);
    }
    return old;
  }

  set(key: string, value: string): void {
    if (this.capacity <= 0) return;
    if (this.capacity === 1) {
      this.#young.clear();
      this.#young.set(key, value);
      return;
    }
    this.#old.delete(key);
    this.#insert(key, value);
  }

  clear(): void {
    this.#young.clear();
    this.#old.clear();
  }

  #insert(key: string, value: string): void {
    if (!this.#young.has(key) && this.#young.size >= this.#half) {
      this.#old = this.#young;
      this.#young = new Map();
    }
    this.#young.set(key, value);
  }
}
