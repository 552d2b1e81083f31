// One Chromium for the whole run, started by the global setup beside the build: each test file
// connects to it instead of starting its own (a start costs a second or more of both cores, several
// on a busy machine; a connection, a few milliseconds). Files stay apart as before: each test gets a
// fresh context (its own storage, cookies and cache), and a file's contexts close with its connection.
import { chromium, type Browser, type BrowserServer, type Download } from 'playwright-core';
import { inject } from 'vitest';
import { assertChromium, TEST_BROWSER } from './chromium-path.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    browserEndpoint: string;
  }
}

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** For the global setup: starts the run's Chromium (the headless shell: chromium-path.ts); its endpoint is provided as `browserEndpoint`. */
export function launchSharedBrowser(): Promise<BrowserServer> {
  return chromium.launchServer({ executablePath: assertChromium(TEST_BROWSER), args: CHROMIUM_ARGS, headless: true });
}

/** For a test file: a connection to the run's Chromium; closing it closes the contexts it opened. */
export function connectBrowser(): Promise<Browser> {
  return chromium.connect(inject('browserEndpoint'));
}

/** A download's text: read from the browser as a stream (over a connection, the file is not on a path here). */
export async function downloadedText(download: Download): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
