// Object ids (GUIDs) of users and groups, as Entra shows them and as spreadsheets keep them: bare,
// or wrapped in braces or parentheses by tools that write GUIDs that way.
const OBJECT_ID = /^[({]?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})[)}]?$/i;

/** The bare lower-case object id of a cell, or undefined when the cell is not one. */
export function objectIdOf(cell: string): string | undefined {
  if (cell.length < 36 || cell.length > 38) return undefined;
  const m = OBJECT_ID.exec(cell);
  if (!m) return undefined;
  const open = cell[0];
  const close = cell[cell.length - 1];
  // Braces and parentheses come in pairs; one without the other is a typing slip, not an id.
  if ((open === '{') !== (close === '}') || (open === '(') !== (close === ')')) return undefined;
  return m[1]!.toLowerCase();
}
