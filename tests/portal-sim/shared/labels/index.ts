// The label table of the simulated portals, by locale.
import type { Locale } from '../types.ts';
import { de } from './de.ts';
import { en, type LabelKey, type Labels } from './en.ts';
import { fr } from './fr.ts';
import { nl } from './nl.ts';

export type { LabelKey, Labels };

const TABLE: Record<Locale, Labels> = { en, nl, de, fr };

export function labelsFor(locale: Locale): Labels {
  return TABLE[locale];
}

/** The `<html lang>` the portals would set. */
export function htmlLang(locale: Locale): string {
  return locale === 'en' ? 'en' : `${locale}-${locale.toUpperCase()}`;
}

/** Fill `{name}` placeholders. */
export function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}
