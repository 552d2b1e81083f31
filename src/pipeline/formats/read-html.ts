import { htmlBlocks } from './html-blocks.ts';
import { parseHTML, readabilityModule } from './parsers.ts';
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
  const depth = markupDepth(html, MAX_PARSE_DEPTH);
  if (depth > MAX_PARSE_DEPTH) {
    return { rejected: { name, reason: `${name}: tags nest over ${MAX_PARSE_DEPTH.toLocaleString('en-GB')} levels deep (real pages nest a few dozen): not read, as parsing it would take minutes; expected a saved press release (save the page again, or its text as .txt)`, line: null } };
  }
  const { document } = parseHTML(html);
  const metadata = pageMetadata(document);
  for (const el of Array.from(document.querySelectorAll(CHROME))) el.remove();
  // Readability walks the tree recursively and slows down past a few hundred levels: a page nested
  // that deep (a hostile one; real pages stay under ~40) is read as all of its text instead.
  const deep = nestingDepth(document, MAX_READABILITY_DEPTH) > MAX_READABILITY_DEPTH;
  const blocks = (deep ? null : articleBlocks(document)) ?? htmlBlocks(document.body ?? document);
  const title = metadata.title ?? blocks[0] ?? null;
  if (title === null) return { rejected: { name, reason: `${name}: the page has no title (og:title, <h1> or <title>) and no text: expected a saved press release`, line: null } };
  const body = blocks[0] === title ? blocks.slice(1) : blocks;
  if (body.length === 0) return { rejected: { name, reason: `${name}: the page '${title}' has no article text: expected a saved press release`, line: null } };
  const { title: _title, ...rest } = metadata;
  const warnings = deep ? [`${name}: the page is nested over ${MAX_READABILITY_DEPTH} levels deep; all of its text was kept, not only the article`] : [];
  return { release: { name, text: `${title}\n${body.join('\n')}\n`, metadata: rest, warnings } };
}

const MAX_READABILITY_DEPTH = 400;

/**
 * The HTML parser keeps its open elements in an array it shifts and unshifts, so its time grows
 * with the square of the nesting: 175,000 nested tags take half a minute, 10,000 a fraction of a
 * second. Only a hostile or broken page comes near this.
 */
const MAX_PARSE_DEPTH = 10_000;

/** Elements that never nest: void elements, and those the next sibling's tag closes (`<p>…<p>`). */
const NEVER_NEST = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr',
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'thead', 'tbody', 'tfoot', 'rb', 'rt', 'rp',
]);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)[^>]*?(\/?)>/g;

/**
 * How deep the page's tags nest, read from the markup in one pass before parsing (an upper bound:
 * unclosed inline tags count as open), stopping once past `limit`.
 */
export function markupDepth(html: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  for (const [, closing, rawName, selfClosing] of html.matchAll(TAG)) {
    const tag = rawName!.toLowerCase();
    if (NEVER_NEST.has(tag) || selfClosing === '/') continue;
    if (closing === '/') depth = Math.max(0, depth - 1);
    else if (++depth > deepest && (deepest = depth) > limit) return deepest;
  }
  return deepest;
}

interface TreeNode {
  childNodes: ArrayLike<TreeNode>;
}

/** How deep elements nest, counted without recursion, stopping once past `limit`. */
function nestingDepth(root: TreeNode, limit: number): number {
  let deepest = 0;
  const stack: [TreeNode, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > deepest) deepest = depth;
    if (deepest > limit) return deepest;
    for (let i = 0; i < node.childNodes.length; i++) stack.push([node.childNodes[i]!, depth + 1]);
  }
  return deepest;
}

/** Readability's main content as paragraphs; null when it finds none (or gives up on a pathological page). */
function articleBlocks(document: ReturnType<typeof parseHTML>['document']): string[] | null {
  const { Readability } = readabilityModule();
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
