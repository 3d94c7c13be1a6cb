// Every fixture page under tests/unit/portals/fixtures (hand-written and saved from the simulator),
// with the URL it is read at.
import { readdirSync } from 'node:fs';
import { FIXTURES_DIR, SKU, URLS } from '../load-fixture';
import { SIM_CAPTURES } from '../sim-fixture-plan';

export type FixturePage = { name: string; url: string };

/** Hand-written fixtures: the URL follows from the page kind in the file name. */
function handUrl(name: string): string {
  if (name.startsWith('ac-licenses')) return URLS.licenses;
  if (name.startsWith('ac-product') || name.startsWith('ac-assign') || name.startsWith('ac-group'))
    return URLS.product(SKU.pro);
  if (name.startsWith('ac-home')) return URLS.home;
  if (name.startsWith('ac-users')) return URLS.users;
  if (name.startsWith('az-legacy')) return URLS.azureProductBlade(SKU.pro);
  if (name.startsWith('az-products-frame'))
    return URLS.reactblade(name.endsWith('.nl') ? 'https://entra.microsoft.com' : 'https://portal.azure.com');
  if (name.startsWith('entra') || name === 'az-products-variant.en') return URLS.entraProducts;
  if (name.startsWith('az-products')) return URLS.azureProducts;
  throw new Error(`No URL known for the fixture ${name}: add it to perturb/pages.ts`);
}

export function fixturePages(): FixturePage[] {
  const hand = readdirSync(FIXTURES_DIR)
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.slice(0, -'.html'.length))
    .sort()
    .map((name) => ({ name, url: handUrl(name) }));
  const sim = SIM_CAPTURES.map((c) => ({ name: `sim/${c.name}`, url: c.frameUrl ?? c.url }));
  return [...hand, ...sim];
}
