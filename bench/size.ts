// size:<entrypoint> — gzipped bytes of each built entrypoint (its own script plus the chunks it loads).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Benchmark, BenchResult } from './types';

const OUT = join(import.meta.dirname, '..', '.output', 'chrome-mv3');
const KB = 1024;

/** Budgets from DESIGN.md; entrypoints without one are reported for information. */
const BUDGETS: Record<string, number | undefined> = {
  'admin-center': 25 * KB,
  'azure-portal': 25 * KB,
  popup: 60 * KB,
  sidepanel: 60 * KB,
};

function gzipped(path: string): number {
  return gzipSync(readFileSync(path), { level: 9 }).length;
}

/** Scripts an HTML entrypoint loads: its module script and the chunks it preloads. */
function pageScripts(html: string): string[] {
  const refs = [...html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  return [...new Set(refs)];
}

function measure(name: string, files: string[]): BenchResult {
  const value = files.reduce((sum, f) => sum + gzipped(join(OUT, f)), 0);
  const budget = BUDGETS[name];
  return {
    name: `size:${name}`,
    value,
    unit: 'B gz',
    budget: budget === undefined ? 'none' : `<= ${budget} B gz`,
    pass: budget === undefined || value <= budget,
  };
}

export const size: Benchmark = {
  name: 'size',
  async run() {
    if (!existsSync(join(OUT, 'manifest.json'))) throw new Error(`No build at ${OUT}: run npm run build first.`);
    const results: BenchResult[] = [measure('background', ['background.js'])];
    for (const file of readdirSync(join(OUT, 'content-scripts')).filter((f) => f.endsWith('.js'))) {
      results.push(measure(file.replace(/\.js$/, ''), [join('content-scripts', file)]));
    }
    for (const page of ['popup', 'sidepanel', 'options']) {
      const html = join(OUT, `${page}.html`);
      if (existsSync(html)) results.push(measure(page, pageScripts(readFileSync(html, 'utf8'))));
    }
    return results;
  },
};
