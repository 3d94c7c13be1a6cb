// Usage location is an ISO 3166-1 alpha-2 country code. HR lists write countries by name, so a
// name or common form in English, Dutch, German or French is read as its code ("Nederland" -> NL,
// "UK" -> GB); a value that is neither gets a suggestion when one is close.
const CODES = (
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
  'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR ' +
  'GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP ' +
  'KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT ' +
  'MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW ' +
  'SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG ' +
  'UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'
).split(' ');

export const COUNTRY_CODES: ReadonlySet<string> = new Set(CODES);

// A 26 x 26 table answers per row without hashing a fresh string, and hands back one shared
// string per code (200,000 targets then share 249 strings instead of holding one each).
const BY_LETTERS: (string | undefined)[] = new Array<string | undefined>(26 * 26).fill(undefined);
for (const code of CODES) BY_LETTERS[(code.charCodeAt(0) - 65) * 26 + code.charCodeAt(1) - 65] = code;

function letterIndex(c: number): number {
  if (c >= 65 && c <= 90) return c - 65;
  if (c >= 97 && c <= 122) return c - 97;
  return -1;
}

/** Returns the upper-case code when `text` is a valid usage location, else undefined. */
export function usageLocationCode(text: string): string | undefined {
  if (text.length !== 2) return undefined;
  const a = letterIndex(text.charCodeAt(0));
  const b = letterIndex(text.charCodeAt(1));
  return a < 0 || b < 0 ? undefined : BY_LETTERS[a * 26 + b];
}

// Common forms that are not a region's name in any of the four languages, and three-letter codes.
const COMMON_FORMS: Record<string, string> = {
  uk: 'GB',
  greatbritain: 'GB',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  grootbrittannie: 'GB',
  engeland: 'GB',
  usa: 'US',
  us: 'US',
  unitedstatesofamerica: 'US',
  amerika: 'US',
  holland: 'NL',
  thenetherlands: 'NL',
  nederlands: 'NL',
  nld: 'NL',
  deu: 'DE',
  ger: 'DE',
  fra: 'FR',
  bel: 'BE',
  gbr: 'GB',
  aut: 'AT',
  che: 'CH',
  lux: 'LU',
  esp: 'ES',
  ita: 'IT',
  irl: 'IE',
  pol: 'PL',
  dnk: 'DK',
  swe: 'SE',
  nor: 'NO',
  fin: 'FI',
  prt: 'PT',
  can: 'CA',
  aus: 'AU',
};
// Letter pairs that are not codes but are often meant as one (a language code written for a country).
const NEAR_CODES: Record<string, string> = { EN: 'GB', EL: 'GR' };

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

let byName: Map<string, string> | undefined;

function namesToCodes(): Map<string, string> {
  const map = new Map<string, string>(Object.entries(COMMON_FORMS));
  try {
    for (const locale of ['en', 'nl', 'de', 'fr']) {
      const names = new Intl.DisplayNames([locale], { type: 'region' });
      for (const code of CODES) {
        const name = names.of(code);
        if (name && name !== code && !map.has(fold(name))) map.set(fold(name), code);
      }
    }
  } catch {
    // No region names in this runtime: only the common forms are known.
  }
  return map;
}

/**
 * The code of a country written as a name or a common form in English, Dutch, German or French
 * ("Nederland", "Pays-Bas", "Deutschland", "UK"), else undefined. Built lazily: files of codes never pay.
 */
export function countryOfName(text: string): string | undefined {
  byName ??= namesToCodes();
  return byName.get(fold(text));
}

function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(prev[j]! + 1, next[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = next;
  }
  return prev[b.length]!;
}

/** A likely code for a value that is neither a code nor a known name: a near-miss of a name ("Nederlnd"). */
export function suggestUsageLocation(text: string): string | undefined {
  const upper = text.trim().toUpperCase();
  if (NEAR_CODES[upper]) return NEAR_CODES[upper];
  const folded = fold(text);
  if (folded.length < 4) return undefined;
  byName ??= namesToCodes();
  const limit = folded.length < 7 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const [name, code] of byName) {
    const d = distance(folded, name, limit);
    if (d < bestDistance) {
      bestDistance = d;
      best = code;
    }
  }
  return best;
}
