// Number and count formatting as the admin center shows it: locale separators, three count styles.
import { fill, labelsFor } from './labels/index.ts';
import type { CountStyle, Locale } from './types.ts';

const INTL_LOCALE: Record<Locale, string> = { en: 'en-US', nl: 'nl-NL', de: 'de-DE', fr: 'fr-FR' };

export function formatNumber(n: number, locale: Locale): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale]).format(n);
}

/** The "assigned" cell in the slash and of styles: "7/10", "7 of 10", "7 van 10". */
export function formatAssignedOfTotal(assigned: number, total: number, style: CountStyle, locale: Locale): string {
  const a = formatNumber(assigned, locale);
  const t = formatNumber(total, locale);
  if (style === 'slash') return `${a}/${t}`;
  return fill(labelsFor(locale).countOf, { assigned: a, total: t });
}
