import { findCountryMentions } from '../lexicon/countries.ts';
import { INTERNATIONAL_BODIES, INTERNATIONAL_MARKERS, NATIONAL_HEADS } from '../lexicon/organization-words.ts';
import { remembered } from '../text/remembered.ts';

/**
 * The country a body belongs to, read from its name: "US Embassy in Kazakhstan" → US, "Embassy of
 * Afghanistan in Turkmenistan" → AF ("in X" is where it sits, not whose it is), "Canadian Embassy" →
 * CA. International bodies (OSCE, Interpol, "International …") → null. A state body with no
 * country in its name ("the Interior Ministry") → the host country; an embassy with none → null.
 */
export function organizationCountry(name: string, hostCode: string | null): string | null {
  const read = nameCountry(name);
  return read.hosts ? hostCode : read.country;
}

/** The country named in a body's name as its owner, not as its seat; null when none is. */
export function ownerMention(name: string): string | null {
  return nameCountry(name).owner;
}

interface NameCountry {
  /** ownerMention's answer. */
  owner: string | null;
  /** organizationCountry's answer where the name alone gives it. */
  country: string | null;
  /** A state body with no country in its name: the host's. */
  hosts: boolean;
}

// What a body's name says of its country: pure, and asked of the same bodies by every sentence and
// role that reads them, release after release (findCountryMentions' own memory is cleared by the
// whole texts it is also asked): remembered by name (cleared when full).
const nameCountry = remembered(readNameCountry);

function readNameCountry(name: string): NameCountry {
  const owner = readOwner(name);
  if (INTERNATIONAL_BODIES.has(name) || INTERNATIONAL_MARKERS.test(name)) return { owner, country: null, hosts: false };
  if (owner) return { owner, country: owner, hosts: false };
  const words = name.replace(/\s*\(.*\)$/, '').split(/\s+/).map((w) => w.replace(/['’]s$/, ''));
  return { owner, country: null, hosts: words.some((w) => NATIONAL_HEADS.has(w)) };
}

function readOwner(name: string): string | null {
  // "the Border Management Northern Somalia project": a project is named for where it works.
  if (/\b(?:project|programme|program|initiative)\b(?:\s*\([^)]*\))?$/i.test(name)) return null;
  for (const mention of findCountryMentions(name)) {
    if (/\b(?:in|to)\s+(?:the\s+)?$/.test(name.slice(0, mention.start))) continue;
    return mention.code;
  }
  return null;
}
