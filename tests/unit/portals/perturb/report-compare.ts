// What "the same page report" means: every field but the reading time, products in a stable order
// (reordered rows of a list are the same products).
import { readPageReport } from '../../../../lib/portals';
import type { PageReport } from '../../../../lib/portals/types';
import type { FixturePage } from './pages';
import { parseFixture } from './parse';
import { applyVariant, type Variant } from './variants';

export const NOW = new Date('2026-06-01T08:00:00.000Z');

export function comparable(report: PageReport): Omit<PageReport, 'at'> {
  const { at: _at, ...rest } = report;
  return {
    ...rest,
    products: [...rest.products].sort((a, b) => (a.skuId ?? a.name).localeCompare(b.skuId ?? b.name)),
  };
}

const originals = new Map<string, Omit<PageReport, 'at'>>();

/** The original page's report (read once per page). */
export function originalReport(page: FixturePage): Omit<PageReport, 'at'> {
  let report = originals.get(page.name);
  if (!report)
    originals.set(page.name, (report = comparable(readPageReport(parseFixture(page.name), new URL(page.url), NOW))));
  return report;
}

export type VariantRead = { changed: number; report: Omit<PageReport, 'at'> };

/** The page rewritten by the variant and read; `changed` 0: the variant does not apply to it. */
export function readVariant(page: FixturePage, variant: Variant, seed: number): VariantRead {
  const doc = parseFixture(page.name);
  const changed = applyVariant(doc, variant, seed);
  return { changed, report: comparable(readPageReport(doc, new URL(page.url), NOW)) };
}
