import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { htmlBlocks } from './html-blocks.ts';
import { pageMetadata } from './page-metadata.ts';
import type { ReadOutcome } from './release.ts';

// Page chrome Readability does not always recognise: cookie and consent banners, menus, skip links.
const CHROME = [
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'nav', 'form', 'dialog',
  '[role="navigation"]', '[role="banner"]', '[role="dialog"]', '[aria-hidden="true"]', '[hidden]',
  '[id*="cookie" i]', '[class*="cookie" i]', '[id*="consent" i]', '[class*="consent" i]',
].join(', ');

/**
 * A saved web page → one release: its title on the first line, then the main content, one
 * paragraph a line. The page is parsed (linkedom) and reduced to its article (Readability); it is
 * never rendered, so no script runs and nothing it links to is fetched. Text nodes only: markup,
 * attributes (`onerror`, `javascript:` links) and comments never reach the text.
 */
export function readHtml(name: string, html: string): ReadOutcome {
  const { document } = parseHTML(html);
  const metadata = pageMetadata(document);
  for (const el of Array.from(document.querySelectorAll(CHROME))) el.remove();
  const blocks = articleBlocks(document) ?? htmlBlocks(document.body ?? document);
  const title = metadata.title ?? blocks[0] ?? null;
  if (title === null) return { rejected: { name, reason: `${name}: the page has no title (og:title, <h1> or <title>) and no text: expected a saved press release`, line: null } };
  const body = blocks[0] === title ? blocks.slice(1) : blocks;
  if (body.length === 0) return { rejected: { name, reason: `${name}: the page '${title}' has no article text: expected a saved press release`, line: null } };
  const { title: _title, ...rest } = metadata;
  return { release: { name, text: `${title}\n${body.join('\n')}\n`, metadata: rest, warnings: [] } };
}

/** Readability's main content as paragraphs; null when it finds none (or gives up on a pathological page). */
function articleBlocks(document: ReturnType<typeof parseHTML>['document']): string[] | null {
  let content: string | null | undefined;
  try {
    // Readability changes the document it reads: give it a copy, keep the original for the fallback.
    const copy = document.cloneNode(true) as unknown as Document;
    content = new Readability(copy, { charThreshold: 200 }).parse()?.content;
  } catch {
    return null;
  }
  if (!content) return null;
  const blocks = htmlBlocks(parseHTML(`<!doctype html><html><body>${content}</body></html>`).document.body);
  return blocks.length > 0 ? blocks : null;
}
