// Every name a page report can put in `missing` reads as words an admin knows, in every UI locale.
import { describe, expect, it } from 'vitest';
import { CONTROLS } from '../../../lib/portals/admin-center/selectors';
import { LEGACY_STEPS } from '../../../lib/portals/azure/selectors';
import { missingCounts } from '../../../lib/portals/counts';
import { MISSING_WORDS, missingWordsKey } from '../../../lib/portals/missing-words';
import { LOCALES, readLocale } from '../i18n/locale-files';

describe('missing names in the admin words', () => {
  const names = [
    ...Object.keys(CONTROLS),
    ...Object.values(LEGACY_STEPS).map((l) => l.name),
    ...missingCounts({}),
    'productsGrid',
    'productRows',
    'productNameColumn',
    'bladeTitle',
  ];

  it('every control, step and count a page model names has its own words', () => {
    expect(names.filter((n) => missingWordsKey(n) === 'missing_other')).toEqual([]);
  });

  it('an unknown name still reads as words, never as the internal name', () => {
    expect(missingWordsKey('somethingNew')).toBe('missing_other');
    expect(missingWordsKey('toString')).toBe('missing_other');
  });

  for (const locale of LOCALES) {
    it(`every key has a text in ${locale} that does not show an internal (camelCase) name`, () => {
      const messages = readLocale(locale);
      const keys = [...Object.values(MISSING_WORDS), 'missing_other'];
      expect(keys.filter((k) => !messages[k]?.message)).toEqual([]);
      const leaks = Object.entries(MISSING_WORDS).filter(
        ([name, key]) => /[A-Z]/.test(name) && messages[key]!.message.includes(name),
      );
      expect(leaks).toEqual([]);
    });
  }
});
