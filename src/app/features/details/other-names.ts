import type { Venue } from '../../../schema/dataset.ts';
import { foldTerm } from '../../../schema/search-terms.ts';

/** At most this many other names are shown: the venue carries them all for search, a reader needs a few. */
export const MAX_SHOWN_NAMES = 5;

/** A name as compared: folded, without spaces, hyphens and apostrophes ("Ust'-Kamenogorsk" → "ustkamenogorsk"). */
const keyOf = (name: string) => foldTerm(name.replace(/[\s'’ʼ.-]+/g, ''));

/**
 * The other names a venue's town goes by that a reader would know, at most MAX_SHOWN_NAMES: the
 * gazetteer's name when the release spells it otherwise ("Oral" for "Uralsk"), then names that are
 * not respellings of the town's ("Frunze" for Bishkek, "Tselinograd" for Astana: former names,
 * mostly), then respellings ("Bischkek"), leaving out the release's own spelling and inflected
 * forms ("Biskekas" beside "Biskek"). GeoNames does not mark former names; a name far from the
 * town's in letters is the best sign of one. A former name GeoNames spells several ways
 * ("Akmola", "Akmolinsk", "Aqmola") is shown once, and comes before one it spells one way.
 */
export function otherNames(v: Venue): string[] {
  const written = v.city ?? v.region;
  const own = [written, v.name].filter((n): n is string => n !== null).map(keyOf);
  const gazetteerName = v.name !== null && (written === null || keyOf(v.name) !== keyOf(written)) ? [v.name] : [];
  const seen = new Set([...own]);
  const far: { name: string; key: string }[] = [];
  const near: string[] = [];
  for (const name of v.alsoKnownAs ?? []) {
    const key = keyOf(name);
    if (seen.has(key)) continue;
    seen.add(key);
    if (own.every((o) => !isRespelling(key, o, 0.6))) far.push({ name, key });
    else if (!own.some((o) => isInflection(key, o)) && !near.some((n) => isInflection(key, keyOf(n)))) near.push(name);
  }
  return [...gazetteerName, ...formerNames(far, own), ...near].slice(0, MAX_SHOWN_NAMES);
}

/**
 * One name per group of respellings, the largest groups first, then the furthest from the town's
 * own names; each group by its most central spelling (ties: the longer).
 */
function formerNames(far: readonly { name: string; key: string }[], own: readonly string[]): string[] {
  const groups: { name: string; key: string }[][] = [];
  for (const f of far) {
    const group = groups.find((g) => g.some((m) => isRespelling(f.key, m.key)));
    if (group) group.push(f);
    else groups.push([f]);
  }
  const central = (g: readonly { name: string; key: string }[]) => {
    const cost = (m: { key: string }) => g.reduce((sum, o) => sum + distance(m.key, o.key), 0);
    return [...g].sort((a, b) => cost(a) - cost(b) || b.key.length - a.key.length)[0]!.name;
  };
  const nearness = (key: string) => Math.min(...own.map((o) => distance(key, o) / Math.max(key.length, o.length)));
  return groups
    .map((g) => ({ g, apart: nearness(g[0]!.key) }))
    .sort((a, b) => b.g.length - a.g.length || b.apart - a.apart)
    .map(({ g }) => central(g));
}

/** "biskekas" of "biskek": the same name with a case ending of at most two letters. */
function isInflection(key: string, of: string): boolean {
  return key.length > of.length && key.length <= of.length + 2 && key.startsWith(of);
}

/**
 * Whether two keys are one name spelt two ways: at most `share` of their letters differ ("pishpek"
 * ~ "bishkek", not "frunze"). Against the town's own name the bar is higher (0.6): a
 * transliteration into another language ("bisqueque") strays further than two spellings of one
 * former name do from each other.
 */
function isRespelling(a: string, b: string, share = 0.5): boolean {
  return distance(a, b) <= share * Math.max(a.length, b.length);
}

/** Levenshtein distance (names are short: a row at a time). */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row.push(Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    previous = row;
  }
  return previous[b.length]!;
}
