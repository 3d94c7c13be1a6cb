// The controls the admin showed, as a plain list: one entry per portal, language and control; a
// newer one for the same three replaces the older.
import { findByDescription, type ControlDescription } from './learned';
import type { PortalId } from './types';

export type LearnedControl = {
  portal: PortalId;
  /** Primary language of the page, e.g. 'en'. */
  locale: string;
  /** The page model's name of the control, e.g. 'assignLicensesButton'. */
  control: string;
  description: ControlDescription;
  /** ISO time it was shown. */
  at: string;
};

export type LearnedLookup = Partial<Record<string, ControlDescription>>;

/** 'nl-NL' -> 'nl'; 'und' when the page says nothing. */
export function learnedLocale(lang: string): string {
  return lang.trim().toLowerCase().split(/[-_]/)[0] || 'und';
}

const sameSlot = (a: LearnedControl, b: LearnedControl) =>
  a.portal === b.portal && a.locale === b.locale && a.control === b.control;

export function withLearned(list: readonly LearnedControl[], entry: LearnedControl): LearnedControl[] {
  return [...list.filter((e) => !sameSlot(e, entry)), entry];
}

export function withoutLearned(list: readonly LearnedControl[], entry: LearnedControl): LearnedControl[] {
  return list.filter((e) => !sameSlot(e, entry));
}

/** The descriptions that apply to a page of this portal in this language, by control name. */
export function learnedFor(list: readonly LearnedControl[], portal: PortalId, lang: string): LearnedLookup {
  const locale = learnedLocale(lang);
  const out: LearnedLookup = {};
  for (const e of list) if (e.portal === portal && e.locale === locale) out[e.control] = e.description;
  return out;
}

/** The element a learned description finds, if any. */
export function findLearned(doc: Document, learned: LearnedLookup, control: string): Element | undefined {
  const description = learned[control];
  return description ? findByDescription(doc, description) : undefined;
}
