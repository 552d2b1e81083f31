import type { SeedFormat } from './release.ts';

const EXTENSIONS: Record<string, SeedFormat> = {
  txt: 'text',
  md: 'markdown',
  markdown: 'markdown',
  html: 'html',
  htm: 'html',
  xml: 'feed',
  rss: 'feed',
  atom: 'feed',
};

/** The file types the build step reads; other files in the seeds folder (corrections.yaml, README) are not releases. */
export function formatOfName(name: string): SeedFormat | null {
  const ext = /\.([^.\\/]+)$/.exec(name)?.[1]?.toLowerCase();
  return ext === undefined ? null : (EXTENSIONS[ext] ?? null);
}

// Skips a BOM, whitespace, an XML declaration, comments and a doctype, to the first element name.
const FIRST_ELEMENT = /^(?:\s|<\?xml[^>]*\?>|<!--[\s\S]*?-->|<!doctype[^>]*>)*<([A-Za-z][\w:-]*)/i;

/**
 * By content as well as extension: a page saved as `.txt`, or a feed saved as `.html`, is read as
 * what it is. "<rss …" or "<feed …" → feed, "<!DOCTYPE html" or "<html" → html; otherwise the
 * extension decides ("<p>" in a .txt is text that mentions a tag).
 */
export function detectFormat(name: string, text: string): SeedFormat | null {
  const byName = formatOfName(name);
  if (byName === null) return null;
  const head = text.slice(0, 4096).replace(/^\uFEFF/, '');
  const element = FIRST_ELEMENT.exec(head)?.[1]?.toLowerCase();
  if (element === 'rss' || element === 'feed' || element === 'rdf:rdf') return 'feed';
  if (element === 'html' || /^\s*<!doctype html/i.test(head)) return 'html';
  return byName;
}
