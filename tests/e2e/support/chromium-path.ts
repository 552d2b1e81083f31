import { accessSync, constants } from 'node:fs';

/**
 * Two builds of Debian's Chromium, from the same source and of the same version:
 * - `chromium`, the browser (the benchmarks and the flag sprite, whose numbers and pixels are the
 *   browser people use);
 * - `chromium-headless-shell`, Blink without the browser around it (no browser UI, no GPU
 *   process), for the browser tests, as Playwright itself runs headless Chromium: the same
 *   journeys cost about 40 % less CPU there (e2e, 2026-12-07: 436 → 261 s), most of a run's time
 *   on a 2-core machine.
 */
const BROWSERS = {
  chromium: '/usr/bin/chromium',
  'chromium-headless-shell': '/usr/bin/chromium-headless-shell',
} as const;

export type ChromiumPackage = keyof typeof BROWSERS;

/** What the browser tests run in (scripts/ensure-chromium.sh installs the same package). */
export const TEST_BROWSER: ChromiumPackage = 'chromium-headless-shell';

export const installCommand = (pkg: ChromiumPackage) => `sudo apt-get update && sudo apt-get install -y ${pkg}`;

/** Debian's `pkg`, or the binary `CHROMIUM_PATH` names. */
export function chromiumPath(pkg: ChromiumPackage = 'chromium'): string {
  return process.env.CHROMIUM_PATH || BROWSERS[pkg];
}

/** Throws a message a person can act on; a missing browser is a failure, never a skip. */
export function assertChromium(pkg: ChromiumPackage = 'chromium'): string {
  const path = chromiumPath(pkg);
  try {
    accessSync(path, constants.X_OK);
  } catch {
    throw new Error(
      `Chromium was not found at ${path}. Install it with:\n  ${installCommand(pkg)}\n` +
        'or point CHROMIUM_PATH at a Chromium binary (npm run test:e2e runs no browser download).',
    );
  }
  return path;
}
