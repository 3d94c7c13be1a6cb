// Every fixture page, rewritten into variants a real portal could plausibly show, must give the
// same page report as its original. The generators are checked to really rewrite the pages they
// aim at, so a variant cannot pass by changing nothing.
import { afterEach, describe, expect, it } from 'vitest';
import { closeFixtures, loadFixture } from '../load-fixture';
import { fixturePages } from './pages';
import { random } from './random';
import { readAfterLateRender } from './late-render';
import { comparable, NOW, originalReport, readVariant } from './report-compare';
import { SEEDS, VARIANTS } from './variants';

afterEach(closeFixtures);

const PAGES = fixturePages();

describe('perturbed fixture pages read as their originals', () => {
  it('covers every fixture page', () => {
    expect(PAGES.length).toBeGreaterThan(80);
  });

  for (const variant of VARIANTS) {
    describe(variant.name, () => {
      // One seed per page here (the seeds differ from page to page); `npm run bench` runs them all.
      const cases = PAGES.map((page, i) => [page.name, SEEDS[i % SEEDS.length]!, page] as const);
      if (variant.awaits) {
        // Expected to fail until the page model reads it: only pages the variant really rewrites.
        const applied = cases.filter(([, seed, page]) => readVariant(page, variant, seed).changed > 0);
        it.fails.each(applied)(`%s, seed %i (awaits ${variant.awaits})`, (_, seed, page) => {
          expect(readVariant(page, variant, seed).report).toEqual(originalReport(page));
        });
        return;
      }
      it.each(cases)('%s, seed %i', (_, seed, page) => {
        const { changed, report } = readVariant(page, variant, seed);
        if (changed > 0) expect(report).toEqual(originalReport(page));
      });
    });
  }

  describe('late renders', () => {
    it.each(PAGES.map((page) => [page.name, page] as const))('%s', async (_, page) => {
      const original = originalReport(page);
      const loaded = loadFixture(page.name, page.url);
      const win = loaded.window as unknown as Window;
      const late = await readAfterLateRender(loaded.document, win, loaded.url, random(3), NOW);
      expect(late && comparable(late)).toEqual(original);
    });
  });
});
