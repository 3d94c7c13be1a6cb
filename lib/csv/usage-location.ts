// Usage location is an ISO 3166-1 alpha-2 country code. A wrong value gets a suggestion where one
// is obvious: "UK" -> GB, or a country name in English, Dutch, German or French -> its code.
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

const COMMON_MISTAKES: Record<string, string> = { UK: 'GB', EN: 'GB', EL: 'GR' };
let byName: Map<string, string> | undefined;

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

function namesToCodes(): Map<string, string> {
  const map = new Map<string, string>();
  try {
    for (const locale of ['en', 'nl', 'de', 'fr']) {
      const names = new Intl.DisplayNames([locale], { type: 'region' });
      for (const code of CODES) {
        const name = names.of(code);
        if (name && name !== code) map.set(fold(name), code);
      }
    }
  } catch {
    // No region names in this runtime: no suggestions, the problem is still reported.
  }
  return map;
}

/** A likely code for a wrong usage location, or undefined. Built lazily: only bad files pay. */
export function suggestUsageLocation(text: string): string | undefined {
  const upper = text.trim().toUpperCase();
  if (COMMON_MISTAKES[upper]) return COMMON_MISTAKES[upper];
  byName ??= namesToCodes();
  return byName.get(fold(text));
}
