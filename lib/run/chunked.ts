// A persistent array kept in fixed-size chunks. An update copies only the chunks it touches, so a
// 100,000-item array changes cheaply, and the store tells which chunks an event changed by identity.

export type Chunked<T> = {
  readonly size: number;
  readonly per: number;
  readonly chunks: readonly (readonly T[])[];
};

export function chunkedOf<T>(items: readonly T[], per: number): Chunked<T> {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += per) chunks.push(items.slice(i, i + per));
  return { size: items.length, per, chunks };
}

export function itemAt<T>(c: Chunked<T>, i: number): T | undefined {
  if (!Number.isInteger(i) || i < 0 || i >= c.size) return undefined;
  return c.chunks[Math.floor(i / c.per)]?.[i % c.per];
}

/** Replaces items by index; each touched chunk is copied once. */
export function withItems<T>(c: Chunked<T>, updates: ReadonlyMap<number, T>): Chunked<T> {
  if (updates.size === 0) return c;
  const chunks = c.chunks.slice();
  const copied = new Set<number>();
  for (const [i, value] of updates) {
    if (!Number.isInteger(i) || i < 0 || i >= c.size) throw new RangeError(`index ${i}`);
    const k = Math.floor(i / c.per);
    if (!copied.has(k)) {
      chunks[k] = (chunks[k] ?? []).slice();
      copied.add(k);
    }
    (chunks[k] as T[])[i % c.per] = value;
  }
  return { size: c.size, per: c.per, chunks };
}

export function withItem<T>(c: Chunked<T>, i: number, value: T): Chunked<T> {
  return withItems(c, new Map([[i, value]]));
}

export function appended<T>(c: Chunked<T>, value: T): Chunked<T> {
  const k = Math.floor(c.size / c.per);
  const chunks = c.chunks.slice();
  chunks[k] = [...(chunks[k] ?? []), value];
  return { size: c.size + 1, per: c.per, chunks };
}

/** Maps every item; a chunk whose items all come back identical is kept as is. */
export function mapItems<T>(c: Chunked<T>, fn: (item: T, i: number) => T): Chunked<T> {
  let changed = false;
  const chunks = c.chunks.map((chunk, k) => {
    let copy: T[] | undefined;
    chunk.forEach((item, j) => {
      const next = fn(item, k * c.per + j);
      if (next !== item) (copy ??= chunk.slice())[j] = next;
    });
    if (copy) changed = true;
    return copy ?? chunk;
  });
  return changed ? { size: c.size, per: c.per, chunks } : c;
}

export function forEachItem<T>(c: Chunked<T>, fn: (item: T, i: number) => void): void {
  c.chunks.forEach((chunk, k) => chunk.forEach((item, j) => fn(item, k * c.per + j)));
}

export function toArray<T>(c: Chunked<T>): T[] {
  return c.chunks.flat();
}
