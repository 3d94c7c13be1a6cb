// Renders assets/icon.svg to the PNG sizes the stores and toolbars ask for (public/icon/<size>.png,
// which WXT lists in the manifest). Run after changing the drawing: npm run icons.
import { Resvg } from '@resvg/resvg-js';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const ICON_SIZES = [16, 32, 48, 128] as const;

const root = join(import.meta.dirname, '..');
const svg = readFileSync(join(root, 'assets', 'icon.svg'), 'utf8');
for (const size of ICON_SIZES) {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
  writeFileSync(join(root, 'public', 'icon', `${size}.png`), png);
  console.log(`public/icon/${size}.png`);
}
