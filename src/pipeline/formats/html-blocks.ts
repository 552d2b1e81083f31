// Elements whose text never belongs to a release: code, styling, embedded objects, page chrome.
const DROPPED = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'canvas',
  'nav', 'form', 'button', 'select', 'textarea', 'input', 'head', 'title', 'meta', 'link', 'dialog',
]);

const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'blockquote', 'pre', 'ul', 'ol',
  'li', 'dl', 'dt', 'dd', 'table', 'tr', 'td', 'th', 'figure', 'figcaption', 'h1', 'h2', 'h3', 'h4',
  'h5', 'h6', 'br', 'hr', 'address', 'time', 'caption',
]);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/**
 * A DOM subtree → its paragraphs, one per block element, whitespace collapsed:
 * "<h1>Title</h1><p>KARAGANDA, 3 Nov – A <b>seminar</b> …</p>" → ["Title", "KARAGANDA, 3 Nov – A seminar …"].
 * Only text nodes are read (comments, scripts and attributes never are). Iterative, so a page of
 * 100,000 nested tags cannot overflow the stack.
 */
export function htmlBlocks(root: DomNode): string[] {
  const blocks: string[] = [];
  let current = '';
  const flush = () => {
    const text = current.replace(/\s+/g, ' ').trim();
    if (text !== '') blocks.push(text);
    current = '';
  };
  // A stack of nodes to visit, with `null` markers for the end of a block element.
  const stack: (DomNode | null)[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === null) {
      flush();
      continue;
    }
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const name = node.nodeName.toLowerCase();
    if (DROPPED.has(name)) continue;
    if (BLOCKS.has(name)) {
      flush();
      stack.push(null);
    }
    for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]!);
  }
  flush();
  return blocks;
}
