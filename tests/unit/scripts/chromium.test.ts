import { describe, expect, it } from 'vitest';
import { chromiumCandidates, findChromium, INSTALL_HINT, installCommands } from '../../../scripts/chromium';

const DEBIAN = 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\n';
const UBUNTU = 'NAME="Ubuntu"\nID=ubuntu\nID_LIKE=debian\n';
const FEDORA = 'NAME="Fedora Linux"\nID=fedora\n';

describe('findChromium', () => {
  it('takes CHROMIUM_PATH before the usual paths', () => {
    const exists = (p: string) => p === '/opt/chromium/chrome' || p === '/usr/bin/chromium';
    expect(findChromium({ env: { CHROMIUM_PATH: '/opt/chromium/chrome' }, exists })).toEqual({
      path: '/opt/chromium/chrome',
    });
  });

  it('says so when CHROMIUM_PATH points at nothing, rather than quietly using another browser', () => {
    const found = findChromium({ env: { CHROMIUM_PATH: '/nowhere/chrome' }, exists: (p) => p === '/usr/bin/chromium' });
    expect(found).toEqual({ error: expect.stringContaining('/nowhere/chrome') });
  });

  it("prefers Debian's /usr/bin/chromium, then other names, then PATH", () => {
    expect(findChromium({ env: {}, exists: () => true })).toEqual({ path: '/usr/bin/chromium' });
    expect(findChromium({ env: {}, exists: (p) => p === '/usr/bin/google-chrome' })).toEqual({
      path: '/usr/bin/google-chrome',
    });
    expect(
      findChromium({ env: { PATH: '/opt/bin:/home/a/bin' }, exists: (p) => p === '/home/a/bin/chromium' }),
    ).toEqual({
      path: '/home/a/bin/chromium',
    });
  });

  it('finds nothing on a machine without a browser', () => {
    expect(findChromium({ env: { PATH: '/usr/bin:/bin' }, exists: () => false })).toBeUndefined();
    expect(chromiumCandidates({ PATH: '/usr/bin' }).filter((p) => p === '/usr/bin/chromium')).toHaveLength(1);
  });
});

describe('installCommands', () => {
  it('installs with apt-get as root on Debian and Ubuntu', () => {
    const expected = [
      ['apt-get', 'update', '-qq'],
      ['apt-get', 'install', '-y', '-qq', 'chromium'],
    ];
    expect(installCommands({ uid: 0, osRelease: DEBIAN, hasAptGet: true })).toEqual(expected);
    expect(installCommands({ uid: 0, osRelease: UBUNTU, hasAptGet: true })).toEqual(expected);
  });

  it('installs nothing when not root, on another system, or without apt-get', () => {
    expect(installCommands({ uid: 1000, osRelease: DEBIAN, hasAptGet: true })).toBeUndefined();
    expect(installCommands({ uid: 0, osRelease: FEDORA, hasAptGet: false })).toBeUndefined();
    expect(installCommands({ uid: 0, osRelease: DEBIAN, hasAptGet: false })).toBeUndefined();
    expect(installCommands({ uid: undefined, osRelease: '', hasAptGet: false })).toBeUndefined();
  });

  it('the hint names the command to run and the variable to set, on one line', () => {
    expect(INSTALL_HINT).toContain('apt-get install -y chromium');
    expect(INSTALL_HINT).toContain('CHROMIUM_PATH');
    expect(INSTALL_HINT).not.toContain('\n');
  });
});
