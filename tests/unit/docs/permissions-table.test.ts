// The README's permission table is what a store reviewer and an admin read: it must list exactly
// what the manifest asks for, in both builds.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../../wxt.config';

type Manifest = { permissions?: string[]; host_permissions?: string[] };

function manifestFor(browser: 'chrome' | 'firefox'): Manifest {
  const manifest = config.manifest as (env: { browser: string; manifestVersion: 3 }) => Manifest;
  return manifest({ browser, manifestVersion: 3 });
}

/** Every `code` item in the first column of the README's "Permissions, and why" table. */
function readmePermissions(): string[] {
  const readme = readFileSync(join(import.meta.dirname, '..', '..', '..', 'README.md'), 'utf8');
  const section = readme.split(/^## Permissions, and why$/m)[1]!.split(/^## /m)[0]!;
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .flatMap((line) => [...line.split('|')[1]!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!));
}

describe('README permission table', () => {
  it('lists exactly the permissions and hosts of the Chrome and Firefox manifests', () => {
    const asked = new Set<string>();
    for (const browser of ['chrome', 'firefox'] as const) {
      const m = manifestFor(browser);
      for (const p of [...(m.permissions ?? []), ...(m.host_permissions ?? [])]) asked.add(p);
    }
    expect(readmePermissions().sort()).toEqual([...asked].sort());
  });
});
