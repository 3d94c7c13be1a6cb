// Takes papaparse's rows one at a time, so a large file's rows become garbage at once instead of
// being held until the end (that alone keeps a 200,000-row file fast). The first rows wait in a
// buffer until the columns are planned from the header and a sample of data.
import type { Catalog } from '../catalog';
import type { CsvProblem, ParseCsvResult, Target } from './types';
import { planColumns, type ColumnPlan } from './columns';
import type { Overrides } from './options';
import { RowReader } from './read-row';
import { MAX_DATA_ROWS } from './limits';
import { SameTargets } from './cross-rows';

const SAMPLE_ROWS = 20;
// The example row of Entra's bulk templates, in the portal's languages.
const EXAMPLE_ROW = /^(example|voorbeeld|beispiel|exemple)\b/i;

/** How the file is to be read, beyond its columns. */
export type Reading = {
  /** An Entra bulk template: its first line is the version and an example row may follow the header. */
  template: boolean;
  /** Some bytes were not valid UTF-8 and were replaced: the rows holding them are named. */
  lossy: boolean;
};

export function isEmptyRow(cells: string[]): boolean {
  for (const c of cells) {
    // A cell starting with a visible character settles it without trimming.
    if (c.length > 0 && (c.charCodeAt(0) > 32 || c.trim() !== '')) return false;
  }
  return true;
}

function rowProblem(code: string, row: number): CsvProblem {
  return { severity: 'warning', code, row, column: '', params: [String(row), ''] };
}

export class RowSink {
  readonly targets: Target[] = [];
  readonly sameTargets = new SameTargets(this.targets);
  tooManyRows = false;
  private index = 0;
  private headerAt = -1;
  private buffer: string[][] = [];
  private plan: ColumnPlan | undefined;
  private reader: RowReader | undefined;
  private firstData = 0;
  private lastFilled = -1;
  /** Blank rows count only when a filled row follows: trailing blank lines are no problem. */
  private pendingEmpty: number[] = [];

  constructor(
    private readonly problems: CsvProblem[],
    private readonly overrides: Overrides,
    private readonly catalog: Catalog,
    private readonly reading: Reading = { template: false, lossy: false },
  ) {}

  /** Returns false when reading should stop (the file is over the row limit). */
  push(cells: string[], quoteError: boolean): boolean {
    const i = this.index++;
    // The template's version line is row 1 as Excel shows it, and no part of the table.
    if (i === 0 && this.reading.template) return true;
    if (quoteError) this.problems.push(rowProblem('malformedQuotes', i + 1));
    const empty = isEmptyRow(cells);
    if (this.plan) return this.take(cells, i, empty);
    if (this.headerAt < 0) {
      if (empty) return true;
      this.headerAt = i;
    }
    this.buffer.push(cells);
    return this.buffer.length > SAMPLE_ROWS ? this.startReading() : true;
  }

  private startReading(): boolean {
    const [first = [], ...sample] = this.buffer;
    const plan = planColumns(first, sample, this.overrides);
    this.plan = plan;
    this.problems.push(...plan.problems);
    if (plan.knownFile) this.problems.push({ severity: 'info', code: `${plan.knownFile}File` });
    this.firstData = plan.hasHeader ? this.headerAt + 1 : this.headerAt;
    if (plan.columns.some((c) => c.role === 'user' || c.role === 'group')) {
      this.reader = new RowReader(
        plan.columns,
        this.catalog,
        this.overrides.defaultSkuId?.toLowerCase(),
        this.problems,
        this.reading.lossy,
      );
    }
    const rows = this.buffer;
    this.buffer = [];
    for (let k = plan.hasHeader ? 1 : 0; k < rows.length; k++) {
      const cells = rows[k]!;
      if (!this.take(cells, this.headerAt + k, isEmptyRow(cells))) return false;
    }
    return true;
  }

  private take(cells: string[], i: number, empty: boolean): boolean {
    if (empty) {
      this.pendingEmpty.push(i + 1);
      return true;
    }
    if (this.pendingEmpty.length > 0) {
      for (const row of this.pendingEmpty) this.problems.push(rowProblem('emptyRow', row));
      this.pendingEmpty = [];
    }
    this.lastFilled = i;
    if (this.reading.template && EXAMPLE_ROW.test(cells[0] ?? '')) {
      this.problems.push({
        severity: 'info',
        code: 'exampleRowSkipped',
        row: i + 1,
        column: '',
        params: [String(i + 1), ''],
      });
      return true;
    }
    if (i - this.firstData + 1 > MAX_DATA_ROWS) {
      this.tooManyRows = true;
      return false;
    }
    if (this.reader) {
      const target = this.reader.read(cells, i + 1);
      if (target) this.sameTargets.add(this.targets.push(target) - 1);
    }
    return true;
  }

  /** Ends the file; fills in what the result says about columns and rows. */
  finish(result: ParseCsvResult): void {
    if (this.headerAt < 0) return;
    if (!this.plan) this.startReading();
    const plan = this.plan!;
    this.reader?.finish();
    result.columns = plan.columns;
    result.hasHeader = plan.hasHeader;
    if (plan.knownFile) result.knownFile = plan.knownFile;
    result.rowCount = Math.max(0, this.lastFilled - this.firstData + 1);
  }

  get isEmpty(): boolean {
    return this.headerAt < 0;
  }

  get hasIdentifier(): boolean {
    return this.reader !== undefined;
  }
}
