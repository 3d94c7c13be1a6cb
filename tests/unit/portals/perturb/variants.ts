// The variants a page is rewritten into: each a generator (or several) over a Document, run with
// a seeded random source. A variant that changes nothing on a page is not counted for that page.
import { countsAsSentences, splitCounts } from './counts';
import { fluentV9 } from './fluent-v9';
import { glyphIcons, namesInAriaLabel, namesInTitle } from './names';
import { random, type Random } from './random';
import { buttonsAsLinksAndDivs, explicitRoles } from './roles';
import { addWrappers, renameClasses, reorderSiblings, scramble } from './structure';

export type Generator = (doc: Document, next: Random) => number;
/** `awaits`: what the page model still lacks to read the variant (the suite expects it to fail
 *  until then, so the marker must go the day it reads right; `npm run bench` counts it as not read). */
export type Variant = { name: string; generators: readonly Generator[]; awaits?: string };

export const VARIANTS: readonly Variant[] = [
  { name: 'renamed generated classes', generators: [renameClasses] },
  { name: 'extra wrappers', generators: [addWrappers] },
  { name: 'reordered siblings', generators: [reorderSiblings] },
  { name: 'Fluent v9 markup', generators: [fluentV9] },
  { name: 'glyph text in aria-hidden icons', generators: [glyphIcons] },
  { name: 'names only in aria-label', generators: [namesInAriaLabel] },
  { name: 'names only in title', generators: [namesInTitle] },
  { name: 'buttons as links and role=button', generators: [buttonsAsLinksAndDivs] },
  { name: 'explicit roles on buttons', generators: [explicitRoles] },
  { name: 'counts split across elements', generators: [splitCounts] },
  { name: 'counts as sentences', generators: [countsAsSentences] },
  {
    name: 'Fluent v9 with glyphs, split counts and scrambled structure',
    generators: [fluentV9, glyphIcons, splitCounts, scramble],
  },
];

export const SEEDS = [1, 2] as const;

/** Rewrites the document in place; answers how many rewrites the generators made. */
export function applyVariant(doc: Document, variant: Variant, seed: number): number {
  const next = random(seed);
  let changed = 0;
  for (const generate of variant.generators) changed += generate(doc, next);
  return changed;
}
