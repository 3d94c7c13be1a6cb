import { describe, expect, it } from 'vitest';
import type { Target } from '../../../lib/csv';
import { KeyTable } from '../../../lib/csv/key-table';

const target = (row: number, key: string): Target => ({ row, kind: 'user', id: key, key, action: 'assign' });

describe('KeyTable', () => {
  it('returns the first target of a key, across growth', () => {
    const list: Target[] = [];
    const table = new KeyTable(list);
    const add = (t: Target) => table.firstOrAdd(list.push(t) - 1);
    for (let i = 0; i < 20_000; i++) expect(add(target(i + 2, `user${i}@contoso.com`))).toBeUndefined();
    for (let i = 0; i < 20_000; i += 997) expect(add(target(99_999, `user${i}@contoso.com`))).toBe(list[i]);
    expect(add(target(100_000, 'someone.else@contoso.com'))).toBeUndefined();
  });

  it('tells apart keys that land on the same slot', () => {
    // 5,000 keys in a table that starts with 4,096 slots: probing past taken slots is certain.
    const list: Target[] = [];
    const table = new KeyTable(list);
    const add = (t: Target) => table.firstOrAdd(list.push(t) - 1);
    const keys = Array.from({ length: 5000 }, (_, i) => 'k'.repeat(1 + (i % 50)) + String(i));
    keys.forEach((k, i) => expect(add(target(i, k))).toBeUndefined());
    keys.forEach((k, i) => expect(add(target(10_000 + i, k))?.row).toBe(i));
  });
});
