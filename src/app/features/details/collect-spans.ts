import type { AtlasEvent, Span } from '../../../schema/dataset.ts';

/** Every span the build step recorded for an event: what the source text marks. */
export function collectSpans(e: AtlasEvent): Span[] {
  return [
    ...Object.values(e.provenance).filter((s): s is Span => s !== null),
    ...e.countries.flatMap((c) => c.evidence.map((x) => x.span)),
    ...[...e.organizers, ...e.organizations, ...e.people, ...e.quotes].map((x) => x.span),
    ...e.topics.flatMap((t) => t.spans),
  ];
}
