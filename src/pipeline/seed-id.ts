import { sha256 } from './text/sha256.ts';
import { EVENT_ID_MAX_LENGTH, fitEventId } from '../schema/event-id.ts';
import { formatOfName } from './formats/detect-format.ts';

/**
 * Releases are `.txt`, `.md`, `.html`/`.htm` and feed (`.xml`, `.rss`, `.atom`) files;
 * corrections.yaml, a README.md and the like (a folder's notes about itself) are not.
 */
export function isSeedFileName(name: string): boolean {
  return formatOfName(name) !== null && !/^(?:readme|changelog|license|contributing)\.[^.]+$/i.test(name);
}

/**
 * "000_D4ec6a025d7df8af.txt" → "000-d4ec6a025d7df8af"; a feed item "news.xml#https://x.org/a/17"
 * → "news-https-x-org-a-17" (long guids are cut and keep a hash of the whole); a name with no
 * letters or digits → "seed".
 */
export function slugOfFileName(name: string): string {
  const hash = name.indexOf('#');
  if (hash >= 0) {
    const item = slugOf(name.slice(hash + 1));
    const full = `${slugOf(stripFile(name.slice(0, hash)))}-${item}`.replace(/^-+|-+$/g, '');
    return full.length <= 64 ? full || 'seed' : `${full.slice(0, 48).replace(/-+$/, '')}-${sha256(name).slice(0, 8)}`;
  }
  const slug = slugOf(stripFile(name)) || 'seed';
  // A file name longer than an id may be keeps its beginning and a hash of the whole.
  return slug.length <= EVENT_ID_MAX_LENGTH ? slug : fitEventId(slug, sha256(name).slice(0, 8));
}

function stripFile(name: string): string {
  return name.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
}

function slugOf(base: string): string {
  return base
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Event ids for seed files, stable across runs: the slug of the file name; when two names share a
 * slug ("A b.txt", "a-b.txt"), the first in name order keeps it and each later one gets a suffix
 * from a hash of its own name ("a-b-3f9c2e"), which does not depend on which other files exist.
 */
export function assignSeedIds(sortedNames: readonly string[]): Map<string, string> {
  const ids = new Map<string, string>();
  const taken = new Set<string>();
  for (const name of sortedNames) {
    const slug = slugOfFileName(name);
    let id = slug;
    for (let length = 6; taken.has(id); length += 2) id = fitEventId(slug, sha256(name).slice(0, length));
    taken.add(id);
    ids.set(name, id);
  }
  return ids;
}
