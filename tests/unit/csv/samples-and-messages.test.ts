import { describe, expect, it } from 'vitest';
import { getCatalog } from '../../../lib/catalog';
import { parseCsv, sampleCsv } from '../../../lib/csv';
import { localeTable } from '../i18n/locale-files';
import { corpus } from './corpus';
import { utf8 } from './encode';

const catalog = getCatalog();

describe('sample files', () => {
  it.each(['comma', 'semicolon'] as const)('%s sample reads cleanly, with one row of each kind', (style) => {
    const result = parseCsv(utf8(sampleCsv(style)), { catalog });
    expect(result.delimiter).toBe(style === 'comma' ? ',' : ';');
    expect(result.problems).toEqual([]);
    expect(result.targets.map((t) => [t.kind, t.action])).toEqual([
      ['user', 'assign'],
      ['user', 'assign'],
      ['user', 'assign'],
      ['guest', 'assign'],
      ['group', 'assign'],
      ['user', 'unassign'],
    ]);
  });
});

describe('problem messages', () => {
  const table = localeTable('csv_');
  const codes = new Set<string>();
  for (const file of corpus) for (const p of parseCsv(file.bytes, { catalog }).problems) codes.add(p.code);

  it('cover every code the corpus produces', () => {
    expect([...codes].filter((code) => !table[code])).toEqual([]);
  });

  it('come in English, Dutch, German and French, with the same placeholders in each', () => {
    for (const [code, byLocale] of Object.entries(table)) {
      expect(Object.keys(byLocale).sort(), code).toEqual(['de', 'en', 'fr', 'nl']);
      const placeholders = (text: string) => [...new Set(text.match(/\$\d/g) ?? [])].sort();
      for (const locale of ['nl', 'de', 'fr'])
        expect(placeholders(byLocale[locale]!), `${code}.${locale}`).toEqual(placeholders(byLocale.en!));
    }
  });

  it('use no placeholder beyond the params a problem carries', () => {
    for (const file of corpus) {
      for (const p of parseCsv(file.bytes, { catalog }).problems) {
        const used = (table[p.code]?.en?.match(/\$(\d)/g) ?? []).map((m) => Number(m.slice(1)));
        expect(Math.max(0, ...used), `${file.name}: ${p.code}`).toBeLessThanOrEqual(p.params?.length ?? 0);
      }
    }
  });
});
