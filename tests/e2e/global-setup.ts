// Builds the Chrome extension once before the suite, unless the build is newer than every source.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const output = join(root, '.output', 'chrome-mv3', 'manifest.json');
const sources = ['entrypoints', 'lib', 'components', 'public', 'data', 'wxt.config.ts'];

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newestMtime(join(path, name))), stat.mtimeMs);
}

export default function globalSetup(): void {
  const built = existsSync(output) ? statSync(output).mtimeMs : 0;
  const newest = Math.max(...sources.map((s) => newestMtime(join(root, s))));
  if (built > newest) return;
  execSync('npx wxt build -b chrome', { cwd: root, stdio: 'inherit' });
}
