// README's screenshots: every picture it shows is committed, and every committed picture is shown.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');

describe('README screenshots', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const shown = [...readme.matchAll(/docs\/screenshots\/([\w.-]+\.png)/g)].map((m) => m[1]!).sort();
  const committed = readdirSync(join(ROOT, 'docs', 'screenshots'))
    .filter((f) => f.endsWith('.png'))
    .sort();

  it('shows the popup, the side panel, the options and the in-page guidance, light and dark', () => {
    for (const name of ['popup-licenses', 'popup-preflight', 'sidepanel', 'options']) {
      expect(shown).toEqual(expect.arrayContaining([`${name}-light.png`, `${name}-dark.png`]));
    }
    expect(shown).toContain('guidance.png');
  });

  it('matches the files in docs/screenshots', () => {
    expect([...new Set(shown)]).toEqual(committed);
  });
});
