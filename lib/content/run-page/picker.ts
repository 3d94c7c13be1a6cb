// Reading the people picker for one target, without acting: which suggestion names it, whether the
// portal said "no results", and whether the target is already among the picked items.
import { readPickedItems, targetMatch } from '../../portals/admin-center/actions';
import { readSuggestions, type SuggestionOption } from '../../portals/admin-center/controls';
import { foldCase, textSegments } from '../../portals/text';
import { titlesIn } from '../../portals/admin-center/page-parts';
import type { Who } from './who';

export type PickerRead =
  | { kind: 'loading' }
  | { kind: 'match'; option: SuggestionOption }
  | { kind: 'noResults'; text: string }
  | { kind: 'noMatch'; options: number }
  | { kind: 'ambiguous'; texts: string[] }
  | { kind: 'disabled'; text: string };

/**
 * The one enabled suggestion naming the target: by address first, then by a name equal to one of
 * the option's texts, then by a name contained whole. Never a guess: two candidates are ambiguous.
 */
export function readPicker(doc: Document, who: Who): PickerRead {
  const all = readSuggestions(doc);
  if (all.length === 0) return { kind: 'loading' };
  const options = all.filter((o) => !o.noResults);
  const noResults = all.find((o) => o.noResults);
  const tiers: ((o: SuggestionOption) => boolean)[] = [
    (o) => targetMatch(o.texts, who) === 'address',
    (o) => !!who.name && o.texts.some((t) => foldCase(t) === foldCase(who.name!)),
    (o) => targetMatch(o.texts, who) === 'name',
  ];
  for (const inTier of tiers) {
    const hits = options.filter(inTier);
    if (hits.length === 0) continue;
    const enabled = hits.filter((o) => !o.disabled);
    if (enabled.length === 1) return { kind: 'match', option: enabled[0]! };
    if (enabled.length > 1) return { kind: 'ambiguous', texts: enabled.map((o) => o.text) };
    return { kind: 'disabled', text: hits[0]!.text };
  }
  if (noResults && options.length === 0) return { kind: 'noResults', text: noResults.text };
  return { kind: 'noMatch', options: options.filter((o) => !o.disabled).length };
}

/** Texts of an element including the titles its parts carry (a picked persona keeps the address there). */
function textsWithTitles(element: Element): string[] {
  return [...textSegments(element), ...titlesIn(element)];
}

/** Index of the picked item that is the target (by address, remembered option text, or name), else -1. */
export function pickedIndexOf(doc: Document, who: Who, remembered?: readonly string[]): number {
  const items = readPickedItems(doc);
  const first = remembered?.[0];
  return items.findIndex((item) => {
    const texts = textsWithTitles(item.element);
    if (
      targetMatch(texts, { ...(who.upn ? { upn: who.upn } : {}), ...(who.mail ? { mail: who.mail } : {}) }) ===
      'address'
    )
      return true;
    if (first && texts.some((t) => foldCase(t) === foldCase(first))) return true;
    return !!who.name && texts.some((t) => foldCase(t) === foldCase(who.name!));
  });
}

export function pickedCount(doc: Document): number {
  return readPickedItems(doc).length;
}
