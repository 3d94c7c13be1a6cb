// The dry run's plan as a CSV file, written like the report: UTF-8 with a BOM, the input's
// delimiter, cells neutralized and quoted. One line per target and batch (a reassignment has two),
// then the targets left out, with why.
import type { PlanBatch, PlanItem, RunPlan } from './plan';
import { neutralize, quote } from './report-csv';

export type PlanColumn =
  | 'batch'
  | 'flow'
  | 'row'
  | 'id'
  | 'kind'
  | 'action'
  | 'from'
  | 'seatsFreed'
  | 'seatsTaken'
  | 'availableBefore'
  | 'availableAfter'
  | 'note';
export const PLAN_COLUMNS: readonly PlanColumn[] = [
  'batch',
  'flow',
  'row',
  'id',
  'kind',
  'action',
  'from',
  'seatsFreed',
  'seatsTaken',
  'availableBefore',
  'availableAfter',
  'note',
];

export type PlanCsvOptions = {
  delimiter: ',' | ';' | '\t';
  /** Localized header labels; the column codes otherwise. */
  headers?: Partial<Record<PlanColumn, string>>;
  /** Localizes codes (flows, kinds, actions, notes); written as they are otherwise. */
  label?: (code: string) => string;
};

const BOM = '\uFEFF';

export function exportPlanCsv(plan: RunPlan, options: PlanCsvOptions): string {
  const label = options.label ?? ((code: string) => code);
  const header = PLAN_COLUMNS.map((c) => options.headers?.[c] ?? c);
  const lines: string[][] = [header];
  for (const b of plan.batches) for (const item of b.items) lines.push(batchLine(b, item, label));
  for (const x of plan.skipped) {
    lines.push([
      '',
      '',
      String(x.row),
      x.id,
      label(x.kind),
      label(x.action),
      x.from ?? '',
      '',
      '',
      '',
      '',
      label(x.reason),
    ]);
  }
  const text = lines.map((cells) => cells.map((c) => quote(neutralize(c), options.delimiter)).join(options.delimiter));
  return BOM + text.join('\r\n') + '\r\n';
}

function num(n: number | undefined): string {
  return n === undefined ? '' : String(n);
}

function batchLine(b: PlanBatch, item: PlanItem, label: (code: string) => string): string[] {
  const note = b.belowZero ? 'seatsShort' : item.seats === undefined ? 'groupSizeUnknown' : '';
  return [
    String(b.n),
    label(b.flow),
    String(item.row),
    item.id,
    label(item.kind),
    label(item.action),
    item.from ?? '',
    // Unsigned, in two columns: a cell starting with "-" or "+" would be neutralized as a formula.
    item.seats !== undefined && item.seats > 0 ? String(item.seats) : '',
    item.seats !== undefined && item.seats < 0 ? String(-item.seats) : '',
    num(b.availableBefore),
    num(b.availableAfter),
    note === '' ? '' : label(note),
  ];
}
