// Seat counts written as sentences ("7 of 10 licenses assigned", "7 licences attribuées sur 10",
// "10 licenties, 7 toegewezen", "3 available"). The patterns are per-locale data (a portal's
// count-sentences.ts); this file compiles them and reads a piece of text with them. A text must be
// a sentence the patterns cover whole (clause by clause): a number inside some other sentence is
// never taken for a seat count, and two readings that disagree leave the count missing.
import { parseCountNumber } from './counts';
import { normalizeLabel } from './text';

export type SentenceKind = 'assigned' | 'available' | 'total';
export type SentenceCounts = Partial<Record<SentenceKind, number>>;

/**
 * One locale's words and sentence templates. In a template `{assigned}`, `{available}` and
 * `{total}` are numbers; `[noun]`, `[of]`, `[assigned]`, `[available]` and `[total]` are one of the
 * locale's words for that idea; a trailing `?` makes a word optional. Words are matched normalized
 * (case, diacritics and whitespace folded).
 */
export type SentenceWords = {
  noun: readonly string[];
  of: readonly string[];
  assigned: readonly string[];
  available: readonly string[];
  total: readonly string[];
  templates: readonly string[];
};

type Compiled = { regex: RegExp; kinds: SentenceKind[] };

/** A number as printed: digits, optionally grouped by threes with a space, dot, comma or apostrophe. */
const NUMBER = "(?<![\\p{L}\\p{N}])(\\d{1,3}(?:[ .,']\\d{3})+|\\d+)(?![\\p{N}]|[.,]\\d)";
const GAP = '[\\s,:;]*';

function escape(word: string): string {
  return normalizeLabel(word).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function compile(words: SentenceWords): Compiled[] {
  return words.templates.map((template) => {
    const kinds: SentenceKind[] = [];
    const body = template
      .replace(/,/g, ' ')
      .split(/\s+/)
      .filter(Boolean)
      .map((token) => {
        const number = /^\{(assigned|available|total)\}$/.exec(token);
        if (number) {
          kinds.push(number[1] as SentenceKind);
          return NUMBER + GAP;
        }
        const word = /^\[(noun|of|assigned|available|total)\](\?)?$/.exec(token);
        if (!word) return escape(token) + GAP;
        const list = words[word[1] as keyof Omit<SentenceWords, 'templates'>].map(escape).join('|');
        const piece = `(?<!\\p{L})(?:${list})(?!\\p{L})${GAP}`;
        return word[2] ? `(?:${piece})?` : piece;
      })
      .join('');
    return { regex: new RegExp(`^${body}$`, 'u'), kinds };
  });
}

const cache = new WeakMap<SentenceWords, Compiled[]>();

/** One clause read whole by one template; undefined when none or several disagree. */
function readClause(clause: string, compiled: readonly Compiled[], lang: string): SentenceCounts | undefined {
  let found: SentenceCounts | undefined;
  for (const { regex, kinds } of compiled) {
    const match = regex.exec(clause);
    if (!match) continue;
    const counts: SentenceCounts = {};
    for (let i = 0; i < kinds.length; i += 1) {
      const value = parseCountNumber(match[i + 1] ?? '', lang);
      if (value === undefined || value < 0) return undefined;
      counts[kinds[i]!] = value;
    }
    if (found && JSON.stringify(found) !== JSON.stringify(counts)) return undefined;
    found = counts;
  }
  return found;
}

/** Adds `more` to `into`; false when they disagree on a figure. */
function merge(into: SentenceCounts, more: SentenceCounts): boolean {
  for (const kind of Object.keys(more) as SentenceKind[]) {
    if (into[kind] !== undefined && into[kind] !== more[kind]) return false;
    into[kind] = more[kind];
  }
  return true;
}

/**
 * The seat counts a sentence states, in any of the locales' words (a portal's language does not
 * always follow `<html lang>`; `lang` decides how numbers are grouped). Undefined when the text is
 * not wholly such a sentence or its readings disagree.
 */
export function readCountSentence(
  text: string,
  locales: readonly SentenceWords[],
  lang: string,
): SentenceCounts | undefined {
  const t = normalizeLabel(text).replace(/[.!]+$/, '');
  if (t.length > 160 || !/\d/.test(t)) return undefined;
  const compiled = locales.map((words) => {
    let c = cache.get(words);
    if (!c) cache.set(words, (c = compile(words)));
    return c;
  });
  const tryWhole = (clause: string): SentenceCounts | undefined => {
    let out: SentenceCounts | undefined;
    for (const set of compiled) {
      const counts = readClause(clause, set, lang);
      if (counts && !merge((out ??= {}), counts)) return undefined;
    }
    return out;
  };
  const whole = tryWhole(t);
  if (whole) return whole;
  // Several clauses ("7 assigned, 3 available"; "10 licenses · 7 assigned"): each must be read.
  const clauses = t.split(/\s*(?:[;·|•]|[,.]\s)\s*/u).filter(Boolean);
  if (clauses.length < 2) return undefined;
  const out: SentenceCounts = {};
  for (const clause of clauses) {
    const counts = tryWhole(clause);
    if (!counts || !merge(out, counts)) return undefined;
  }
  return out;
}
