// npm run bench [-- --json] [-- name ...]: runs the named benchmarks (all by default) and prints
// each figure with its same-run baseline, ratio and budget.
import type { Benchmark, BenchResult } from './types';
import { size } from './size';
import { detectLatency } from './detect-latency';
import { contentOverhead } from './content-overhead';
import { csv50k } from './csv-50k';
import { runBatches } from './run-batches';
import { robustness } from './robustness';

const BENCHMARKS: Benchmark[] = [size, csv50k, detectLatency, contentOverhead, runBatches, robustness];

function format(r: BenchResult): string {
  const value = Number.isInteger(r.value) ? String(r.value) : r.value.toFixed(3);
  const base = r.baseline === undefined ? '' : `  baseline ${Number(r.baseline.toFixed(3))}`;
  const ratio = r.ratio === undefined ? '' : `  ratio ${r.ratio.toFixed(2)}x`;
  return `${r.pass ? 'PASS' : 'FAIL'}  ${r.name.padEnd(26)} ${value} ${r.unit}${base}${ratio}  budget ${r.budget}`;
}

const args = process.argv.slice(2);
const json = args.includes('--json');
const only = args.filter((a) => !a.startsWith('--'));
const chosen = only.length
  ? BENCHMARKS.filter((b) => only.some((o) => b.name === o || o.startsWith(`${b.name}:`)))
  : BENCHMARKS;

const results: BenchResult[] = [];
for (const bench of chosen) {
  const figures = await bench.run();
  results.push(...figures);
  if (!json) for (const r of figures) console.log(format(r));
}
if (json) console.log(JSON.stringify(results, null, 2));
process.exitCode = results.every((r) => r.pass) ? 0 : 1;
