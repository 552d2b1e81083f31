import { createHash } from 'node:crypto';
import type { Organization } from '../../schema/app-files.ts';
import { organizationKey } from './organization-key.ts';

const MAX_ID = 80;

/**
 * "us embassy in kazakhstan" → "us-embassy-in-kazakhstan": the URL-safe id of a merged body. Letters
 * outside a–z are dropped; an id that had to be shortened (or lost everything) ends in a hash of
 * the full key, so two bodies never share an id.
 */
export function organizationId(key: string): string {
  const slug = key.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (slug.length > 0 && slug.length <= MAX_ID && slug.replace(/-/g, ' ') === key) return slug;
  const hash = createHash('sha256').update(key).digest('hex').slice(0, 8);
  return slug ? `${slug.slice(0, MAX_ID - 9).replace(/-+$/, '')}-${hash}` : `org-${hash}`;
}

interface Merged extends Organization {
  /** Spelling → events naming it. */
  uses: Map<string, number>;
}

/**
 * Organiser names as written, event by event (in event order) → one body per `organizationKey`,
 * named by its most frequent spelling (the first seen on a tie), and each event's bodies as
 * positions in the returned list (sorted by name, as the filter lists them), each once.
 */
export function mergeOrganizations(namesPerEvent: readonly (readonly string[])[]): { organizations: Organization[]; rows: number[][] } {
  const byKey = new Map<string, Merged>();
  const keysPerEvent = namesPerEvent.map((names) => {
    const keys: string[] = [];
    for (const name of names) {
      const key = organizationKey(name);
      let body = byKey.get(key);
      if (!body) byKey.set(key, (body = { id: organizationId(key), name, variants: [], uses: new Map() }));
      body.uses.set(name, (body.uses.get(name) ?? 0) + 1);
      if (!keys.includes(key)) keys.push(key);
    }
    return keys;
  });
  const organizations = [...byKey.values()].map(({ id, uses }) => {
    // Map order is first-seen order, and the sort is stable: ties keep the first spelling.
    const variants = [...uses].sort((a, b) => b[1] - a[1]).map(([name]) => name);
    return { id, name: variants[0]!, variants };
  });
  const keys = [...byKey.keys()];
  const order = organizations.map((_, i) => i).sort((a, b) => organizations[a]!.name.localeCompare(organizations[b]!.name, 'en') || compare(organizations[a]!.id, organizations[b]!.id));
  const position = new Map(order.map((from, to) => [keys[from]!, to]));
  return { organizations: order.map((i) => organizations[i]!), rows: keysPerEvent.map((ks) => ks.map((k) => position.get(k)!)) };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
