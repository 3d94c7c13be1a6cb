// From a loaded file and its pre-flight to a new run: which targets go in, which start as skipped
// (with pre-flight's reason), and which rows of the file never became targets (for the report).
import type { ParseCsvResult } from '../csv/types';
import type { RunnableTargets } from '../preflight';
import type { CreateRunInput, ExcludedRow, RunMode } from '../run';

export type RunSetup = { input: CreateRunInput; excluded: ExcludedRow[] };

export function planRun(
  csv: ParseCsvResult,
  runnable: RunnableTargets,
  product: { skuId: string; name: string },
  options: { id: string; mode: RunMode; batchSize: number; now: number },
): RunSetup {
  const skips = [
    ...runnable.skipped.map((d) => ({ row: d.target.row, reason: d.code })),
    ...runnable.held.map((d) => ({ row: d.target.row, reason: d.code })),
  ];
  const targetRows = new Set(csv.targets.map((t) => t.row));
  const excluded = new Map<number, ExcludedRow>();
  // Errors name why a row was left out better than warnings do; either way every row is reported.
  for (const severity of ['error', 'warning'] as const) {
    for (const p of csv.problems) {
      if (p.severity !== severity || p.row === undefined || targetRows.has(p.row) || excluded.has(p.row)) continue;
      // The row's user or group as written; the problem's value (a product, a country) is not who the row is about.
      excluded.set(p.row, { row: p.row, id: p.id ?? '', reason: p.code });
    }
  }
  return {
    input: {
      id: options.id,
      product,
      mode: options.mode,
      batchSize: options.batchSize,
      targets: csv.targets,
      skips,
      now: options.now,
    },
    excluded: [...excluded.values()].sort((a, b) => a.row - b.row),
  };
}
