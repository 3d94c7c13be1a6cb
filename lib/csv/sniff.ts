// File-level checks on the raw bytes, before any decoding: things that are not a CSV at all.
import type { CsvProblem } from './types';
import { MAX_FILE_BYTES } from './limits';

/** Only the start of the file is inspected: enough to tell, cheap on a 20 MB file. */
const SAMPLE_BYTES = 8192;

function fileProblem(code: string, params?: string[]): CsvProblem {
  return params ? { severity: 'error', code, params } : { severity: 'error', code };
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function isBlank(bytes: Uint8Array): boolean {
  let i = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  for (; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) return false;
  }
  return true;
}

function latin1(bytes: Uint8Array, end: number): string {
  let text = '';
  for (let i = 0; i < end; i++) text += String.fromCharCode(bytes[i]!);
  return text;
}

/**
 * Workbooks of Excel, LibreOffice and Numbers are all zip archives: the names of the parts inside
 * (stored as plain text in the first bytes) tell which program wrote it, so the admin is told the
 * real type and how to save it as CSV from that program.
 */
function zipProblem(bytes: Uint8Array): CsvProblem {
  const head = latin1(bytes, Math.min(bytes.length, SAMPLE_BYTES));
  if (head.includes('opendocument.spreadsheet')) return fileProblem('odsFile');
  if (head.includes('Index/') && head.includes('.iwa')) return fileProblem('numbersFile');
  const office = head.includes('[Content_Types].xml') && !head.includes('word/') && !head.includes('ppt/');
  if (head.includes('xl/') || office) return fileProblem('excelFile', ['xlsx']);
  return fileProblem('zipFile');
}

const HTML_START = /^\s*<(!doctype html|html|table|\?xml[^>]*>\s*<html)/i;

/** A web page saved with a .csv or .xls name (some systems export "Excel" files this way). */
function isHtml(bytes: Uint8Array): boolean {
  const start = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  return HTML_START.test(latin1(bytes.subarray(start), Math.min(bytes.length - start, 256)));
}

/** Returns the one problem that makes the bytes unreadable as a CSV, or undefined. */
export function sniffFile(bytes: Uint8Array): CsvProblem | undefined {
  if (bytes.length > MAX_FILE_BYTES) {
    return fileProblem('fileTooLarge', [String(Math.ceil(bytes.length / 1048576)), String(MAX_FILE_BYTES / 1048576)]);
  }
  if (isBlank(bytes)) return fileProblem('emptyFile');
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return zipProblem(bytes);
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return fileProblem('excelFile', ['xls']);
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return fileProblem('pdfFile');
  if (startsWith(bytes, [0xff, 0xfe, 0, 0]) || startsWith(bytes, [0, 0, 0xfe, 0xff])) return fileProblem('utf32File');
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return fileProblem('utf16File');
  if (isHtml(bytes)) return fileProblem('htmlFile');

  const end = Math.min(bytes.length, SAMPLE_BYTES);
  let nulEven = 0;
  let nulOdd = 0;
  let control = 0;
  for (let i = 0; i < end; i++) {
    const b = bytes[i]!;
    if (b === 0) {
      if (i % 2 === 0) nulEven++;
      else nulOdd++;
    } else if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  // UTF-16 without a BOM: text in the Latin range puts a NUL in every other byte.
  // UTF-32 without a BOM: three NULs to every character of Latin text.
  if (end >= 8 && nulEven + nulOdd >= end * 0.7) return fileProblem('utf32File');
  const half = end / 2;
  if (half >= 2 && (nulOdd >= half * 0.4 || nulEven >= half * 0.4) && Math.min(nulOdd, nulEven) <= half * 0.05) {
    return fileProblem('utf16File');
  }
  // Text files have no NULs and hardly any other control bytes.
  if (nulEven + nulOdd > 0 || control > end * 0.05) return fileProblem('binaryFile');
  return undefined;
}
