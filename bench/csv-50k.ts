// csv-50k: 50,000 realistic rows read, validated and pre-flighted, as a ratio to the floor measured
// in the same run (decoding the same bytes and Papa.parse to arrays, nothing else).
import Papa from 'papaparse';
import { performance } from 'node:perf_hooks';
import type { Benchmark, BenchResult } from './types';
import { getCatalog } from '../lib/catalog';
import { parseCsv } from '../lib/csv';
import { runPreflight, runnableTargets } from '../lib/preflight';
import type { PageFacts } from '../lib/preflight';

const ROWS = 50_000;
const BLOCKS = 3;
const WARMUP = 2;
const SAMPLES = 4;
/** Runs timed together as one sample (the median is taken over samples, in ms per run). */
const RUNS_PER_SAMPLE = 3;
const BUDGET = 1.5;

const FIRST = [
  'adele',
  'alex',
  'megan',
  'lee',
  'nestor',
  'patti',
  'pradeep',
  'joni',
  'lidia',
  'lynne',
  'miriam',
  'isaiah',
  'zoë',
  'jürgen',
];
const LAST = [
  'vance',
  'wilber',
  'bowen',
  'gu',
  'wilke',
  'fernandez',
  'gupta',
  'sherman',
  'holloway',
  'robbins',
  'graham',
  'langer',
];
const PRODUCTS = ['Power BI Pro', 'POWER_BI_PRO', 'f8a1db68-be16-40ed-86d5-cb42ce701560', ''];
const COUNTRIES = ['NL', 'DE', 'FR', 'BE', 'US', 'GB', ''];

/**
 * A deterministic mix: mostly users, some guests (quoted display names), some groups, products in
 * all three forms, and the few slips a real export has (a duplicate, a bad address).
 */
export function generateRows(count: number): string {
  const lines = ['UserPrincipalName;Group;Product;UsageLocation;DisplayName;Guest'];
  for (let i = 0; i < count; i++) {
    const first = FIRST[i % FIRST.length]!;
    const last = LAST[(i * 7) % LAST.length]!;
    const product = PRODUCTS[i % PRODUCTS.length]!;
    const country = COUNTRIES[i % COUNTRIES.length]!;
    const name = `${first[0]!.toUpperCase()}${first.slice(1)} ${last[0]!.toUpperCase()}${last.slice(1)}`;
    if (i % 50 === 0) lines.push(`;Team ${i} Analysts;${product};;;`);
    else if (i % 1000 === 999) lines.push(lines[lines.length - 1]!);
    else if (i % 2500 === 1) lines.push(`${first} ${last}@contoso;;${product};${country};${name};`);
    else if (i % 20 === 0)
      lines.push(
        `${first}.${last}${i}_fabrikam.com#EXT#@contoso.onmicrosoft.com;;${product};${country};"${name} (Fabrikam)";yes`,
      );
    else lines.push(`${first}.${last}.${i}@contoso.com;;${product};${country};${name};`);
  }
  return lines.join('\r\n') + '\r\n';
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * Milliseconds per run over a few consecutive runs. A collection of the garbage a run leaves lands
 * in some later run; timing runs in groups counts it with the work that caused it instead of
 * making single-run medians flip on where it landed.
 */
function time(fn: () => unknown): number {
  const start = performance.now();
  for (let i = 0; i < RUNS_PER_SAMPLE; i++) fn();
  return (performance.now() - start) / RUNS_PER_SAMPLE;
}

export const csv50k: Benchmark = {
  name: 'csv-50k',
  async run(): Promise<BenchResult[]> {
    const bytes = new TextEncoder().encode(generateRows(ROWS));
    const catalog = getCatalog();
    const delimiter = ';';
    const facts: PageFacts = {
      pageKind: 'product',
      portal: 'admin-center',
      product: { name: 'Power BI Pro', skuId: 'f8a1db68-be16-40ed-86d5-cb42ce701560', total: 60_000, assigned: 1_000 },
      assignControlFound: true,
      knownHolders: [{ key: 'adele.vance.0@contoso.com', skuIds: ['06ebc4ee-1bb5-47dd-8120-11324bc54e06'] }],
      tenantHasGroupLicensing: true,
    };
    const settings = { excludeGuestsAlways: false, guestsConfirmed: true };

    const floor = () => {
      const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      return Papa.parse<string[]>(text, { delimiter, skipEmptyLines: true }).data.length;
    };
    const full = () => {
      const parsed = parseCsv(bytes, { catalog });
      const results = runPreflight(parsed.targets, facts, settings, catalog);
      return runnableTargets(parsed.targets, results, settings).run.length;
    };

    // Each side runs in its own blocks (warm-up first), alternating block by block: drift in
    // machine load hits both alike, and neither pays for the garbage the other one left.
    const floorTimes: number[] = [];
    const fullTimes: number[] = [];
    for (let block = 0; block < BLOCKS; block++) {
      for (const [fn, times] of [
        [floor, floorTimes],
        [full, fullTimes],
      ] as const) {
        for (let i = 0; i < WARMUP; i++) fn();
        for (let i = 0; i < SAMPLES; i++) times.push(time(fn));
      }
    }
    const floorMs = median(floorTimes);
    const fullMs = median(fullTimes);
    const ratio = fullMs / floorMs;
    return [
      {
        name: 'csv-50k',
        value: ratio,
        unit: 'x',
        baseline: floorMs,
        ratio,
        budget: `<= ${BUDGET.toFixed(1)}x`,
        pass: ratio <= BUDGET,
      },
    ];
  },
};
