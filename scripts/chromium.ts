// The browser the end-to-end tests, the demo, the screenshots and the bench drive: CHROMIUM_PATH
// first, then the usual places. `node --import tsx scripts/chromium.ts --ensure` (run by `npm test`
// before the browser tests) installs Debian's Chromium when none is found and the machine allows it
// (root on Debian or Ubuntu with apt-get); otherwise it prints one line saying what to run.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Names a Chromium build goes by on Linux, in order of preference (Debian's first). */
const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge'];
const FIXED = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export type Lookup = { env: Record<string, string | undefined>; exists: (path: string) => boolean };

/** Every place looked at, in order: CHROMIUM_PATH, the usual paths, then each name on PATH. */
export function chromiumCandidates(env: Lookup['env']): string[] {
  const onPath = (env.PATH ?? '')
    .split(delimiter)
    .filter(Boolean)
    .flatMap((dir) => NAMES.map((name) => join(dir, name)));
  return [...new Set([...(env.CHROMIUM_PATH ? [env.CHROMIUM_PATH] : []), ...FIXED, ...onPath])];
}

/** The browser to use; a CHROMIUM_PATH that does not exist is an error, never silently skipped. */
export function findChromium({ env, exists }: Lookup): { path: string } | { error: string } | undefined {
  if (env.CHROMIUM_PATH && !exists(env.CHROMIUM_PATH)) {
    return { error: `CHROMIUM_PATH is set to ${env.CHROMIUM_PATH}, but there is no browser there.` };
  }
  const path = chromiumCandidates(env).find(exists);
  return path ? { path } : undefined;
}

export type Machine = { uid: number | undefined; osRelease: string; hasAptGet: boolean };

/** The install commands this machine may run by itself, or undefined when it may not. */
export function installCommands(machine: Machine): string[][] | undefined {
  const id = /^(?:ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(machine.osRelease);
  if (machine.uid !== 0 || !id || !machine.hasAptGet) return undefined;
  return [
    ['apt-get', 'update', '-qq'],
    ['apt-get', 'install', '-y', '-qq', 'chromium'],
  ];
}

export const INSTALL_HINT =
  'No Chromium found: install it (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium binary, then run npm test again.';

const real: Lookup = { env: process.env, exists: existsSync };

/** The path of the browser to launch (for Playwright's executablePath). */
export function chromiumPath(): string {
  const found = findChromium(real);
  if (found && 'path' in found) return found.path;
  throw new Error(found?.error ?? INSTALL_HINT);
}

function readOsRelease(): string {
  try {
    return readFileSync('/etc/os-release', 'utf8');
  } catch {
    return '';
  }
}

function ensure(): number {
  const found = findChromium(real);
  if (found && 'error' in found) {
    console.error(found.error);
    return 1;
  }
  if (found) return 0;
  const hasAptGet = existsSync('/usr/bin/apt-get');
  const commands = installCommands({ uid: process.getuid?.(), osRelease: readOsRelease(), hasAptGet });
  if (!commands) {
    console.error(INSTALL_HINT);
    return 1;
  }
  console.log('No Chromium found: installing Debian’s chromium package for the browser tests…');
  for (const [command, ...args] of commands) {
    const done = spawnSync(command!, args, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (done.status !== 0) {
      console.error(`"${[command, ...args].join(' ')}" failed. ${INSTALL_HINT}`);
      return 1;
    }
  }
  const after = findChromium(real);
  if (after && 'path' in after) {
    console.log(`Chromium installed: ${after.path}`);
    return 0;
  }
  console.error(INSTALL_HINT);
  return 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href && process.argv.includes('--ensure')) {
  process.exitCode = ensure();
}
