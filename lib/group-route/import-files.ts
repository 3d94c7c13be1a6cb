// Entra's "Import members" CSV files for the group route: the template's version line and header,
// then one member per row, split into files the bulk service finishes within its hour.
import { IMPORT_HEADER, IMPORT_MEMBERS_PER_FILE, IMPORT_MIN_MEMBERS, IMPORT_VERSION_LINE } from './limits';

/** One file: its place among the files (1-based) and its content. */
export type ImportFile = { index: number; count: number; members: string[]; text: string };

/** Sizes of `total` members cut into near-equal files of at most `max` (none below the minimum). */
export function fileSizes(total: number, max = IMPORT_MEMBERS_PER_FILE): number[] {
  if (total <= 0) return [];
  const count = Math.max(1, Math.min(Math.ceil(total / max), Math.floor(total / IMPORT_MIN_MEMBERS)));
  const base = Math.floor(total / count);
  const extra = total % count;
  return Array.from({ length: count }, (_, i) => base + (i < extra ? 1 : 0));
}

/** One cell as Entra reads it: quoted only where CSV needs it. */
function cell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The admin's file name without its extension, safe for a download name. */
export function baseNameOf(fileName: string): string {
  const stem = fileName.replace(/\.[^./\\]*$/, '').trim();
  const safe = [...stem]
    .map((c) => (c < ' ' || '\\/:*?"<>|'.includes(c) ? '_' : c))
    .join('')
    .replace(/_+/g, '_');
  return safe || 'members';
}

/**
 * A download name after the admin's own file; `pattern` is the localized name with $1 the file's
 * name, $2 the file's number and $3 how many there are ("$1 - import members $2 of $3").
 */
export function importFileName(
  adminFileName: string,
  file: Pick<ImportFile, 'index' | 'count'>,
  pattern: string,
): string {
  const name = pattern
    .replace('$1', baseNameOf(adminFileName))
    .replace('$2', String(file.index))
    .replace('$3', String(file.count));
  return `${name}.csv`;
}

/** The import files for these members (UPNs or object ids, each once, in the file's order). */
export function importMembersFiles(members: readonly string[], max = IMPORT_MEMBERS_PER_FILE): ImportFile[] {
  const seen = new Set<string>();
  const unique = members.filter((m) => {
    const key = m.trim().toLowerCase();
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const sizes = fileSizes(unique.length, max);
  let at = 0;
  return sizes.map((size, i) => {
    const part = unique.slice(at, (at += size));
    const lines = [IMPORT_VERSION_LINE, IMPORT_HEADER, ...part.map((m) => cell(m.trim()))];
    return { index: i + 1, count: sizes.length, members: part, text: lines.join('\r\n') + '\r\n' };
  });
}
