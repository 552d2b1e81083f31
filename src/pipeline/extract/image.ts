import type { Span } from '../../schema/dataset.ts';

export type ImageMatch =
  | { ok: true; url: string; span: Span }
  | { ok: false; warning: string };

/**
 * The first markdown image line `![alt](url)`. Only https URLs are kept (the app would otherwise load
 * mixed or local content); anything else becomes a warning. Null when the release has no image.
 */
export function extractImage(text: string): ImageMatch | null {
  const pattern = /^[ \t]*!\[[^\]\n]*\]\(\s*<?((?:[^()\s>]|\([^()\s]*\))*)>?(?:\s+"[^"\n]*")?\s*\)[ \t]*$/gm;
  for (const match of text.matchAll(pattern)) {
    const url = match[1]!;
    const start = match.index + match[0].indexOf(url);
    if (isHttpsUrl(url)) return { ok: true, url, span: { start, end: start + url.length } };
    return { ok: false, warning: `image '${url.slice(0, 80)}' dropped: only https: URLs are kept` };
  }
  return null;
}

function isHttpsUrl(url: string): boolean {
  return url.startsWith('https://') && URL.canParse(url) && new URL(url).protocol === 'https:';
}
