import type { Gazetteer } from '../gazetteer/place.ts';
import { findInstitutionSeat, namesInstitution } from '../gazetteer/institution-seats.ts';
import type { Sentence } from '../text/sentences.ts';
import { cityVenue } from './venue.ts';
import { findSitePhrases } from './venue-candidates.ts';
import { contextFeatures } from './venue-context.ts';
import type { PlaceMention } from './venue-mentions.ts';

// A site the event was held at is named near the top: the title and the first sentences.
const SITE_SENTENCES = 4;

/**
 * The towns of the sites the title or the first sentences say the event was held at or visited
 * ("visited CARICC", "a course at the Fiji Police Academy", "will take place at the High School of
 * Justice" in a release about Georgia), when the table of institutions' seats knows the site's one
 * seat: the town is the venue, said as such. A site the table does not know stays a name (the
 * unknown-place reason); a body's nation is never taken for its seat.
 */
export function institutionMentions(
  title: { value: string; start: number },
  body: readonly Sentence[],
  textCountries: ReadonlySet<string>,
  gazetteer: Gazetteer,
  releaseYear: number | null,
): PlaceMention[] {
  const segments = [{ text: title.value, start: title.start, kind: 'title' as const, lead: false }, ...body.slice(0, SITE_SENTENCES).map((s, i) => ({ text: s.text, start: s.start, kind: 'body' as const, lead: i === 0 }))];
  const out: PlaceMention[] = [];
  for (const seg of segments) {
    if (!namesInstitution(seg.text)) continue;
    for (const site of findSitePhrases(seg.text, seg.start)) {
      const seat = findInstitutionSeat(site.name, textCountries);
      if (!seat) continue;
      const place = gazetteer.geocode(seat.town, { countryCodes: [seat.countryCode] });
      if (!place || place.countryCode !== seat.countryCode || place.match !== undefined) continue;
      const at = site.span.start - seg.start;
      // The sentence's own context still counts: a site visited last year is background.
      const context = contextFeatures({ text: seg.text, start: at, end: at + site.name.length, kind: seg.kind, lead: seg.lead, releaseYear }).filter((f) => f !== 'in-place' && f !== 'event-in');
      const reason = `'${site.name}' has one seat, ${place.name} (the table of institutions' seats): the text names no town`;
      out.push({ venue: { ...cityVenue(place.name, place, site.span), reason }, name: site.name, span: site.span, features: ['institution-seat', ...context] });
    }
  }
  return out;
}
