// The file's own rows again, cell by cell, numbered as the parser numbers them (1 = the first line,
// a quoted line break staying inside its cell), so the run's report can carry every column of the
// admin's row through. Reads the text the same way parseCsv does: decoding, Excel's "sep=" line,
// and one row per line when a stray quote would swallow later lines.
import Papa from 'papaparse';
import { decodeBytes } from './decode';
import { SEP_LINE } from './parse-csv';
import type { CsvEncoding } from './types';

export function sourceRows(bytes: Uint8Array, how: { encoding: CsvEncoding; delimiter: string }): string[][] {
  let text = decodeBytes(bytes, how.encoding).text;
  const sep = SEP_LINE.exec(text);
  if (sep) text = text.slice(sep[0].length);
  const parsed = Papa.parse<string[]>(text, { delimiter: how.delimiter, skipEmptyLines: false });
  const swallowed = parsed.errors.some(
    (e) => e.type === 'Quotes' && e.row !== undefined && (parsed.data[e.row] ?? []).some((c) => /[\r\n]/.test(c)),
  );
  if (!swallowed) return parsed.data;
  return text
    .split(/\r\n|\n|\r/)
    .map((line) => Papa.parse<string[]>(line, { delimiter: how.delimiter, skipEmptyLines: false }).data[0] ?? ['']);
}
