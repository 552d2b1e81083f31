import type { AtlasEvent, Organization, Person, Role, Span, Venue } from '../../schema/dataset.ts';
import type { CorrectableField, Correction } from '../../schema/corrections.ts';
import { countryByCode } from '../lexicon/countries.ts';
import type { LocatedCorrection } from './read-corrections.ts';

export type Applied = { ok: true; event: AtlasEvent } | { ok: false; warning: string };

// The span each scalar fact was read from: a corrected fact is no longer read from the text.
const PROVENANCE: Partial<Record<CorrectableField, keyof AtlasEvent['provenance']>> = {
  title: 'title', startDate: 'startDate', endDate: 'endDate', durationDays: 'durationDays', kind: 'kind',
  participantCount: 'participantCount', imageUrl: 'imageUrl',
};

/** The event as it is being corrected: a shallow copy whose lists are replaced, never changed in place. */
type Draft = Record<string, unknown> & AtlasEvent;
/** A step of a correction: the fields it corrected, or why it cannot be applied. */
type Step = { fields: string[] } | { problem: string };

/**
 * One correction applied to the event it names, or a warning naming its line when it cannot be
 * applied without guessing: the text changed since it was written (`textSha256` differs), or it
 * removes or renames a fact the event does not have. `set` replaces a field; `add` appends venues
 * (by place name, resolved beforehand), roles of countries, organisers, organisations and people;
 * `remove: [countries.IR]` drops Iran, `countries.AF.organizer` only that role; `rename` renames a
 * body (merging it with one already of that name) or a person, or fixes a person's role. Each
 * corrected fact is listed in `corrections` with the note, loses its source span and any derivation of it.
 * "set: { participantCount: { value: 65, qualifier: exact } }" → participantCount 65, corrections
 * [{ field: "participantCount", note }]; "add: { countries: { AF: [participant] } }" → corrections
 * [{ field: "countries.AF.participant", note }].
 */
export function applyCorrection(event: AtlasEvent, located: LocatedCorrection, file = 'corrections.yaml'): Applied {
  const { correction: c, line } = located;
  const at = `${file} line ${line} (${c.file})`;
  if (c.textSha256 && c.textSha256 !== event.source.sha256) {
    return { ok: false, warning: `${at}: not applied: the release's text changed since the correction was written (textSha256 ${c.textSha256.slice(0, 12)}…, now ${event.source.sha256.slice(0, 12)}…); check it and update textSha256` };
  }
  const next = { ...event, provenance: { ...event.provenance } } as Draft;
  const fields: string[] = [];
  for (const step of [setFacts(next, c, located.places), addFacts(next, c, located.places), removeFacts(next, c), renameFacts(next, c)]) {
    if ('problem' in step) return { ok: false, warning: `${at}: not applied: ${step.problem}` };
    fields.push(...step.fields);
  }
  for (const field of fields) {
    const provenance = PROVENANCE[field as CorrectableField];
    if (provenance) (next.provenance as Record<string, unknown>)[provenance] = null;
  }
  keepDatesConsistent(next, fields);
  const touched = (f: string) => fields.some((x) => f === x || f.startsWith(`${x}.`) || x.startsWith(`${f}.`));
  next.derivations = event.derivations.filter((d) => !touched(d.field));
  next.corrections = [...(event.corrections ?? []), ...fields.map((field) => ({ field, note: c.note }))];
  return { ok: true, event: next };
}

function setFacts(event: Draft, c: Correction, places: LocatedCorrection['places']): Step {
  const fields: string[] = [];
  for (const [field, value] of Object.entries(c.set ?? {})) {
    if (value === undefined) continue;
    if (field === 'venues') {
      const venues = venuesOf(value as readonly (string | Venue)[], places);
      if (typeof venues === 'string') return { problem: venues };
      event.venues = venues;
    } else {
      event[field] = value;
    }
    fields.push(field);
  }
  return { fields };
}

function addFacts(event: Draft, c: Correction, places: LocatedCorrection['places']): Step {
  const add = c.add ?? {};
  const fields: string[] = [];
  if (add.venues) {
    const venues = venuesOf(add.venues, places);
    if (typeof venues === 'string') return { problem: venues };
    event.venues = [...event.venues, ...venues];
    fields.push('venues');
  }
  for (const [code, roles] of Object.entries(add.countries ?? {})) {
    const problem = addRoles(event, code, roles);
    if (problem) return { problem };
    fields.push(...roles.map((r) => `countries.${code}.${r}`));
  }
  for (const list of ['organizers', 'organizations'] as const) {
    const names = add[list];
    if (!names) continue;
    const fresh = names.filter((n) => !event[list].some((o) => sameName(o.name, n)));
    if (fresh.length === 0) return { problem: `the event already has the ${list} ${names.map((n) => `'${n}'`).join(', ')}` };
    event[list] = [...event[list], ...fresh.map((name): Organization => ({ name, countryCode: null, span: spanOf(event, name) }))];
    fields.push(list);
  }
  if (add.people) {
    event.people = [...event.people, ...add.people.map((p): Person => ({ name: p.name, role: p.role ?? null, span: spanOf(event, p.name) }))];
    fields.push('people');
  }
  return { fields };
}

