import type { AtlasEvent, Kind, Span } from '../../schema/dataset.ts';
import { placeLabel } from '../../vocabulary/place-label.ts';
import type { Sentence } from '../text/sentences.ts';
import type { Decision } from '../../schema/evidence.ts';
import type { Gazetteer } from '../gazetteer/place.ts';
import { analyzeRelease, type ReleaseAnalysis } from './analyze-release.ts';
import { bodySentences } from './body-sentences.ts';
import { extractDateline } from './dateline.ts';
import { decideCountries } from './countries.ts';
import { extractWhen } from './extract-when.ts';
import { extractWhere, type Where } from './extract-where.ts';
import { extractImage } from './image.ts';
import { extractKind } from './kind.ts';
import { withSeat } from './organization-seat.ts';
import { extractOrganizations } from './organizations.ts';
import { decideParticipantCount } from './participant-count.ts';
import { extractPeopleAndQuotes } from './people.ts';
import { extractTitle } from './title.ts';
import { extractTopics } from './topics.ts';
import { oneTownOf } from './one-town-of-several.ts';
import { countAbsences, factAbsences, factDecisions } from './date-count-facts.ts';

export interface ExtractContext {
  /** File name, for messages only: extraction never depends on it. */
  file: string;
  gazetteer: Gazetteer;
  /** What the page or feed said outside the text (src/pipeline/formats); absent for a .txt release. */
  metadata?: { publishedDate: string | null; publishedFrom: string | null; imageUrl: string | null };
}

/** Everything in an event except what the build step adds (id, source). */
export type ExtractedEvent = Omit<AtlasEvent, 'id' | 'source'>;

export type ExtractResult =
  | { ok: true; event: ExtractedEvent }
  /** reason: a sentence a person can act on; line: 1-based, where known. */
  | { ok: false; reason: string; line: number | null };

/**
 * Pure: (normalised text, context) → event or a rejection. Does not throw on any text (a property
 * test holds it to that, and a throw is a bug it reports rather than a rejection it hides).
 * `text` has had its BOM removed and line endings normalised to \n; spans index into it.
 * A release is rejected only when it has no title (or opens with its dateline); everything else,
 * even with no date or no place, becomes an event, with warnings to check.
 */
export function extractEvent(text: string, ctx: ExtractContext): ExtractResult {
  const title = extractTitle(text);
  if (!title) return { ok: false, reason: 'the release is empty: expected a title on the first line', line: 1 };
  const dateline = extractDateline(text);
  // A release that opens with its dateline has no title; the dateline must not be taken for one.
  if (dateline && dateline.line <= title.line) {
    return { ok: false, reason: `line ${dateline.line}: expected a title line before the dateline`, line: dateline.line };
  }
  // Read once: sentences, country and body mentions, shared by every extractor below.
  const release = analyzeRelease(text);
  const body = bodySentences(release.sentences, title.span.end);
  const meta = ctx.metadata;
  const metaDate = meta?.publishedDate ? { iso: meta.publishedDate, from: meta.publishedFrom ?? 'the release\'s metadata' } : undefined;
  const when = extractWhen(text, dateline, body, metaDate);
  const where = extractWhere(release, dateline, body, ctx.gazetteer, title);
  const kind = extractKind([...body.slice(0, 1), { text: title.value, start: title.span.start }, ...body.slice(1, 3)]);
  const counted = decideParticipantCount(body, { text: title.value, start: title.span.start, end: title.span.end, line: title.line }, where.venues);
  const length = seriesLength(when, where, body, text);
  const count = counted.chosen;
  const image = extractImage(text);
  const { who, countryRoles, organizerDecision } = extractWho(release, where, ctx.gazetteer);
  const event: ExtractedEvent = {
    title: title.value,
    // An image in the text is the release's own; og:image stands in when it has none.
    imageUrl: image?.ok ? image.url : (meta?.imageUrl ?? null),
    kind: kind?.kind ?? ('event' satisfies Kind),
    startDate: when.startDate,
    endDate: when.endDate,
    durationDays: length.durationDays,
    dates: when.dates,
    publishedDate: when.publishedDate,
    venues: where.venues,
    participantCount: count ? { value: count.count, qualifier: count.qualifier } : null,
    ...who,
    topics: extractTopics(text),
    provenance: {
      title: title.span,
      ...when.spans,
      durationDays: length.span,
      kind: kind?.span ?? null,
      participantCount: count?.span ?? null,
      imageUrl: image?.ok ? image.span : null,
    },
    derivations: [...when.derivations, ...where.derivations],
    // Keys in the schema's order (warnings before decisions): a cached event is spliced as extracted
    // and a fresh one as the schema parses it, and the two must be the same bytes.
    warnings: [...when.warnings, ...where.warnings, ...length.warnings, ...(image && !image.ok ? [image.warning] : [])],
    // How the venues, dates and count were decided, and why one is null: what "Why here?" and the reasons read.
    ...factDecisions([where.decision, when.decision, counted.decision, countryRoles, organizerDecision]),
    ...factAbsences([...(where.absence ? [where.absence] : []), ...when.absences, ...countAbsences(counted)]),
  };
  return { ok: true, event };
}

/**
 * An event held in several places with no days stated: a length said of one of them ("just back from
 * a three-day seminar … held in Antigua") is that place's event's, not the whole's, so the whole has none.
 */
function seriesLength(when: ReturnType<typeof extractWhen>, where: Where, body: readonly Sentence[], text: string): { durationDays: number | null; span: Span | null; warnings: string[] } {
  const span = when.spans.durationDays;
  const kept = { durationDays: when.durationDays, span, warnings: [] };
  if (when.durationDays === null || span === null || when.startDate !== null || when.endDate !== null) return kept;
  const town = oneTownOf(where.venues, body, span);
  if (!town) return kept;
  return { durationDays: null, span: null, warnings: [`no length: '${text.slice(span.start, span.end)}' is said of the event in ${placeLabel(town)}, one of the places it was held in`] };
}

// Who took part, organised and spoke: the other extractors, given the host (venue) country.
function extractWho(
  release: ReleaseAnalysis,
  where: Where,
  gazetteer: Gazetteer,
): { who: Pick<ExtractedEvent, 'countries' | 'organizers' | 'organizations' | 'people' | 'quotes'>; countryRoles: Decision | null; organizerDecision: Decision | null } {
  // The first place's country hosts the event; a study visit abroad is hosted abroad.
  const host = where.venues[0] ?? null;
  const hostCode = host?.countryCode ?? null;
  const found = extractOrganizations(release, { hostCode });
  // Each body with the town its name ends with, so the build can merge spellings of one office.
  const organizers = found.organizers.map((o) => withSeat(o, gazetteer));
  const organizations = found.organizations.map((o) => withSeat(o, gazetteer));
  const hostSpan = host?.span && hostCode ? { hostSpan: host.span } : {};
  const { countries, decision } = decideCountries(release, { hostCode, organizers, ...hostSpan });
  const { people, quotes } = extractPeopleAndQuotes(release.text, release.sentences);
  return { who: { countries, organizers, organizations, people, quotes }, countryRoles: decision, organizerDecision: found.decision };
}
