import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

interface AxeNode {
  target: unknown[];
  failureSummary?: string;
}
interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: AxeNode[];
}
interface AxeWindow {
  axe: { run(): Promise<{ violations: AxeViolation[] }> };
}

const AXE_SOURCE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const BLOCKING = new Set(['serious', 'critical']);

/** Runs axe-core in the page; returns the serious and critical violations, one readable line each. */
export async function blockingViolations(page: Page): Promise<string[]> {
  // Not addScriptTag: the app's Content-Security-Policy (script-src 'self') rightly blocks inline
  // scripts. Evaluating through the DevTools protocol injects axe without weakening the policy.
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(() => (window as unknown as AxeWindow).axe.run().then((r) => r.violations));
  return violations
    .filter((v) => BLOCKING.has(v.impact ?? ''))
    .map((v) => {
      const where = v.nodes.slice(0, 5).map((n) => JSON.stringify(n.target)).join(', ');
      return `[${v.impact}] ${v.id}: ${v.help} — ${v.nodes.length} node(s): ${where}`;
    });
}