/** Adds roles of a country, and the country when the event does not name it; a message when it has them all already. */
function addRoles(event: Draft, code: string, roles: readonly Role[]): string | null {
  const country = event.countries.find((x) => x.code === code);
  if (country) {
    const missing = roles.filter((r) => !country.roles.includes(r));
    if (missing.length === 0) return `${country.name} already has the role${roles.length > 1 ? 's' : ''} ${roles.join(', ')}`;
    const span = country.evidence[0]!.span;
    const evidence = missing.map((role) => ({ role, span, reason: 'added by hand' }));
    event.countries = event.countries.map((x) => (x === country ? { ...x, roles: [...x.roles, ...missing], evidence: [...x.evidence, ...evidence] } : x));
    return null;
  }
  const entry = countryByCode(code);
  if (!entry) return `'${code}' is not a country code (ISO 3166-1 alpha-2)`;
  const span = spanOf(event, entry.name);
  event.countries = [...event.countries, { code, name: entry.name, roles: [...roles], evidence: roles.map((role) => ({ role, span, reason: 'added by hand' })) }];
  return null;
}

function removeFacts(event: Draft, c: Correction): Step {
  const fields: string[] = [];
  for (const path of c.remove ?? []) {
    const problem = removeFact(event, path);
    if (problem !== null) return { problem };
    fields.push(path);
  }
  return { fields };
}

/** Removes `field`, `field.KEY` or `countries.XX.ROLE` from the event; a message when there is no such fact. */
function removeFact(event: Draft, path: string): string | null {
  const dot = path.indexOf('.');
  const field = dot < 0 ? path : path.slice(0, dot);
  const key = dot < 0 ? undefined : path.slice(dot + 1);
  const value = event[field];
  if (key === undefined) {
    if (value === undefined) return `'${field}' is not a field of an event`;
    event[field] = Array.isArray(value) ? [] : null;
    return null;
  }
  if (field === 'countries' && key.includes('.')) return removeRole(event, key.slice(0, 2), key.slice(3) as Role);
  if (!Array.isArray(value)) return `'${field}' is not a list, so '${path}' names nothing`;
  const index = value.findIndex((item: Record<string, unknown>, i) => String(i) === key || item['code'] === key || item['id'] === key || namesItem(item, key));
  if (index < 0) return `the event has no '${path}' to remove`;
  event[field] = value.filter((_, i) => i !== index);
  return null;
}

/** One role of a country: the country stays, named without that role (its evidence for it kept as a mention). */
function removeRole(event: Draft, code: string, role: Role): string | null {
  const country = event.countries.find((x) => x.code === code);
  if (!country?.roles.includes(role)) return `the event has no country ${code} in the role ${role} to remove`;
  const evidence = country.evidence.map((e) => (e.role === role ? { ...e, role: null } : e));
  event.countries = event.countries.map((x) => (x === country ? { ...x, roles: x.roles.filter((r) => r !== role), evidence } : x));
  return null;
}

function renameFacts(event: Draft, c: Correction): Step {
  const rename = c.rename ?? {};
  const fields: string[] = [];
  for (const list of ['organizers', 'organizations'] as const) {
    for (const [from, to] of Object.entries(rename[list] ?? {})) {
      const at = event[list].findIndex((o) => sameName(o.name, from));
      if (at < 0) return { problem: `the event has no ${list === 'organizers' ? 'organiser' : 'organisation'} '${from}' to rename` };
      // A body renamed to one the event already has is that body: the two are merged into the first.
      const renamed = event[list].map((o, i) => (i === at ? { name: to, countryCode: o.countryCode, span: o.span } : o));
      event[list] = renamed.filter((o, i) => renamed.findIndex((x) => sameName(x.name, o.name)) === i);
      fields.push(`${list}.${from}`);
    }
  }
  for (const [from, fix] of Object.entries(rename.people ?? {})) {
    const person = event.people.find((p) => sameName(p.name, from));
    if (!person) return { problem: `the event has no person '${from}' to rename` };
    const { name = person.name, role = person.role } = typeof fix === 'string' ? { name: fix } : fix;
    event.people = event.people.map((p) => (p === person ? { ...p, name, role } : p));
    event.quotes = event.quotes.map((q) => (q.speaker !== null && sameName(q.speaker, from) ? { ...q, speaker: name, role } : q));
    fields.push(`people.${from}`);
  }
  return { fields };
}

/** Venues given as venues or by place name, each name resolved beforehand (resolveCorrectionPlaces). */
function venuesOf(given: readonly (string | Venue)[], places: LocatedCorrection['places']): Venue[] | string {
  const out: Venue[] = [];
  for (const v of given) {
    if (typeof v !== 'string') out.push(v);
    else if (places?.has(v)) out.push(places.get(v)!);
    else return `the place '${v}' was not resolved by the gazetteer`;
  }
  return out;
}

/** Whether a list item (a body, person or venue) goes by this name: "UNODC", "Kasese", "Kasese, UG". */
function namesItem(item: Record<string, unknown>, key: string): boolean {
  const [town, code] = key.split(',').map((s) => s.trim());
  if (item['precision'] === 'country' && item['countryCode'] === key) return true;
  const names = [item['name'], item['city'], item['region']].filter((n): n is string => typeof n === 'string');
  return names.some((n) => sameName(n, town!)) && (code === undefined || item['countryCode'] === code);
}

function sameName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** Where the text names what was added by hand (its first mention), or an empty span at its start when it does not. */
function spanOf(event: AtlasEvent, name: string): Span {
  const at = event.source.text.indexOf(name);
  return at < 0 ? { start: 0, end: 0 } : { start: at, end: at + name.length };
}

/** `dates.start`/`dates.end` are null exactly when the day is: a day set by hand is a stated one. */
function keepDatesConsistent(event: Draft, fields: readonly string[]): void {
  if (fields.includes('dates')) return;
  const dates = { ...event.dates };
  if (fields.includes('startDate')) dates.start = event.startDate === null ? null : 'stated';
  if (fields.includes('endDate')) dates.end = event.endDate === null ? null : 'stated';
  event.dates = dates;
}
