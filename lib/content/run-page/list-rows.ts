// Reading one row of a product page's list, for removals: whether it is the target, and how the
// target holds the product (directly, or only through a group: a license the portal cannot remove
// per user). Pure over the row element.
import { targetMatch } from '../../portals/admin-center/actions';
import { foldCase, textSegments } from '../../portals/text';
import type { Who } from './who';

export { holdingOf, rowCheck, type Holding } from '../../portals/admin-center/list-parts';

/**
 * The row is the target's: by address (UPN or mail); by a name equal to one of the row's texts
 * only for targets known by name alone (a group written by its name). Removals never guess.
 */
export function rowNames(row: Element, who: Who): boolean {
  const texts = textSegments(row);
  if (targetMatch(texts, who) === 'address') return true;
  if (who.upn || who.mail || !who.name) return false;
  const name = foldCase(who.name);
  return texts.some((t) => foldCase(t) === name);
}
