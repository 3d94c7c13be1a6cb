// Seat counts as the portals print them: "1,250" (en), "1.250" (nl/de), "1 250" (fr, narrow
// no-break space), "7/10", "7 of 10" / "7 van 10" / "7 von 10" / "7 sur 10". Ambiguous text reads
// as undefined: a wrong seat count is worse than none.
import { labelLocaleOf } from './labels';

export type CountText = { kind: 'number'; value: number } | { kind: 'ratio'; assigned: number; total: number };

/** The thousands separator each locale prints; spaces are accepted everywhere (never decimal). */
const GROUP_SEPARATOR: Record<string, string> = { en: ',', nl: '.', de: '.', fr: ' ' };
const SPACES = /[\s\u00a0\u202f\u2007]+/gu;
const RATIO_WORDS = /\s+(?:of|van|von|sur)\s+/iu;

/** A whole number, possibly negative, with the locale's thousands separators; else undefined. */
export function parseCountNumber(text: string, lang?: string): number | undefined {
  let t = text.replace(/[\u200e\u200f\u2060\ufeff]/g, '').trim();
  let sign = 1;
  if (/^[-\u2212]/u.test(t)) {
    sign = -1;
    t = t.slice(1).trim();
  }
  t = t.replace(SPACES, ' ');
  if (/^\d+$/.test(t)) return sign * Number(t);
  const groups = /^(\d{1,3})((?:([ ,.'])\d{3})(?:\3\d{3})*)$/.exec(t);
  if (!groups) return undefined;
  const separator = groups[3] ?? '';
  const locale = labelLocaleOf(lang);
  const repeated = t.split(separator).length > 2;
  const allowed =
    separator === ' ' || (locale !== undefined ? GROUP_SEPARATOR[locale] === separator : repeated && separator !== "'");
  if (!allowed) return undefined;
  return sign * Number(t.split(separator).join(''));
}

/** A single number or an "assigned of total" pair; undefined when the text is neither. */
export function parseCountText(text: string, lang?: string): CountText | undefined {
  const t = text.replace(SPACES, ' ').trim();
  if (!t) return undefined;
  const parts = t.includes('/') ? t.split('/') : t.split(RATIO_WORDS);
  if (parts.length === 2) {
    const assigned = parseCountNumber(parts[0] ?? '', lang);
    const total = parseCountNumber(parts[1] ?? '', lang);
    if (assigned === undefined || total === undefined || assigned < 0 || total < 0) return undefined;
    return { kind: 'ratio', assigned, total };
  }
  if (parts.length > 2) return undefined;
  const value = parseCountNumber(t, lang);
  return value === undefined ? undefined : { kind: 'number', value };
}

export type SeatCounts = { total?: number; assigned?: number; available?: number };

/**
 * Combines what was read: explicit numbers win; an "x of y" fills assigned and total; available is
 * derived as total − assigned only when both were read and no available figure was.
 */
export function combineCounts(read: { available?: CountText; assigned?: CountText; total?: CountText }): SeatCounts {
  const out: SeatCounts = {};
  const single = (c: CountText | undefined) => (c?.kind === 'number' ? c.value : undefined);
  const first = (c: CountText | undefined) => (c?.kind === 'ratio' ? c.assigned : undefined);
  const second = (c: CountText | undefined) => (c?.kind === 'ratio' ? c.total : undefined);
  // A pair in the assigned (or total) column is "assigned of total"; in the available column it
  // is "available of total".
  const assigned = single(read.assigned) ?? first(read.assigned) ?? first(read.total);
  const total = single(read.total) ?? second(read.assigned) ?? second(read.total) ?? second(read.available);
  const available = single(read.available) ?? first(read.available);
  if (total !== undefined) out.total = total;
  if (assigned !== undefined) out.assigned = assigned;
  if (available !== undefined) out.available = available;
  else if (total !== undefined && assigned !== undefined) out.available = total - assigned;
  return out;
}

/** Names of the counts that could not be read or derived, for a page report's `missing`. */
export function missingCounts(seats: SeatCounts): string[] {
  const out: string[] = [];
  if (seats.total === undefined) out.push('totalCount');
  if (seats.assigned === undefined) out.push('assignedCount');
  if (seats.available === undefined) out.push('availableCount');
  return out;
}
