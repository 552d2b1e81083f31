import type { BrowserContext, ConsoleMessage, Page } from 'playwright-core';

/** data:, blob: and about: never reach a network; http(s) only to this machine. */
export function isLocalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (['data:', 'blob:', 'about:'].includes(parsed.protocol)) return true;
  const local = ['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname);
  return local && (parsed.protocol === 'http:' || parsed.protocol === 'https:' || parsed.protocol === 'ws:');
}

interface Allowance {
  pattern: RegExp;
  why: string;
}

/**
 * Records what must never happen in a journey: a request leaving localhost, an uncaught page
 * error, a console error. Outside requests are also aborted, so nothing leaves the machine even
 * when the test fails. Allow-lists are per test and each carries its reason.
 */
export class RequestGuard {
  readonly problems: string[] = [];
  readonly requests: string[] = [];
  private readonly allowed: Allowance[] = [];

  async attach(context: BrowserContext): Promise<void> {
    context.on('request', (request) => {
      const url = request.url();
      this.requests.push(`${request.method()} ${url}`);
      if (!isLocalUrl(url)) this.problems.push(`No request leaves localhost, but the page requested ${url}`);
    });
    await context.route(
      (url) => !isLocalUrl(url.href),
      (route) => route.abort('blockedbyclient'),
    );
  }

  watch(page: Page): void {
    page.on('pageerror', (error) => this.problems.push(`Uncaught error in the page: ${error.stack ?? error.message}`));
    page.on('console', (message) => this.onConsole(message));
  }

  /** For a test that provokes an error on purpose; `why` says why this one is expected. */
  allowConsoleError(pattern: RegExp, why: string): void {
    if (why.trim() === '') throw new Error('An allowed console error needs a reason');
    this.allowed.push({ pattern, why });
  }

  private onConsole(message: ConsoleMessage): void {
    if (message.type() !== 'error') return;
    const { url } = message.location();
    const text = `${message.text()}${url ? ` (${url})` : ''}`;
    if (this.allowed.some((a) => a.pattern.test(text))) return;
    this.problems.push(`Console error: ${text}`);
  }
}
