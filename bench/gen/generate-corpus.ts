import { chooseFacts } from './choose-facts.ts';
import { createRng } from './prng.ts';
import { toAnnotation, type ExpectedRelease } from './to-annotation.ts';
import type { VenuePool } from './venue-pool.ts';
import { writeRelease } from './write-release.ts';

export interface GeneratedRelease {
  file: string;
  text: string;
  expected: ExpectedRelease;
}

/**
 * `count` releases from `seed`: pure and deterministic, so a seed names a corpus. Release i depends
 * only on (seed, i), so the first 100 releases of a 10,000-release corpus are the 100-release corpus.
 */
export function generateCorpus(count: number, seed: number, pool: VenuePool): GeneratedRelease[] {
  return Array.from({ length: count }, (_, i) => generateRelease(i, seed, pool));
}

export function generateRelease(index: number, seed: number, pool: VenuePool): GeneratedRelease {
  const rng = createRng(Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35));
  const facts = chooseFacts(rng, pool);
  const text = writeRelease(rng, facts);
  const slug = facts.venue.asciiName.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  const file = `${String(index).padStart(5, '0')}_${slug}-${facts.published.year}.txt`;
  const title = text.slice(0, text.indexOf('\n'));
  const timing = facts.timing.type === 'range' ? 'an explicit range' : facts.timing.days ? `the day count + '${facts.timing.type} today'` : `'began today' without a length`;
  const note = `Generated (seed ${seed}, release ${index}). Dates from ${timing}.${facts.hostTakesPart ? ' The host country takes part.' : ''}`;
  return { file, text, expected: toAnnotation(file, title, facts, note) };
}
