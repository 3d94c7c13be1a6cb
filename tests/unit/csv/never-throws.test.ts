// Whatever the bytes, parseCsv returns a well-formed result and never throws, nor reports an
// internal failure ('unreadableFile' is the safety net; a test that sees it has found a bug).
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { getCatalog } from '../../../lib/catalog';
import { COLUMN_ROLES, parseCsv, type ParseCsvOptions } from '../../../lib/csv';
import { corpus } from './corpus';
import { noise, utf8 } from './encode';

const catalog = getCatalog();

const resultSchema = z.object({
  targets: z.array(
    z.object({
      row: z.number().check(z.int(), z.positive()),
      kind: z.enum(['user', 'guest', 'group']),
      id: z.string().check(z.minLength(1)),
      key: z.string().check(z.minLength(1)),
      action: z.enum(['assign', 'unassign', 'reassign']),
    }),
  ),
  problems: z.array(
    z.object({
      severity: z.enum(['error', 'warning', 'info']),
      code: z.string().check(z.minLength(1)),
      row: z.optional(z.number()),
      column: z.optional(z.string()),
      params: z.optional(z.array(z.string())),
    }),
  ),
  encoding: z.enum(['utf-8-bom', 'utf-8', 'windows-1252']),
  delimiter: z.string().check(z.length(1)),
  columns: z.array(z.object({ header: z.string(), role: z.nullable(z.enum(COLUMN_ROLES as [string, ...string[]])) })),
  rowCount: z.number().check(z.int(), z.nonnegative()),
  hasHeader: z.boolean(),
});

function check(bytes: Uint8Array, options: ParseCsvOptions = { catalog }): void {
  let result: unknown;
  expect(() => (result = parseCsv(bytes, options))).not.toThrow();
  const parsed = resultSchema.safeParse(result);
  expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  expect((result as { problems: { code: string }[] }).problems.map((p) => p.code)).not.toContain('unreadableFile');
}

/** Text made of the characters that trouble CSV readers most. */
function csvNoise(length: number, seed: number): string {
  const alphabet = [
    '"',
    ',',
    ';',
    '\t',
    '\n',
    '\r',
    '@',
    '.',
    '#',
    'a',
    'Z',
    'é',
    ' ',
    '=',
    '\u00a0',
    '<',
    '>',
    'EXT',
    '_',
    '0',
  ];
  return [...noise(length, seed)].map((b) => alphabet[b % alphabet.length]).join('');
}

describe('parseCsv never throws', () => {
  it.each(corpus.filter((f) => f.bytes.length < 1_000_000).map((f) => [f.name, f.bytes] as const))(
    'on %s',
    (_name, bytes) => {
      check(bytes);
    },
  );

  it('on random bytes', () => {
    for (let seed = 1; seed <= 60; seed++) check(noise(1 + seed * 37, seed));
  });

  it('on random CSV-like text, with and without a header', () => {
    for (let seed = 1; seed <= 120; seed++) {
      check(utf8(csvNoise(20 + seed * 11, seed)));
      check(
        utf8(`Email,Group,Product,Guest,Action,From,Members,UsageLocation\n${csvNoise(200 + seed * 5, seed + 1000)}`),
      );
    }
  });

  it('on every prefix of a valid file (files cut off mid-write)', () => {
    const text = utf8('Email;Product;DisplayName\n"a@contoso.com";Power BI Pro;"Vance; ""Adele"""\nb@contoso.com;;\n');
    for (let n = 0; n <= text.length; n++) check(text.slice(0, n));
  });

  it('on strange inputs and options', () => {
    check(new Uint8Array([0xef, 0xbb, 0xbf]));
    check(utf8('"'));
    check(utf8('sep=\n'));
    check(utf8('Email\na@b.co\n'), { catalog, mapping: ['from', 'from', 'from'] });
    check(utf8('Email\na@b.co\n'), { catalog, mapping: { '': 'user' } });
    check(utf8('Email\na@b.co\n'), { catalog, delimiter: '"' });
    check(utf8('Email\na@b.co\n'), { catalog, hasHeader: false });
    check(utf8('Email\na@b.co\n'), { catalog, mapping: 'nonsense' } as unknown as ParseCsvOptions);
    check(utf8('Email\na@b.co\n'), undefined);
    check(new Uint8Array(utf8('Email\na@b.co\n')).buffer as unknown as Uint8Array);
    check('not bytes' as unknown as Uint8Array);
    check(utf8(`Email\n${'a'.repeat(100_000)}@x.com\n`));
    check(utf8(`Email\na@${'b'.repeat(10_000)}!\n`));
  });
});
