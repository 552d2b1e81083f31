import { accessSync, constants } from 'node:fs';

export const INSTALL_COMMAND = 'sudo apt-get update && sudo apt-get install -y chromium';

/** Debian's Chromium, or the one `CHROMIUM_PATH` names. */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

/** Throws a message a person can act on; a missing browser is a failure, never a skip. */
export function assertChromium(): string {
  const path = chromiumPath();
  try {
    accessSync(path, constants.X_OK);
  } catch {
    throw new Error(
      `Chromium was not found at ${path}. Install it with:\n  ${INSTALL_COMMAND}\n` +
        'or point CHROMIUM_PATH at a Chromium binary (npm run test:e2e runs no browser download).',
    );
  }
  return path;
}
