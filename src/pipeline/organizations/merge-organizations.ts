import type { Body } from '../../schema/app-files.ts';
import { RENAMED_BODIES } from '../lexicon/renamed-bodies.ts';
import { isGenericName, isMinistryKind, ministryKey, specificFor } from './generic-names.ts';
import { joinAcronymSpellings, joinSeatFreeNames, type KeySets } from './join-same-bodies.ts';
import { nameTokens } from './name-parts.ts';
import { isSpecificOwnedName } from './seat-free-name.ts';
import { bracketedAcronym, organizationKey as keyOf, words } from './organization-key.ts';
import { sha256 } from '../text/sha256.ts';

const MAX_ID = 80;
/** A name that is only an acronym ("CEC", "U.S.C.B.P."): merged with the body that spells it out. */
const BARE_ACRONYM = /^[\p{Lu}][\p{Lu}\p{N}&.-]{1,9}$/u;

/**
 * "us embassy in kazakhstan" → "us-embassy-in-kazakhstan": the URL-safe id of a merged body. Letters
 * outside a–z are dropped; an id that had to be shortened (or lost everything) ends in a hash of
 * the full key, so two bodies never share an id.
 */
export function organizationId(key: string): string {
  const slug = key.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (slug.length > 0 && slug.length <= MAX_ID && slug.replace(/-/g, ' ') === key) return slug;
  const hash = sha256(key).slice(0, 8);
  return slug ? `${slug.slice(0, MAX_ID - 9).replace(/-+$/, '')}-${hash}` : `org-${hash}`;
}

/** An organiser as an event names it, with the gazetteer's place its name ends with, when known. */
export interface OrganizationName {
  name: string;
  seatGeonameId?: number | null;
}

/** Union-find over keys: each decision that two keys are one body joins their sets. */
function keySets(): KeySets {
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let root = parent.get(k) ?? k;
    while (root !== (parent.get(root) ?? root)) root = parent.get(root)!;
    parent.set(k, root);
    return root;
  };
  return { find, join: (a: string, b: string) => void parent.set(find(a), find(b)) };
}

/**
 * Organiser names as written, event by event (in event order) → one body per set of spellings that
 * name it, and each event's bodies as positions in the returned list (sorted by name, as the filter
 * lists them), each once. Spellings are one body when their `organizationKey`s agree (case,
 * punctuation, "US"/"United States"), when they end with one place of the gazetteer ("… in
 * Ashgabad" / "… in Ashgabat"), when the table of renamed bodies says so ("OSCE Centre in Astana" →
 * "OSCE Programme Office in Astana", 2015), when a specific owned name is the one body of that
 * name in a town ("OSCE Border Management Staff College" / "… in Dushanbe", see joinSeatFreeNames),
 * when a spelling spells out, stem by stem, the acronym another gives ("OSCE Secretariat's Action
 * against Terrorism Unit" / "OSCE Action Against Terror Unit (ATU)", see joinAcronymSpellings), or
 * when one is the acronym another gives in brackets ("CEC" / "Central Election Commission (CEC)",
 * and only when no other body gives that acronym).
 * A body is named by its newest name in the table, else by its most frequent spelling.
 */
export function mergeOrganizations(namesPerEvent: readonly (readonly (OrganizationName | string)[])[]): { organizations: Body[]; rows: number[][] } {
  const events = namesPerEvent.map((names) => withoutFragments(names.map((n) => (typeof n === 'string' ? { name: n, seatGeonameId: null } : n))));
  // Thousands of events name a few hundred bodies: each spelling is keyed once per call.
  const keys = new Map<string, string>();
  const organizationKey = (name: string, seat: number | null = null): string => {
    const k = `${seat ?? ''}\u0000${name}`;
    let key = keys.get(k);
    if (key === undefined) keys.set(k, (key = keyOf(name, seat)));
    return key;
  };
  const sets = keySets();
  const acronyms = new Map<string, Set<string>>();
  for (const { name, seatGeonameId } of events.flat()) {
    const key = organizationKey(name);
    if (seatGeonameId) sets.join(`seat:${organizationKey(name, seatGeonameId)}`, key);
    const acronym = bracketedAcronym(name);
    if (acronym) acronyms.set(acronym.toLowerCase(), (acronyms.get(acronym.toLowerCase()) ?? new Set()).add(key));
  }
  for (const { from, to } of RENAMED_BODIES) sets.join(organizationKey(from), organizationKey(to));
  const names = [...new Set(events.flat().map((n) => n.name))];
  joinOwnerFreeNames(names, sets, organizationKey);
  joinMinistrySpellings(names, sets, organizationKey);
  joinSeatFreeNames(names, sets, organizationKey);
  joinAcronymSpellings(names, sets, organizationKey);
  // Acronyms last: one given by two different bodies names neither.
  for (const { name } of events.flat()) {
    const spelled = BARE_ACRONYM.test(name) ? acronyms.get(name.replace(/\./g, '').toLowerCase()) : undefined;
    const roots = new Set([...(spelled ?? [])].map(sets.find));
    if (roots.size === 1) sets.join(organizationKey(name), [...roots][0]!);
  }
  return listBodies(events, (name) => sets.find(organizationKey(name)));
}

