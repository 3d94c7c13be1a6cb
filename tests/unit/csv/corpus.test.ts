import { describe, expect, it } from 'vitest';
import { getCatalog } from '../../../lib/catalog';
import { parseCsv } from '../../../lib/csv';
import { corpus } from './corpus';

const catalog = getCatalog();

describe('the corpus of awkward files', () => {
  it('has at least 60 files', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(60);
  });

  it('quotes no cell at length in a message', () => {
    for (const file of corpus) {
      for (const p of parseCsv(file.bytes, { catalog }).problems) {
        for (const param of p.params ?? []) expect(param.length, `${file.name}: ${p.code}`).toBeLessThanOrEqual(420);
      }
    }
  });

  it.each(corpus.map((f) => [f.name, f] as const))('%s', (_name, file) => {
    const result = parseCsv(file.bytes, { catalog });
    const { expect: want } = file;
    expect(result.problems.map((p) => (p.row === undefined ? [p.code] : [p.code, p.row]))).toEqual(want.problems);
    if (want.ids) expect(result.targets.map((t) => t.id)).toEqual(want.ids);
    if (want.targetCount !== undefined) expect(result.targets).toHaveLength(want.targetCount);
    if (want.encoding) expect(result.encoding).toBe(want.encoding);
    if (want.delimiter) expect(result.delimiter).toBe(want.delimiter);
    if (want.rowCount !== undefined) expect(result.rowCount).toBe(want.rowCount);
    if (want.usageLocations) expect(result.targets.map((t) => t.usageLocation)).toEqual(want.usageLocations);
    if (want.kinds) expect(result.targets.map((t) => t.kind)).toEqual(want.kinds);
    if (want.held) expect(result.targets.map((t) => t.heldProducts)).toEqual(want.held);
    if (want.rowsAccounted !== undefined) {
      // Zero rows lost: each data row ends as a target or is named by a problem.
      const named = new Set([...result.targets.map((t) => t.row), ...result.problems.map((p) => p.row)]);
      const [first, last] = want.rowsAccounted;
      for (let row = first; row <= last; row++) expect(named.has(row), `row ${row}`).toBe(true);
    }
  });

  it('gives every row problem a row, a column and the row and column as its first two params', () => {
    for (const file of corpus) {
      for (const p of parseCsv(file.bytes, { catalog }).problems) {
        if (p.row === undefined) continue;
        expect(p.column, `${file.name}: ${p.code}`).toBeTypeOf('string');
        expect(p.params?.slice(0, 2), `${file.name}: ${p.code}`).toEqual([String(p.row), p.column]);
      }
    }
  });
});
