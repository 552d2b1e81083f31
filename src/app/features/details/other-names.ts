import type { Venue } from '../../../schema/dataset.ts';
import { foldTerm } from '../../../schema/search-terms.ts';

/**
 * The other names a venue's town goes by, as a reader can check why a search for one of them
 * found the event: the gazetteer's name when the release spells it otherwise ("Oral" for
 * "Uralsk"), then GeoNames' other names, leaving out the spelling the release used.
 */
export function otherNames(v: Venue): string[] {
  const written = v.city ?? v.region;
  const same = (a: string, b: string) => foldTerm(a.replace(/[\s'’-]+/g, '')) === foldTerm(b.replace(/[\s'’-]+/g, ''));
  const names = [...(v.name ? [v.name] : []), ...(v.alsoKnownAs ?? [])];
  return names.filter((n, i) => (written === null || !same(n, written)) && names.findIndex((m) => same(m, n)) === i);
}
