// The delimiter is decided from the header line. Excel in Dutch and German writes ';', and a
// header such as "Name;E-mail" may hold no comma at all, so count each candidate outside quotes;
// on a tie the order ';', tab, ',' decides (papaparse would guess ',').
export const DELIMITER_CANDIDATES = [';', '\t', ','] as const;

/** Lines looked at when the header line itself holds no candidate (a single column). */
const FALLBACK_LINES = 20;

function countOutsideQuotes(text: string, start: number, lines: number): Map<string, number> {
  const counts = new Map<string, number>(DELIMITER_CANDIDATES.map((d) => [d, 0]));
  let quoted = false;
  let seen = 0;
  for (let i = start; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) {
      if (c === '\r' && text[i + 1] === '\n') i++;
      if (++seen >= lines) break;
    } else if (!quoted && counts.has(c)) counts.set(c, counts.get(c)! + 1);
  }
  return counts;
}

function best(counts: Map<string, number>): string | undefined {
  let chosen: string | undefined;
  let most = 0;
  for (const d of DELIMITER_CANDIDATES) {
    const n = counts.get(d)!;
    if (n > most) {
      most = n;
      chosen = d;
    }
  }
  return chosen;
}

export function detectDelimiter(text: string): string {
  return best(countOutsideQuotes(text, 0, 1)) ?? best(countOutsideQuotes(text, 0, FALLBACK_LINES)) ?? ',';
}
