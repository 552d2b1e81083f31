import { chooseFacts } from './choose-facts.ts';
import { createRng } from './prng.ts';
import { toAnnotation, type ExpectedRelease } from './to-annotation.ts';
import type { VenuePool } from './venue-pool.ts';
import { writeRelease } from './write-release.ts';

export interface GeneratedRelease {
  file: string;
  text: string;
  expected: ExpectedRelease;
  /** For a release that tells again of an earlier release's event: that release's file, and how. */
  retells?: { file: string; as: 'republication' | 'another account' };
}

/**
 * The share of releases that tell of the event of the release before them again, so the build
 * exercises the finding of reports of one event (src/pipeline/reports): half of them its text
 * republished under another title, half another account of the same facts in other words.
 */
export const REPORT_RATE = 0.1;

/**
 * `count` releases from `seed`: pure and deterministic, so a seed names a corpus. Release i depends
 * only on (seed, i), so the first 100 releases of a 10,000-release corpus are the 100-release corpus.
 */
export function generateCorpus(count: number, seed: number, pool: VenuePool): GeneratedRelease[] {
  return Array.from({ length: count }, (_, i) => generateRelease(i, seed, pool));
}

export function generateRelease(index: number, seed: number, pool: VenuePool): GeneratedRelease {
  const as = retelling(index, seed);
  if (as !== null) return retold(index, seed, pool, as);
  const rng = rngOf(seed, index);
  const facts = chooseFacts(rng, pool);
  const text = writeRelease(rng, facts);
  const slug = facts.venue.asciiName.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  const file = `${String(index).padStart(5, '0')}_${slug}-${facts.published.year}.txt`;
  const title = text.slice(0, text.indexOf('\n'));
  const timing = facts.timing.type === 'range' ? 'an explicit range' : facts.timing.days ? `the day count + '${facts.timing.type} today'` : `'began today' without a length`;
  const note = `Generated (seed ${seed}, release ${index}). Dates from ${timing}.${facts.hostTakesPart ? ' The host country takes part.' : ''}`;
  return { file, text, expected: toAnnotation(file, title, facts, note) };
}

/** Whether release `index` retells the event of the one before it (never one that itself retells), and how. */
function retelling(index: number, seed: number): 'republication' | 'another account' | null {
  // Its own stream, so whether a release retells another changes nothing in any other release.
  const rng = createRng(Math.imul(seed ^ 0x27d4eb2f, 0x165667b1) ^ Math.imul(index + 1, 0x85ebca6b));
  if (index === 0 || rng.next() >= REPORT_RATE || retelling(index - 1, seed) !== null) return null;
  return rng.next() < 0.5 ? 'republication' : 'another account';
}

function rngOf(seed: number, index: number) {
  return createRng(Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35));
}

/** Release `index` telling of the event of the release before it: republished under another title, or written again from its facts. */
function retold(index: number, seed: number, pool: VenuePool, as: 'republication' | 'another account'): GeneratedRelease {
  const earlier = generateRelease(index - 1, seed, pool);
  const rng = rngOf(seed, index - 1);
  const facts = chooseFacts(rng, pool);
  const again = as === 'republication' ? `${facts.audience.replace(/^./, (c) => c.toUpperCase())} trained in ${facts.topic} (republished)\n${earlier.text.slice(earlier.text.indexOf('\n') + 1)}` : writeRelease(rngOf(seed, index), facts);
  const slug = earlier.file.slice(6, -4);
  const file = `${String(index).padStart(5, '0')}_${slug}-${as === 'republication' ? 'republished' : 'account'}.txt`;
  const title = again.slice(0, again.indexOf('\n'));
  const note = `Generated (seed ${seed}, release ${index}): ${as === 'republication' ? 'the text of' : 'another account of the event of'} release ${index - 1}.`;
  return { file, text: again, expected: toAnnotation(file, title, facts, note), retells: { file: earlier.file, as } };
}
