import { describe, expect, it } from 'vitest';
import { appended, chunkedOf, itemAt, mapItems, toArray, withItem, withItems } from '../../../lib/run/chunked';

describe('chunked arrays', () => {
  const base = chunkedOf([0, 1, 2, 3, 4, 5, 6], 3);

  it('splits into chunks and reads by index', () => {
    expect(base.chunks).toEqual([[0, 1, 2], [3, 4, 5], [6]]);
    expect([itemAt(base, 4), itemAt(base, 7), itemAt(base, -1), itemAt(base, 1.5)]).toEqual([
      4,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('copies only the chunks an update touches', () => {
    const next = withItems(
      base,
      new Map([
        [1, 10],
        [2, 20],
      ]),
    );
    expect(toArray(next)).toEqual([0, 10, 20, 3, 4, 5, 6]);
    expect(next.chunks[0]).not.toBe(base.chunks[0]);
    expect(next.chunks[1]).toBe(base.chunks[1]);
    expect(toArray(base)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(() => withItem(base, 7, 1)).toThrow(RangeError);
  });

  it('appends into the last chunk or a new one', () => {
    const a = appended(base, 7);
    expect(a.chunks.map((c) => c.length)).toEqual([3, 3, 2]);
    expect(a.chunks[0]).toBe(base.chunks[0]);
    expect(appended(appended(a, 8), 9).chunks.map((c) => c.length)).toEqual([3, 3, 3, 1]);
  });

  it('maps keeping untouched chunks, and the whole when nothing changed', () => {
    const m = mapItems(base, (x) => (x === 6 ? 60 : x));
    expect(m.chunks[2]).toEqual([60]);
    expect(m.chunks[0]).toBe(base.chunks[0]);
    expect(mapItems(base, (x) => x)).toBe(base);
  });
});
