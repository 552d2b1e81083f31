import { metadataDate } from './metadata-date.ts';
import type { ReleaseMetadata } from './release.ts';

interface Doc {
  querySelector(selector: string): { getAttribute(name: string): string | null; textContent: string | null } | null;
  querySelectorAll(selector: string): ArrayLike<{ getAttribute(name: string): string | null; textContent: string | null }>;
}

export interface PageMetadata extends ReleaseMetadata {
  title: string | null;
}

/**
 * What a saved page says about itself, read before anything is removed: title from og:title, then
 * the first <h1>, then <title>; the date from article:published_time, then JSON-LD datePublished,
 * then the first <time datetime>; og:image when https; the canonical URL (or og:url) when http(s).
 */
export function pageMetadata(doc: Doc): PageMetadata {
  const meta = (property: string) => clean(doc.querySelector(`meta[property="${property}"], meta[name="${property}"]`)?.getAttribute('content'));
  const title = meta('og:title') ?? clean(doc.querySelector('h1')?.textContent) ?? clean(doc.querySelector('title')?.textContent);
  const candidates: [string | null, string][] = [
    [meta('article:published_time'), 'article:published_time'],
    [jsonLdDatePublished(doc), 'JSON-LD datePublished'],
    [clean(doc.querySelector('time[datetime]')?.getAttribute('datetime')), '<time datetime>'],
  ];
  const found = candidates.find(([written]) => metadataDate(written) !== null);
  return {
    title,
    publishedDate: found ? metadataDate(found[0]) : null,
    publishedFrom: found ? `the page's ${found[1]} '${found[0]}'` : null,
    url: webUrl(clean(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')) ?? meta('og:url'), /^https?:$/),
    imageUrl: webUrl(meta('og:image'), /^https:$/),
  };
}

/** An absolute URL with an allowed protocol, else null: `javascript:` and relative paths never pass. */
export function webUrl(value: string | null | undefined, protocol: RegExp): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return protocol.test(url.protocol) && url.hostname !== '' ? url.href : null;
  } catch {
    return null;
  }
}

function clean(value: string | null | undefined): string | null {
  const s = value?.replace(/\s+/g, ' ').trim();
  return s ? s : null;
}

/** The first `datePublished` in any JSON-LD block (top level, in an array, or in `@graph`); JSON is parsed, never run. */
function jsonLdDatePublished(doc: Doc): string | null {
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    let data: unknown;
    try {
      data = JSON.parse(scripts[i]!.textContent ?? '');
    } catch {
      continue;
    }
    const found = findKey(data, 'datePublished', 0);
    if (found) return found;
  }
  return null;
}

function findKey(value: unknown, key: string, depth: number): string | null {
  if (depth > 8 || value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findKey(item, key, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const record = value as Record<string, unknown>;
  if (typeof record[key] === 'string') return record[key];
  for (const child of Object.values(record)) {
    const found = findKey(child, key, depth + 1);
    if (found) return found;
  }
  return null;
}
