// Bytes -> text the way Excel writes CSV: "CSV UTF-8" has a BOM, plain "CSV" is the Windows code
// page (Windows-1252 in Western Europe). Strict UTF-8 first: Windows-1252 text with accents is
// almost never valid UTF-8, so a failed strict decode is a reliable sign of the code page.
import type { CsvEncoding } from './types';

export type Decoded = { text: string; encoding: CsvEncoding };

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

/** Decodes the bytes; `forced` is the admin's override of the detected encoding. */
export function decodeBytes(bytes: Uint8Array, forced?: CsvEncoding): Decoded {
  const bom = hasBom(bytes);
  const body = bom ? bytes.subarray(3) : bytes;
  if (forced === 'windows-1252') return { text: decodeWindows1252(body), encoding: forced };
  if (forced) return { text: lenientUtf8.decode(body), encoding: forced };
  if (bom) return { text: lenientUtf8.decode(body), encoding: 'utf-8-bom' };
  try {
    return { text: strictUtf8.decode(body), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(body), encoding: 'windows-1252' };
  }
}
