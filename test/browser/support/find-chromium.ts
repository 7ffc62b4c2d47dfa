/**
 * Where the browser tests get their Chromium, decided from facts about the machine (given, so the
 * decision is tested without touching the machine): `CHROMIUM_PATH`, then the system's browser,
 * then Playwright's cache; when none exists, Debian's `chromium` package through apt-get if we are
 * root on Debian (the platform's usual means, as CI runs), else an error that says exactly what
 * to do. Never a skipped test.
 */

/** What the decision looks at. */
export interface Machine {
  /** `process.env.CHROMIUM_PATH`. */
  readonly chromiumPath: string | undefined;
  readonly platform: NodeJS.Platform;
  /** The executable playwright-core would launch from its cache (`chromium.executablePath()`). */
  readonly playwrightPath: string | undefined;
  /** `ID` of /etc/os-release (`debian`, `ubuntu`...), if any. */
  readonly osId: string | undefined;
  readonly isRoot: boolean;
  readonly hasAptGet: boolean;
  exists(path: string): boolean;
}

export type Decision =
  | { readonly kind: 'found'; readonly path: string; readonly source: string }
  | { readonly kind: 'apt-get'; readonly path: string }
  | { readonly kind: 'missing'; readonly message: string };

/** Where Debian's `chromium` package puts the browser. */
export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** The usual places of a system Chromium or Chrome, per platform. */
export const SYSTEM_PATHS: Readonly<Partial<Record<NodeJS.Platform, readonly string[]>>> = {
  linux: [DEBIAN_CHROMIUM, '/usr/bin/chromium-browser', '/usr/bin/google-chrome-stable', '/usr/bin/google-chrome', '/snap/bin/chromium'],
  darwin: ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium'],
  win32: ['C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe', 'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe'],
};

export function decide(machine: Machine): Decision {
  if (machine.chromiumPath !== undefined && machine.chromiumPath !== '') {
    if (machine.exists(machine.chromiumPath)) return { kind: 'found', path: machine.chromiumPath, source: 'CHROMIUM_PATH' };
    return { kind: 'missing', message: `CHROMIUM_PATH is ${machine.chromiumPath}, which does not exist: point it at a Chromium or Chrome executable, or unset it.` };
  }
  const system = (SYSTEM_PATHS[machine.platform] ?? []).find((path) => machine.exists(path));
  if (system !== undefined) return { kind: 'found', path: system, source: 'the system' };
  if (machine.playwrightPath !== undefined && machine.exists(machine.playwrightPath)) {
    return { kind: 'found', path: machine.playwrightPath, source: "Playwright's cache" };
  }
  const debian = machine.platform === 'linux' && machine.osId === 'debian' && machine.hasAptGet;
  if (debian && machine.isRoot) return { kind: 'apt-get', path: DEBIAN_CHROMIUM };
  const ways = [
    ...(debian ? ['install Debian\'s package: `sudo apt-get update && sudo apt-get install -y chromium`'] : []),
    "download Playwright's Chromium into its cache: `npx playwright-core install chromium`",
    'or set CHROMIUM_PATH to a Chromium or Chrome executable',
  ];
  return {
    kind: 'missing',
    message:
      `The browser tests need Chromium and found none (CHROMIUM_PATH unset; not at ${(SYSTEM_PATHS[machine.platform] ?? []).join(', ') || 'a known system path'}; ` +
      `not in Playwright's cache${machine.playwrightPath ? ` at ${machine.playwrightPath}` : ''}). To get one, ${ways.join('; ')}. Then run the tests again.`,
  };
}
