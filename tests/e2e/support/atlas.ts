import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, inject } from 'vitest';
import { RequestGuard } from './request-guard.ts';
import { connectBrowser } from './shared-browser.ts';

export const DESKTOP = { width: 1440, height: 900 } as const;
export const PHONE = { width: 375, height: 812 } as const;

export interface Session {
  page: Page;
  context: BrowserContext;
  guard: RequestGuard;
  /** Opens a path of the app (`/?country=AF`) and waits for the document. */
  open(path?: string): Promise<void>;
}

export interface AtlasOptions {
  viewport?: { width: number; height: number };
  /** Phone emulation: touch and a mobile viewport meta. */
  phone?: boolean;
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 100);
}

async function keepEvidence(session: Session, name: string): Promise<void> {
  const dir = join('test-results', 'e2e');
  mkdirSync(dir, { recursive: true });
  const base = join(dir, slug(name));
  try {
    await session.page.screenshot({ path: `${base}.png`, fullPage: true, timeout: 5000 });
    writeFileSync(`${base}.aria.yml`, await session.page.locator('body').ariaSnapshot({ timeout: 5000 }));
  } catch (error) {
    console.error(`could not keep evidence for "${name}": ${String(error)}`);
  }
  writeFileSync(`${base}.requests.txt`, session.guard.requests.join('\n'));
  console.error(`evidence for the failed test: ${base}.png / .aria.yml / .requests.txt`);
}

/**
 * The run's one Chromium (shared-browser.ts), a connection per file, a fresh context per test
 * (reduced motion, no shared storage), and the
 * guard checked after every test: a test that passed its assertions still fails on a stray
 * request, an uncaught page error or a console error.
 */
export function useAtlas(options: AtlasOptions = {}): () => Session {
  let browser: Browser | undefined;
  let session: Session | undefined;

  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  beforeEach(async () => {
    if (!browser) throw new Error('not connected to Chromium');
    const baseUrl = inject('baseUrl');
    const context = await browser.newContext({
      baseURL: baseUrl,
      viewport: options.viewport ?? DESKTOP,
      reducedMotion: 'reduce',
      locale: 'en-GB',
      timezoneId: 'UTC',
      ...(options.phone ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}),
    });
    context.setDefaultTimeout(10_000);
    const guard = new RequestGuard();
    await guard.attach(context);
    const page = await context.newPage();
    guard.watch(page);
    session = {
      page,
      context,
      guard,
      async open(path = '/') {
        await page.goto(path, { waitUntil: 'domcontentloaded' });
      },
    };
  });

  afterEach(async (ctx) => {
    const current = session;
    session = undefined;
    if (!current) return;
    try {
      if (ctx.task.result?.state === 'fail') await keepEvidence(current, ctx.task.fullName);
      if (current.guard.problems.length > 0) {
        throw new Error(`The page misbehaved during the test:\n- ${current.guard.problems.join('\n- ')}`);
      }
    } finally {
      await current.context.close();
    }
  });

  return () => {
    if (!session) throw new Error('useAtlas(): the session exists only inside a test');
    return session;
  };
}
