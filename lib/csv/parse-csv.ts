// Bytes -> targets and problems. Never throws: every way a file can be wrong becomes a problem,
// and rows that are fine are kept whatever the other rows hold.
import { getCatalog } from '../catalog';
import type { CsvProblem, ParseCsvResult } from './types';
import { sniffFile } from './sniff';
import { decodeBytes } from './decode';
import { detectDelimiter } from './delimiter';
import { columnLetter } from './columns';
import { RowSink } from './row-sink';
import { feedLines, feedRecords } from './feed-rows';
import { MAX_DATA_ROWS } from './limits';
import { checkOverrides, type ParseCsvOptions } from './options';
import { shownValue } from './read-address';

const SEP_LINE = /^sep=(.)\r?\n/i;
// Entra's bulk templates start with "version:v1.0" above the header; Excel shows it as row 1.
const VERSION_LINE = /^version:v\d+(?:\.\d+)?[,;\t]*(?:\r\n|\n|\r)/i;
// A lone CR or LF in a file of CRLF lines (or the reverse): lists pasted together from two sources.
const LONE_BREAK = /\r(?!\n)|(?<!\r)\n/;
const ANY_CR = /\r\n?/g;

/**
 * The text with one kind of line end, as Excel reads any mix of CRLF, LF and CR: each one ends a
 * row. Only a file that mixes them (or uses CR alone) pays for a copy.
 */
function oneLineEnd(text: string): { text: string; newline: '\n' | '\r\n' } {
  const cr = text.indexOf('\r');
  if (cr < 0) return { text, newline: '\n' };
  if (text[cr + 1] === '\n' && !LONE_BREAK.test(text)) return { text, newline: '\r\n' };
  return { text: text.replace(ANY_CR, '\n'), newline: '\n' };
}

export function parseCsv(bytes: Uint8Array, options: ParseCsvOptions): ParseCsvResult {
  const result: ParseCsvResult = {
    targets: [],
    problems: [],
    encoding: 'utf-8',
    delimiter: ',',
    columns: [],
    rowCount: 0,
    hasHeader: true,
  };
  try {
    readInto(bytes, options, result);
  } catch (error) {
    // A bug must not cost the admin the file: say so as a problem instead.
    result.targets = [];
    result.problems.push({
      severity: 'error',
      code: 'unreadableFile',
      params: [String(error instanceof Error ? error.message : error)],
    });
  }
  return result;
}

function asBytes(input: unknown): Uint8Array | undefined {
  if (input instanceof ArrayBuffer) return new Uint8Array(input);
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  return undefined;
}

const SHOWN_COLUMNS = 6;

/** The first row as the admin would recognize it: its first few cells, each cut to a readable length. */
function firstRowShown(columns: ParseCsvResult['columns']): string {
  const cells = columns.slice(0, SHOWN_COLUMNS).map((c, i) => `${columnLetter(i)}: ${shownValue(c.header)}`);
  return cells.join(' · ') + (columns.length > SHOWN_COLUMNS ? ' · …' : '');
}

function fileProblem(problems: CsvProblem[], code: string, params?: string[]): void {
  problems.push(params ? { severity: 'error', code, params } : { severity: 'error', code });
}

function readInto(input: Uint8Array, options: ParseCsvOptions, result: ParseCsvResult): void {
  const problems = result.problems;
  const bytes = asBytes(input);
  if (!bytes) return fileProblem(problems, 'emptyFile');
  const { overrides, invalid } = checkOverrides(options);
  for (const name of invalid) problems.push({ severity: 'warning', code: 'badOverride', params: [name] });

  const unreadable = sniffFile(bytes);
  if (unreadable) return void problems.push(unreadable);

  const decoded = decodeBytes(bytes, overrides.encoding);
  result.encoding = decoded.encoding;
  if (decoded.alternative) {
    result.encodingAlternative = decoded.alternative;
    const code = decoded.encoding === 'windows-1252' ? 'readAsWindows1252' : 'readAsUtf8';
    problems.push({ severity: 'info', code, params: [String(decoded.invalid ?? 0)] });
  }
  const lines = oneLineEnd(decoded.text);
  let text = lines.text;
  // Excel's "sep=;" first line names the delimiter and is not shown as a row.
  const sep = SEP_LINE.exec(text);
  if (sep) text = text.slice(sep[0].length);
  const template = VERSION_LINE.exec(text);
  const delimiter =
    overrides.delimiter ?? sep?.[1] ?? detectDelimiter(template ? text.slice(template[0].length) : text);
  result.delimiter = delimiter;

  const catalog = options?.catalog ?? getCatalog();
  const reading = { template: !!template, lossy: (decoded.invalid ?? 0) > 0 };
  const before = problems.length;
  let sink = new RowSink(problems, overrides, catalog, reading);
  if (feedRecords(text, delimiter, lines.newline, sink) === 'swallowed') {
    // A quote out of place took later lines into one cell: read one row per line instead, as
    // the admin sees the file in a text editor, and say where the quote is.
    problems.length = before;
    sink = new RowSink(problems, overrides, catalog, reading);
    feedLines(text, delimiter, sink);
  }
  sink.finish(result);

  if (sink.isEmpty) return fileProblem(problems, 'emptyFile');
  // A file refused as a whole gets its one clear problem, not a row problem for every row read so far.
  const refuse = (code: string, params: string[]) => {
    result.problems = problems.filter((p) => p.row === undefined);
    fileProblem(result.problems, code, params);
  };
  if (sink.tooManyRows) return refuse('tooManyRows', [String(MAX_DATA_ROWS)]);
  if (!sink.hasIdentifier) return refuse('noIdentifierColumn', [firstRowShown(result.columns)]);
  if (result.rowCount === 0) return fileProblem(problems, 'noDataRows');

  const label = (role: 'user' | 'group') => {
    const i = result.columns.findIndex((c) => c.role === role);
    return i < 0 ? '' : result.columns[i]!.header || columnLetter(i);
  };
  const userLabel = label('user');
  const groupLabel = label('group');
  result.targets = sink.sameTargets.resolve(problems, (t) => (t.kind === 'group' ? groupLabel : userLabel));
  // File-level problems first, then by row (the sort is stable): the order the admin reads them in.
  problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
}
