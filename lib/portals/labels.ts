// Label tables: per locale, per label key, the alternatives a portal may show. Data lives in
// each portal's labels.ts; this file turns a table into normalized sets for matching.
import { normalizeLabel } from './text';

export const LABEL_LOCALES = ['en', 'nl', 'de', 'fr'] as const;
export type LabelLocale = (typeof LABEL_LOCALES)[number];

export type LabelTable<K extends string> = Record<LabelLocale, Record<K, readonly string[]>>;

/** 'nl-NL' -> 'nl'; undefined for a language the tables do not hold. */
export function labelLocaleOf(lang: string | undefined): LabelLocale | undefined {
  const primary = (lang ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (LABEL_LOCALES as readonly string[]).includes(primary ?? '') ? (primary as LabelLocale) : undefined;
}

export type LabelSets<K extends string> = {
  /** The alternatives of the key in every locale: the language a portal draws in does not always
   *  follow `<html lang>` (Azure's `?l=`, a browser language), and no two locales' labels clash. */
  set(key: K): ReadonlySet<string>;
  /** The alternatives of the key in one locale only. */
  localeSet(key: K, locale: LabelLocale): ReadonlySet<string>;
  /** Label keys whose alternatives include this text (any locale). */
  keysOf(text: string): K[];
};

export function labelSets<K extends string>(table: LabelTable<K>): LabelSets<K> {
  const all = new Map<K, Set<string>>();
  const perLocale = new Map<string, Set<string>>();
  const byText = new Map<string, K[]>();
  for (const locale of LABEL_LOCALES) {
    const entries = Object.entries(table[locale]) as [K, readonly string[]][];
    for (const [key, alternatives] of entries) {
      const combined = all.get(key) ?? new Set<string>();
      const own = new Set<string>();
      for (const alternative of alternatives) {
        const normalized = normalizeLabel(alternative);
        combined.add(normalized);
        own.add(normalized);
        const keys = byText.get(normalized) ?? [];
        if (!keys.includes(key)) keys.push(key);
        byText.set(normalized, keys);
      }
      all.set(key, combined);
      perLocale.set(`${locale}\u0000${key}`, own);
    }
  }
  const empty: ReadonlySet<string> = new Set();
  return {
    set: (key) => all.get(key) ?? empty,
    localeSet: (key, locale) => perLocale.get(`${locale}\u0000${key}`) ?? empty,
    keysOf: (text) => byText.get(normalizeLabel(text)) ?? [],
  };
}
