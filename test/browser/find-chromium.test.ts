import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEBIAN_CHROMIUM, decide, type Machine } from './support/find-chromium';

/** A Playwright cache entry as `decide` sees it (only its existence matters to the decision). */
const PLAYWRIGHT = join(tmpdir(), 'ms-playwright', 'chromium-1255', 'chrome-linux64', 'chrome');

/** A fresh Debian machine, root, nothing installed; `present` lists the files that exist. */
function machine(overrides: Partial<Machine> = {}, present: string[] = []): Machine {
  return {
    chromiumPath: undefined,
    platform: 'linux',
    playwrightPath: PLAYWRIGHT,
    osId: 'debian',
    isRoot: true,
    hasAptGet: true,
    exists: (path) => present.includes(path),
    ...overrides,
  };
}

describe('where the browser tests get Chromium', () => {
  test('CHROMIUM_PATH first, even when a system Chromium exists', () => {
    expect(decide(machine({ chromiumPath: '/opt/chrome/chrome' }, ['/opt/chrome/chrome', DEBIAN_CHROMIUM]))).toEqual({
      kind: 'found',
      path: '/opt/chrome/chrome',
      source: 'CHROMIUM_PATH',
    });
  });

  test('a CHROMIUM_PATH that does not exist is an error naming it, not a silent fallback', () => {
    const decision = decide(machine({ chromiumPath: '/nowhere/chrome' }, [DEBIAN_CHROMIUM]));
    expect(decision.kind).toBe('missing');
    expect(decision.kind === 'missing' && decision.message).toContain('/nowhere/chrome');
  });

  test("the system's Chromium or Chrome, then Playwright's cache", () => {
    expect(decide(machine({}, ['/usr/bin/google-chrome', PLAYWRIGHT]))).toMatchObject({ kind: 'found', path: '/usr/bin/google-chrome' });
    expect(decide(machine({}, [PLAYWRIGHT]))).toMatchObject({ kind: 'found', path: PLAYWRIGHT, source: "Playwright's cache" });
    const mac = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    expect(decide(machine({ platform: 'darwin', osId: undefined }, [mac]))).toMatchObject({ kind: 'found', path: mac });
  });

  test("none, root on Debian: install Debian's chromium with apt-get", () => {
    expect(decide(machine())).toEqual({ kind: 'apt-get', path: DEBIAN_CHROMIUM });
  });

  test('none, not root on Debian: says the apt-get command with sudo, and the other ways', () => {
    const decision = decide(machine({ isRoot: false }));
    expect(decision.kind).toBe('missing');
    const message = decision.kind === 'missing' ? decision.message : '';
    expect(message).toContain('sudo apt-get update && sudo apt-get install -y chromium');
    expect(message).toContain('npx playwright-core install chromium');
    expect(message).toContain('CHROMIUM_PATH');
  });

  test('none, elsewhere (Ubuntu, macOS, no apt-get): no apt-get attempt or advice', () => {
    for (const other of [machine({ osId: 'ubuntu' }), machine({ platform: 'darwin', osId: undefined }), machine({ hasAptGet: false })]) {
      const decision = decide(other);
      expect(decision.kind).toBe('missing');
      const message = decision.kind === 'missing' ? decision.message : '';
      expect(message).not.toContain('apt-get');
      expect(message).toContain('npx playwright-core install chromium');
    }
  });
});
