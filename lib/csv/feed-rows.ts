// Feeding papaparse's rows to the sink one at a time. Rows become garbage as soon as they are read
// instead of being held until the end, and the whole text is parsed in one go, so the cells the
// targets keep point into that one text rather than into copies of chunks of it: on a large file
// both spare the garbage collector most of its work.
import Papa from 'papaparse';
import type { RowSink } from './row-sink';

function hasLineBreak(cells: string[]): boolean {
  return cells.some((c) => c.includes('\n') || c.includes('\r'));
}

/**
 * Reads the file record by record (quoted line breaks stay inside their cell). Returns
 * 'swallowed' when a quote out of place made one cell take in later lines: those lines are rows
 * the admin can see, and must not be lost.
 */
export function feedRecords(
  text: string,
  delimiter: string,
  newline: '\n' | '\r\n',
  sink: RowSink,
): 'ok' | 'swallowed' {
  let swallowed = false;
  Papa.parse<string[]>(text, {
    delimiter,
    newline,
    skipEmptyLines: false,
    step: (step, parser) => {
      const cells = step.data;
      const badQuote = step.errors.length > 0 && step.errors.some((e) => e.type === 'Quotes');
      if (badQuote && hasLineBreak(cells)) {
        swallowed = true;
        return parser.abort();
      }
      if (!sink.push(cells, badQuote)) parser.abort();
    },
  });
  return swallowed ? 'swallowed' : 'ok';
}

/** Reads the file one line per row: the fallback for a file whose quotes cannot be trusted. */
export function feedLines(text: string, delimiter: string, sink: RowSink): void {
  for (const line of text.split(/\r\n|\n|\r/)) {
    const parsed = Papa.parse<string[]>(line, { delimiter, skipEmptyLines: false });
    const cells = parsed.data[0] ?? [''];
    if (
      !sink.push(
        cells,
        parsed.errors.some((e) => e.type === 'Quotes'),
      )
    )
      return;
  }
}
