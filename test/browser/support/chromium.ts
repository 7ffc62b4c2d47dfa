/**
 * Chromium driven by playwright-core: the flags this machine needs (no background networking, the
 * network is closed) and a fresh profile each time. The browser is found, or installed where that
 * is the platform's usual means, by `findChromium()` (see support/find-chromium.ts); a missing
 * browser is an error that says what to do, never a skipped test.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { decide, type Machine } from './find-chromium';

function osId(): string | undefined {
  try {
    return /^ID="?([^"\n]+)"?$/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1];
  } catch {
    return undefined;
  }
}

function thisMachine(): Machine {
  let playwrightPath: string | undefined;
  try {
    playwrightPath = chromium.executablePath();
  } catch {
    playwrightPath = undefined; // no browser registered for this platform
  }
  return {
    chromiumPath: process.env.CHROMIUM_PATH,
    platform: process.platform,
    playwrightPath,
    osId: osId(),
    isRoot: process.getuid?.() === 0,
    hasAptGet: (process.env.PATH ?? '').split(delimiter).some((dir) => dir !== '' && existsSync(join(dir, 'apt-get'))),
    exists: existsSync,
  };
}

let found: string | undefined;

/**
 * The Chromium executable to drive: `CHROMIUM_PATH`, the system's, or Playwright's cache. Where
 * there is none and we are root on Debian (CI), installs Debian's `chromium` package with apt-get
 * first (about 20 s to a few minutes, once per machine). Elsewhere throws what to do.
 */
export function findChromium(): string {
  if (found !== undefined) return found;
  const decision = decide(thisMachine());
  if (decision.kind === 'missing') throw new Error(decision.message);
  if (decision.kind === 'apt-get') {
    process.stderr.write("Chromium not found: installing Debian's chromium package for the browser tests (apt-get install chromium)\n");
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    // Wait for another apt-get or dpkg (a parallel job) instead of failing on its lock.
    const lock = ['-o', 'DPkg::Lock::Timeout=600'];
    execFileSync('apt-get', [...lock, 'update', '-qq'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
    execFileSync('apt-get', [...lock, 'install', '-y', '-qq', 'chromium'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
    if (!existsSync(decision.path)) throw new Error(`apt-get installed chromium, but ${decision.path} does not exist`);
  }
  found = decision.path;
  return found;
}

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Browser {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/** Starts Chromium headless with a new, empty user-data-dir, removed again by `close()`. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  const profile = mkdtempSync(join(tmpdir(), 'precis-chromium-'));
  // launchPersistentContext is playwright's way to pass --user-data-dir.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: FLAGS,
    viewport: { width: 1100, height: 900 },
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
