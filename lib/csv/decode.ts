// Bytes -> text the way Excel writes CSV: "CSV UTF-8" has a BOM, plain "CSV" is the Windows code
// page (Windows-1252 in Western Europe). Strict UTF-8 first. A file that is not valid UTF-8 is
// weighed: Windows-1252 text with accents holds (almost) no valid multi-byte UTF-8 sequence, while
// a UTF-8 file damaged by a few stray bytes holds many; the damaged UTF-8 file is read as UTF-8,
// its bad bytes shown as U+FFFD and named by row, and the other reading is offered.
import type { CsvEncoding } from './types';

export type Decoded = {
  text: string;
  encoding: CsvEncoding;
  /** The other reading, when the choice was a judgement (the file is not valid UTF-8). */
  alternative?: CsvEncoding;
  /** Invalid UTF-8 sequences replaced by U+FFFD (a UTF-8 reading of a file that is not valid UTF-8). */
  invalid?: number;
};

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenientUtf8 = new TextDecoder('utf-8', { ignoreBOM: true });
const windows1252 = new TextDecoder('windows-1252');

// Windows-1252 differs from Latin-1 in 0x80-0x9F (€, curly quotes, dashes, Š, Ž ...). Some
// runtimes (Node among them) decode 'windows-1252' as Latin-1; map that range ourselves.
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
const HAS_C1 = /[\u0080-\u009f]/;
const C1_ALL = /[\u0080-\u009f]/g;

function decodeWindows1252(bytes: Uint8Array): string {
  const text = windows1252.decode(bytes);
  return HAS_C1.test(text) ? text.replace(C1_ALL, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!) : text;
}

function hasBom(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/** Valid multi-byte UTF-8 sequences and invalid bytes, counted in one pass. */
export function utf8Evidence(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += length - 1;
    } else invalid++;
  }
  return { valid, invalid };
}

/** A UTF-8 reading that says whether bytes were replaced (the rows holding them get a warning). */
function readUtf8(body: Uint8Array, encoding: CsvEncoding): Decoded {
  const text = lenientUtf8.decode(body);
  if (!text.includes('\ufffd')) return { text, encoding };
  const { invalid } = utf8Evidence(body);
  return invalid > 0 ? { text, encoding, invalid } : { text, encoding };
}

/** Decodes the bytes; `forced` is the admin's override of the detected encoding. */
export function decodeBytes(bytes: Uint8Array, forced?: CsvEncoding): Decoded {
  const bom = hasBom(bytes);
  const body = bom ? bytes.subarray(3) : bytes;
  if (forced === 'windows-1252') return { text: decodeWindows1252(body), encoding: forced };
  if (forced) return readUtf8(body, forced);
  if (bom) return readUtf8(body, 'utf-8-bom');
  try {
    return { text: strictUtf8.decode(body), encoding: 'utf-8' };
  } catch {
    const { valid, invalid } = utf8Evidence(body);
    // More good multi-byte characters than bad bytes: UTF-8 with a few stray bytes.
    if (valid > invalid) return { ...readUtf8(body, 'utf-8'), alternative: 'windows-1252' };
    const alternative = valid > 0 ? { alternative: 'utf-8' as const } : {};
    return { text: decodeWindows1252(body), encoding: 'windows-1252', ...alternative };
  }
}
