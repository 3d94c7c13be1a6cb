// robustness: fixture pages rewritten into variants a real portal could plausibly show (Fluent v9
// markup, glyph icons, names only in attributes, other elements for buttons, counts split or as
// sentences, wrappers, reordered siblings, renamed classes, late renders), every seed: the share of
// variants whose page report equals the original's. Variants that change nothing on a page are
// not counted. Which variants fail is printed to stderr, one line each.
import { closeFixtures, loadFixture } from '../tests/unit/portals/load-fixture';
import { readAfterLateRender } from '../tests/unit/portals/perturb/late-render';
import { fixturePages } from '../tests/unit/portals/perturb/pages';
import { random } from '../tests/unit/portals/perturb/random';
import { comparable, NOW, originalReport, readVariant } from '../tests/unit/portals/perturb/report-compare';
import { SEEDS, VARIANTS } from '../tests/unit/portals/perturb/variants';
import type { Benchmark } from './types';

const LATE_SEEDS = [3, 4];

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

async function measure(): Promise<{ read: number; total: number; failures: Map<string, number> }> {
  const failures = new Map<string, number>();
  let read = 0;
  let total = 0;
  const note = (ok: boolean, variant: string) => {
    total += 1;
    if (ok) read += 1;
    else failures.set(variant, (failures.get(variant) ?? 0) + 1);
  };
  for (const page of fixturePages()) {
    const original = originalReport(page);
    for (const variant of VARIANTS) {
      for (const seed of SEEDS) {
        const { changed, report } = readVariant(page, variant, seed);
        if (changed > 0) note(same(report, original), variant.name);
      }
    }
    for (const seed of LATE_SEEDS) {
      const loaded = loadFixture(page.name, page.url);
      const late = await readAfterLateRender(
        loaded.document,
        loaded.window as unknown as Window,
        loaded.url,
        random(seed),
        NOW,
      );
      note(late !== undefined && same(comparable(late), original), 'late renders');
      await closeFixtures();
    }
  }
  return { read, total, failures };
}

export const robustness: Benchmark = {
  name: 'robustness',
  async run() {
    const { read, total, failures } = await measure();
    for (const [variant, count] of failures) console.error(`robustness: ${count} × not read right: ${variant}`);
    const value = total === 0 ? 0 : (100 * read) / total;
    return [
      {
        name: 'robustness',
        value: Number(value.toFixed(2)),
        unit: `% (${read}/${total} variants read right)`,
        budget: '100 %',
        pass: read === total && total > 0,
      },
    ];
  },
};
