// Reading one row of a product page's list, for removals: whether it is the target, and how the
// target holds the product (directly, or only through a group: a license the portal cannot remove
// per user). Pure over the row element.
import { targetMatch } from '../../portals/admin-center/actions';
import { ROW_CHECK } from '../../portals/admin-center/selectors';
import { anyLabelIn, foldCase, normalizeLabel, textSegments } from '../../portals/text';
import type { Who } from './who';

/**
 * How the list says a license was assigned, per locale [INF: the admin center's "Assigned through"
 * column shows "Direct" and/or group names]. Data, matched like every other label.
 */
const DIRECT_LABELS: ReadonlySet<string> = new Set(
  [
    'Direct',
    'Directly assigned',
    'Rechtstreeks',
    'Direct toegewezen',
    'Direkt',
    'Direkt zugewiesen',
    'Directe',
    'Attribution directe',
  ].map(normalizeLabel),
);

/** Cells that say how a license is held, by their column key. */
const PATH_CELL =
  '[data-automation-key="assignedThrough" i], [data-automation-key="assignmentPaths" i], [data-automation-key="assignedVia" i]';

export type Holding = 'direct' | 'groupOnly' | 'unknown';

/** What the row's "assigned through" cell says: directly and/or through which groups; undefined without one. */
export function assignmentPaths(row: Element): { direct: boolean; groups: string[] } | undefined {
  const cell = row.querySelector(PATH_CELL);
  if (!cell) return undefined;
  const parts = textSegments(cell)
    .flatMap((t) => t.split(/[,;]/))
    .map((t) => t.trim())
    .filter(Boolean);
  if (parts.length === 0) return undefined;
  const direct = parts.filter((p) => anyLabelIn([p], DIRECT_LABELS));
  return { direct: direct.length > 0, groups: parts.filter((p) => !direct.includes(p)) };
}

/** Direct, through groups only, or unknown when the list has no such column. */
export function holdingOf(row: Element): Holding {
  const paths = assignmentPaths(row);
  if (!paths) return 'unknown';
  return paths.direct ? 'direct' : 'groupOnly';
}

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

/** The row's check box (or the row itself when it carries the selection). */
export function rowCheck(row: Element): Element | undefined {
  return row.querySelector(ROW_CHECK) ?? undefined;
}