/**
 * A fragment that names a kind of body ("OSCE Mission", "OSCE Office", "Interior Ministry") is not a
 * body of its own: it stands for the one specific body of its event that it fits ("OSCE Mission to
 * Skopje", "Ministry of Interior of the Republic of North Macedonia"), never another event's. With
 * none, an owner's fragment is left out of the list; a ministry's kind stays (every country has one,
 * and the release's is meant).
 */
function withoutFragments(names: OrganizationName[]): OrganizationName[] {
  const all = names.map((n) => n.name);
  const out: OrganizationName[] = [];
  for (const n of names) {
    const generic = isGenericName(n.name);
    if (!generic && !isMinistryKind(n.name)) {
      out.push(n);
      continue;
    }
    const specific = specificFor(n.name, all);
    if (specific !== undefined) continue;
    if (!generic) out.push(n);
  }
  // Each event names a body once, however many of its fragments pointed at it.
  return out.filter((n, i) => out.findIndex((o) => o.name === n.name) === i);
}

// "Transnational Threats Department" is the "OSCE Transnational Threats Department" (or "OSCE’s …"):
// a name that can mean one body only with its owner's acronym is that body without it too.
function joinOwnerFreeNames(names: readonly string[], sets: KeySets, organizationKey: (name: string) => string): void {
  const keys = new Set(names.map((n) => organizationKey(n)));
  for (const name of names) {
    if (!isSpecificOwnedName(name)) continue;
    const tokens = nameTokens(name);
    const rest = name.slice(name.indexOf(tokens[0]!) + tokens[0]!.length).replace(/^['’]s/, '').trim();
    if (rest.split(/\s+/).length >= 3 && keys.has(organizationKey(rest))) sets.join(organizationKey(rest), organizationKey(name));
  }
}

// "Austrian Interior Ministry" and "Austrian Federal Ministry of the Interior": one ministry of one country.
function joinMinistrySpellings(names: readonly string[], sets: KeySets, organizationKey: (name: string) => string): void {
  const byKind = new Map<string, string>();
  for (const name of names) {
    const kind = ministryKey(name);
    if (kind === null || kind.split(' ').length < 3) continue;
    const first = byKind.get(kind);
    if (first === undefined) byKind.set(kind, name);
    else sets.join(organizationKey(name), organizationKey(first));
  }
}

/** The spellings of one body being merged, with how often each is used. */
interface Spellings {
  uses: Map<string, number>;
}

function listBodies(events: readonly (readonly OrganizationName[])[], rootOf: (name: string) => string): { organizations: Body[]; rows: number[][] } {
  const byRoot = new Map<string, Spellings>();
  const rootsPerEvent = events.map((names) => {
    const roots: string[] = [];
    for (const { name } of names) {
      const root = rootOf(name);
      let body = byRoot.get(root);
      if (!body) byRoot.set(root, (body = { uses: new Map() }));
      body.uses.set(name, (body.uses.get(name) ?? 0) + 1);
      if (!roots.includes(root)) roots.push(root);
    }
    return roots;
  });
  const ids = new Set<string>();
  const organizations = [...byRoot].map(([root, { uses }]) => {
    // Most used first; on a tie the fuller spelling ("Bosnia and Herzegovina", not "BiH"), then the first seen.
    const variants = [...uses].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length).map(([name]) => name);
    const name = newestName(variants, keyOf) ?? variants[0]!;
    // The id reads as the name; two bodies whose names read alike are told apart by their keys.
    let id = organizationId(words(name));
    if (ids.has(id)) id = organizationId(`${words(name)} ${root}`);
    ids.add(id);
    return { id, name, variants };
  });
  const roots = [...byRoot.keys()];
  const order = organizations.map((_, i) => i).sort((a, b) => organizations[a]!.name.localeCompare(organizations[b]!.name, 'en') || compare(organizations[a]!.id, organizations[b]!.id));
  const position = new Map(order.map((from, to) => [roots[from]!, to]));
  return { organizations: order.map((i) => organizations[i]!), rows: rootsPerEvent.map((rs) => rs.map((r) => position.get(r)!)) };
}

// The spelling of the body's latest name in the table, when the releases use it.
function newestName(variants: readonly string[], organizationKey: (name: string) => string): string | null {
  const renamed = RENAMED_BODIES.filter((r) => variants.some((v) => organizationKey(v) === organizationKey(r.to))).sort((a, b) => b.year - a.year)[0];
  return renamed ? variants.find((v) => organizationKey(v) === organizationKey(renamed.to))! : null;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
