import type { Body } from '../../../schema/app-files.ts';
import type { Organization, Span } from '../../../schema/dataset.ts';

/** An organiser as the details panel lists it: one body, under the name the build merged it to. */
export interface NamedOrganizer {
  /** The body's merged name ("OSCE Programme Office in Astana"), or the name as written when the build merged none. */
  name: string;
  /** The release's other spellings of it ("OSCE Centre in Astana"), each once, in text order. */
  written: string[];
  /** Whether the release also wrote the merged name itself. */
  alsoAsNamed: boolean;
  countryCode: string | null;
  /** Where the release names it, every spelling. */
  spans: Span[];
}

/**
 * An event's organisers as written → one entry per body, named as the build step merged them
 * (`bodies`: the event's bodies from the summary; each mention's `bodyId` names its body).
 * "OSCE Centre in Astana" with the body {name: "OSCE Programme Office in Astana", variants: [… ,
 * "OSCE Centre in Astana"]} → "OSCE Programme Office in Astana", written "OSCE Centre in Astana".
 * A spelling no body lists keeps its own name. Nothing is merged here: the app only looks up.
 */
export function namedOrganizers(organizers: readonly Organization[], bodies: readonly Body[]): NamedOrganizer[] {
  const entries = new Map<string, NamedOrganizer>();
  for (const o of organizers) {
    // The build carried the body's id on the mention (withBodyIds): followed, never looked up by name.
    const name = (o.bodyId === undefined ? undefined : bodies.find((b) => b.id === o.bodyId)?.name) ?? o.name;
    let entry = entries.get(name);
    if (!entry) entries.set(name, (entry = { name, written: [], alsoAsNamed: false, countryCode: o.countryCode, spans: [] }));
    entry.spans.push(o.span);
    if (o.name === name) entry.alsoAsNamed = true;
    else if (!entry.written.includes(o.name)) entry.written.push(o.name);
  }
  return [...entries.values()];
}
