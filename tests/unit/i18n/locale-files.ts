// The _locales files as data, and the substitutions a message uses.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './source-scan';

export const LOCALES = ['en', 'nl', 'de', 'fr'] as const;
export type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

export function readLocale(locale: string): Messages {
  return JSON.parse(readFileSync(join(ROOT, 'public', '_locales', locale, 'messages.json'), 'utf8')) as Messages;
}

/** The positional substitutions ($1..$9) a message uses, also through named placeholders; `$$` is a literal dollar. */
export function substitutions(entry: Messages[string]): string[] {
  const text = entry.message.replace(/\$\$/g, '');
  const found = new Set(text.match(/\$[1-9]/g) ?? []);
  for (const name of text.match(/\$[A-Za-z0-9_@]+\$/g) ?? []) {
    const content = entry.placeholders?.[name.slice(1, -1).toLowerCase()]?.content ?? '';
    for (const n of content.match(/\$[1-9]/g) ?? []) found.add(n);
  }
  return [...found].sort();
}

/** Messages whose key starts with `prefix`, by the rest of the key, in every language: `{ code: { en, nl, de, fr } }`. */
export function localeTable(prefix: string): Record<string, Record<string, string>> {
  const table: Record<string, Record<string, string>> = {};
  for (const locale of LOCALES) {
    for (const [key, entry] of Object.entries(readLocale(locale))) {
      if (key.startsWith(prefix)) (table[key.slice(prefix.length)] ??= {})[locale] = entry.message;
    }
  }
  return table;
}
