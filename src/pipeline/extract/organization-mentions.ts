import { findCountryMentions } from '../lexicon/countries.ts';
import {
  HEAD_WORDS,
  IN_PHRASE_NOUNS,
  INTERNATIONAL_BODIES,
  NGO_PREFIX,
  OSCE_ONLY_HEADS,
  PLURAL_HEADS,
  TITLE_WORDS,
} from '../lexicon/organization-words.ts';
import { matchesOf } from '../text/matches-of.ts';
import { remembered } from '../text/remembered.ts';
import { wordCapitalMatches } from '../text/word-capitals.ts';

export interface OrganizationMention {
  /** The name as written, without a leading "the" or a trailing "'s" ("OSCE Centre in Astana"). */
  name: string;
  start: number;
  end: number;
}

interface Token {
  text: string;
  start: number;
  end: number;
}

// A run of capitalised words joined by spaces or by "of/for/and/on/in/to/against/under (the)", one line
// at most: "Border Service of the National Security Committee", "OSCE Mission to Bosnia and
// Herzegovina", "Action against Terrorism Unit", "Academy under the President", "OS/Borders Team".
// Sticky: findOrganizationMentions tries it only where a capital opens a word (wordCapitalMatches), the
// only places its lookbehind and first capital let it match.
const CAP = String.raw`(?:(?:\p{Lu}\.){2,}|\p{Lu}[\p{L}\p{M}]*(?:[-‑/][\p{L}\p{M}]+)*(?:['’]s)?)`;
const SEP = String.raw`[ \t]+(?:(?:of|for|and|on|in|to|against|under)[ \t]+(?:the[ \t]+)?)?`;
const CHAIN = new RegExp(String.raw`(?<![\p{L}\p{N}])${CAP}(?:${SEP}${CAP})*`, 'uy');
const CONNECTORS = new Set(['of', 'for', 'and', 'on', 'in', 'to', 'the', 'against', 'under']);
// Words that open a complement of a body's name: "Office of …", "Office for …", "Office on Drugs and
// Crime", "Department against …", "Agency under the President".
const COMPLEMENT: ReadonlySet<string> = new Set(['of', 'for', 'on', 'against', 'under']);
const ACRONYM = /^(?:(?:\p{Lu}\.){2,}|\p{Lu}{2,}(?:['’]s)?)$/u;
// "(UNODC)", "(LAC4)": an acronym may end in a number.
const ACRONYM_AFTER = /^[ \t]*\(\p{Lu}[\p{L}\-]*\d?\)/u;

/**
 * Every named body in `text`, in order, repeats included: runs of capitalised words that end in a
 * body's head noun ("State Revenues Committee of the Finance Ministry"), with a person's title cut off
 * ("Head of the OSCE Centre in Astana" → "OSCE Centre in Astana"), a parenthesised acronym kept
 * ("… Human Rights (ODIHR)"), and one-word international bodies ("Interpol").
 */
export function findOrganizationMentions(text: string): OrganizationMention[] {
  const mentions: OrganizationMention[] = [];
  // Every chain of the text, as a global CHAIN's matchAll gives them (wordCapitalMatches: tried only
  // where a capital opens a word); the parts of a chain split at "and", then at "to", then at "under",
  // in order, as flatMap gives them, with loops (this runs for every capitalised word of every release).
  for (const chain of wordCapitalMatches(CHAIN, text)) {
    const tokens = [...numberedHeadBefore(text, chain.index), ...wordsAt(chain[0], chain.index)];
    const spanned = acronymSpan(tokens, text.slice(chain.index + chain[0].length));
    for (const byAnd of splitAtAnd(tokens, spanned)) {
      for (const byTo of splitAtTo(byAnd)) {
        for (const part of splitAtUnder(byTo, text)) {
          const mention = readName(text, part) ?? projectName(text, part);
          if (mention) mentions.push(withListedComplement(text, mention));
        }
      }
    }
  }
  mentions.push(...findNgoNames(text), ...findPluralBodies(text), ...findCountryOffices(text));
  // "(ODIHR)" after "… Human Rights" is part of that name, not a second body.
  const inside = insideLonger(mentions);
  return mentions.filter((m) => !inside(m)).sort((a, b) => a.start - b.start);
}

// The runs of non-space characters of a chain (what /\S+/g finds: a chain's only spaces are the
// spaces and tabs between its words), with their places in the text, the chain starting at `at`.
function wordsAt(chain: string, at: number): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < chain.length) {
    while (i < chain.length && (chain[i] === ' ' || chain[i] === '\t')) i++;
    if (i === chain.length) break;
    const start = i;
    while (i < chain.length && chain[i] !== ' ' && chain[i] !== '\t') i++;
    tokens.push({ text: chain.slice(start, i), start: at + start, end: at + i });
  }
  return tokens;
}

// Whether another mention holds a mention and is longer: one that starts before it and ends at or after
// its end, or starts with it and ends after it. Read from the mentions sorted by start, not by comparing
// every pair (a long release names hundreds of bodies).
function insideLonger(mentions: readonly OrganizationMention[]): (m: OrganizationMention) => boolean {
  const starts = [...new Set(mentions.map((m) => m.start))].sort((a, b) => a - b);
  // For each start: the furthest end of a mention starting there, and of one starting before it.
  const endAt = new Map<number, number>();
  for (const m of mentions) endAt.set(m.start, Math.max(endAt.get(m.start) ?? -1, m.end));
  const endBefore = new Map<number, number>();
  let furthest = -1;
  for (const start of starts) {
    endBefore.set(start, furthest);
    furthest = Math.max(furthest, endAt.get(start)!);
  }
  return (m) => endBefore.get(m.start)! >= m.end || endAt.get(m.start)! > m.end;
}

// "Sub-programme 1 on Regional Cooperation under the X Programme", "Component 2 of the Y": a body's
// numbered unit, whose number ends the run of capitalised words; its head and number open the name
// of the words after them.
const NUMBERED_HEAD = /(?<![\p{L}\p{N}-])\p{Lu}[\p{L}]*(?:-[\p{L}]+)*[ \t]+\d{1,2}[ \t]+(?:on|of|for)(?:[ \t]+the)?[ \t]+$/u;
const MAY_BE_NUMBERED = /\d[ \t]+(?:on|of|for)(?:[ \t]+the)?[ \t]+$/;

function numberedHeadBefore(text: string, at: number): Token[] {
  const before = text.slice(Math.max(0, at - 40), at);
  const m = MAY_BE_NUMBERED.test(before) ? NUMBERED_HEAD.exec(before) : null;
  if (!m) return [];
  const from = at - before.length + m.index;
  const tokens = [...m[0].matchAll(/\S+/g)].map((w) => ({ text: w[0], start: from + w.index, end: from + w.index + w[0].length }));
  return isHead(tokens[0]!.text) ? tokens : [];
}

// A string test rather than a regex: asked of every word of every name.
const base = (word: string): string => (word.endsWith("'s") || word.endsWith('’s') ? word.slice(0, -2) : word);
const isHead = (word: string): boolean => HEAD_WORDS.has(base(word));

// "and" joins two bodies ("… Ministry and the Border Service") unless it sits inside a complement
// ("Office for Democratic Institutions and Human Rights", "Bosnia and Herzegovina").
function splitAtAnd(tokens: Token[], spanned: ReadonlySet<number> = new Set()): Token[][] {
  const parts: Token[][] = [];
  let current: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.text === 'and' && !spanned.has(i) && !keepsAnd(tokens, i, current)) {
      parts.push(current);
      current = [];
      if (tokens[i + 1]?.text === 'the') i++;
      continue;
    }
    current.push(token);
  }
  parts.push(current);
  return parts;
}

/**
 * Whether a country named in `words` holds an "and" ("Bosnia and Herzegovina"), remembered by the
 * words: asked at every "and" of every chain, mostly of the same few bodies' words ("Ministry and
 * Border"), and reading countries was most of deciding an "and". Pure, so bounded by clearing when full.
 */
const countryHoldsAnd = remembered((words) => findCountryMentions(words).some((m) => m.text.includes(' and ')));

function keepsAnd(tokens: Token[], i: number, before: Token[]): boolean {
  if (tokens[i + 1]?.text === 'the') return false;
  const next = tokens[i + 1]?.text ?? '';
  // "… Border Protection and U.S. Transportation Security Administration": an acronym opens a new body.
  if (ACRONYM.test(next)) return false;
  if (countryHoldsAnd(tokens.slice(Math.max(0, i - 1), i + 2).map((t) => t.text).join(' '))) return true;
  const hasComplement = before.some((t) => COMPLEMENT.has(t.text));
  // "the OSCE Secretariat’s Border Security and Management Unit": after an owner's "’s", words
  // without a head of their own are the start of the owned body's name.
  const owned = before.some((t) => /['’]s$/.test(t.text)) && !isHead(before[before.length - 1]?.text ?? '');
  // The owned words alone ("Border Security" after "Secretariat’s") have no head yet: the head after
  // "and" ("Management Unit") closes that one name, even though the owner has a head of its own.
  const ownedWords = before.slice(before.findLastIndex((t) => /['’]s$/.test(t.text)) + 1);
  if (owned && ownedWords.length > 0 && !ownedWords.some((t) => isHead(t.text)) && tokens.slice(i + 1).some((t) => isHead(t.text))) return true;
  // "OSCE Border Security and Management Unit": words without a head of their own name no body yet.
  // A country or demonym may open them ("Canadian Immigration and Nationality Service"), not close
  // them ("… Kazakhstan and Kyrgyz Border Service" names two).
  const beforeText = before.map((t) => t.text).join(' ');
  if (before.length >= 2 && !before.some((t) => isHead(t.text)) && !findCountryMentions(beforeText).some((m) => m.end >= beforeText.length)
    && tokens.slice(i + 1).some((t) => isHead(t.text))) return true;
  // "Special Representative and Co-ordinator for …": a title-like head outside the OSCE is no new body.
  // "Council of Europe and Chief Prosecutor’s Office of X": words after "and" with a head of their
  // own before any connector name a second body.
  const connector = tokens.findIndex((t, k) => k > i && CONNECTORS.has(t.text));
  const upToConnector = tokens.slice(i + 1, connector === -1 ? tokens.length : connector);
  const ownHead = (t: Token) => isHead(t.text) && !(OSCE_ONLY_HEADS.has(base(t.text)) && !tokens.some((x) => x.text === 'OSCE'));
  const newHead = upToConnector.some(ownHead);
  return (hasComplement || owned) && !newHead;
}

// "U.S. Customs and Border Protection Agency (CBP)": an acronym after the chain whose letters are
// the initials of words on both sides of an "and" says the words are one body's name. Returns the
// indexes of the tokens "and" that the acronym spans.
function acronymSpan(tokens: Token[], after: string): Set<number> {
  const acronym = ACRONYM_AFTER.exec(after)?.[0].replace(/[^\p{Lu}]/gu, '') ?? '';
  const spanned = new Set<number>();
  if (acronym.length < 2) return spanned;
  // Match the acronym's letters to capitalised words from the end of the chain backwards.
  let letter = acronym.length - 1;
  let first = -1;
  for (let i = tokens.length - 1; i >= 0 && letter >= 0; i--) {
    const word = tokens[i]!.text;
    if (CONNECTORS.has(word)) continue;
    if (word[0] === acronym[letter]) {
      letter--;
      first = i;
    }
  }
  if (letter >= 0) return spanned;
  tokens.forEach((t, i) => {
    if (t.text === 'and' && i > first) spanned.add(i);
  });
  return spanned;
}

// "the Justice Ministry to the Prosecutor's Office": "to" between two bodies is a sentence's verb
// phrase, not a seat ("OSCE Mission to Skopje" has no head after "to").
// "the Ministry of Justice to the Prosecutor's Office" too: a head anywhere before "to", except a
// body accredited to another ("Permanent Mission of X to the United Nations Office").
const ACCREDITED = new Set(['Mission', 'Delegation', 'Representation', 'Embassy', 'Ambassador', 'Representative']);

function splitAtTo(tokens: Token[]): Token[][] {
  for (let i = 1; i < tokens.length - 1; i++) {
    if (tokens[i]!.text !== 'to') continue;
    const before = tokens.slice(0, i);
    if (!isHead(tokens[i - 1]!.text) && (!before.some((t) => isHead(t.text)) || before.some((t) => ACCREDITED.has(base(t.text))))) continue;
    const rest = tokens.slice(tokens[i + 1]!.text === 'the' ? i + 2 : i + 1);
    if (rest.some((t) => isHead(t.text))) return [tokens.slice(0, i), ...splitAtTo(rest)];
  }
  return [tokens];
}

// "the Judicial Training Centre under the Supreme Court": a unit and the body it answers to are two
// bodies, each named whole ("Civil Service Academy under the President" names one: a president is no
// body, and "Academy under the Ministry" keeps its one word with its parent).
// "the Ministry of Justice under the EU-funded Rule of Law project": a named project or programme
// after "under" is the framework the body works in, not a parent of its name.
function underProject(text: string, parent: Token[]): boolean {
  const last = parent[parent.length - 1];
  if (!last) return false;
  PROJECT_AFTER_AT.lastIndex = last.end;
  return PROJECT_AFTER_AT.test(text);
}

function splitAtUnder(tokens: Token[], text: string): Token[][] {
  const at = tokens.findIndex((t, i) => t.text === 'under' && i > 0);
  if (at < 0) return [tokens];
  const unit = withoutLeading(tokens.slice(0, at));
  const parent = tokens.slice(tokens[at + 1]?.text === 'the' ? at + 2 : at + 1);
  const words = unit.filter((t) => !CONNECTORS.has(t.text));
  const parentHead = parent.findIndex((t) => isHead(t.text));
  // The parent's head comes before any complement of its own ("Ministry of Justice", not "President of the Court").
  const firstConnector = parent.findIndex((t) => CONNECTORS.has(t.text));
  if (words.length >= 2 && unit.some((t) => isHead(t.text)) && parentHead < 0 && underProject(text, parent)) return [tokens.slice(0, at), parent];
  if (words.length < 2 || !unit.some((t) => isHead(t.text)) || parentHead < 0 || (firstConnector >= 0 && parentHead > firstConnector)) return [tokens];
  return [tokens.slice(0, at), parent];
}

// "Bureau of Alcohol, Tobacco, Firearms and Explosives (ATF)": a complement listed with commas, the
// whole closed by the body's acronym in brackets.
const LISTED_COMPLEMENT = /^(?:,[ \t]+\p{Lu}[\p{L}\p{M}-]*){1,6},?[ \t]+and[ \t]+\p{Lu}[\p{L}\p{M}-]*[ \t]*\(\p{Lu}[\p{L}\p{N}-]*\)/u;

function withListedComplement(text: string, m: OrganizationMention): OrganizationMention {
  if (!/\s(?:of|for|on)\s/.test(m.name)) return m;
  const list = LISTED_COMPLEMENT.exec(text.slice(m.end));
  if (!list) return m;
  const end = m.end + list[0].length;
  return { name: text.slice(m.start, end).replace(/\s+/g, ' '), start: m.start, end };
}

// "the EU-funded, UNDP-implemented X": who funds or runs a body is not part of its name.
const LEADING = /^(?:the|The|THE|\p{Lu}[\p{L}]*-(?:funded|implemented|supported|sponsored|financed|based|led))$/u;

// Only "the" or a hyphenated word can be one: the expression is tried on those alone.
const isLeading = (word: string): boolean => word === 'the' || word === 'The' || word === 'THE' || (word.includes('-') && LEADING.test(word));

function withoutLeading(part: Token[]): Token[] {
  let tokens = part;
  while (tokens.length > 0 && isLeading(tokens[0]!.text)) tokens = tokens.slice(1);
  return tokens;
}

function readName(text: string, part: Token[]): OrganizationMention | null {
  let tokens = withoutLeading(part);
  tokens = dropTitle(tokens);
  const single = tokens.length === 1 ? base(tokens[0]!.text) : null;
  if (single !== null && INTERNATIONAL_BODIES.has(single)) return toMention(text, tokens, true);
  // "Konrad-Adenauer-Stiftung": one hyphenated word whose last part is a body's head noun.
  if (single !== null && /^\p{Lu}[\p{L}]*(?:-\p{Lu}[\p{L}]*)+$/u.test(single) && isHead(single.split('-').pop()!)) return toMention(text, tokens, true);
  const words = tokens.map((t) => t.text);
  let head = -1;
  words.forEach((w, i) => {
    if (isHead(w) && (!OSCE_ONLY_HEADS.has(base(w)) || words.includes('OSCE'))) head = i;
  });
  if (head < 0) return null;
  // "Sub-programme 1 on …": the unit's number stands between its head and its complement.
  const numbered = /^\d{1,2}$/.test(tokens[head + 1]?.text ?? '') ? head + 1 : head;
  const end = ownedTail(tokens, head) ?? complementEnd(tokens, numbered);
  const name = tokens.slice(0, end + 1);
  if (name.filter((t) => !CONNECTORS.has(t.text)).length < 2) return null;
  return toMention(text, name, end === tokens.length - 1);
}

// "Homeland Security's Customs and Border Protection": after an owner's "'s", a head joined by "and"
// to more capitalised words is the start of the owned body's name, which runs to the end.
function ownedTail(tokens: Token[], head: number): number | undefined {
  const owner = tokens.findIndex((t) => /['’]s$/.test(t.text));
  if (owner < 0 || owner >= head || tokens[head + 1]?.text !== 'and') return undefined;
  const tail = tokens.slice(head + 2);
  return tail.length > 0 && tail.every((t) => !CONNECTORS.has(t.text)) ? tokens.length - 1 : undefined;
}

// "(BOMNAF) project", "2 project" (the second phase: "MOBILAZE 2 project"), "+ project" (a later
// phase named with a plus: "the GLACY+ project").
const PROJECT_AFTER = /^\+?(?:[ \t]*\(\p{Lu}[\p{L}\-]*\))?(?:[ \t]+(\d{1,2}))?[ \t]+(?:project|programme|program|initiative)\b/u;
// The same, tried where the name ends in the whole text (sticky) rather than on the rest sliced off.
const PROJECT_AFTER_AT = new RegExp(PROJECT_AFTER.source.slice(1), 'uy');
const ACRONYM_WORD = /^\p{Lu}{3,}$/u;

// "the Border Management Northern Afghanistan (BOMNAF) project", "the MOBILAZE 2 project": a named
// project acts as a body.
function projectName(text: string, part: Token[]): OrganizationMention | null {
  const tokens = withoutLeading(part);
  const last = tokens[tokens.length - 1];
  let after: RegExpExecArray | null = null;
  if (last) {
    PROJECT_AFTER_AT.lastIndex = last.end;
    after = PROJECT_AFTER_AT.exec(text);
  }
  // One word names a project only as an acronym with its phase ("the MOBILAZE 2 project"): "the UNDP
  // project" is the body's project, not a body.
  if (!last || !after || (tokens.length < 2 && !(after[1] && ACRONYM_WORD.test(last.text)))) return null;
  const end = last.end + after[0].length;
  return { name: text.slice(tokens[0]!.start, end).replace(/\s+/g, ' '), start: tokens[0]!.start, end };
}

// "Deputy Director of the Training Centre" → "Training Centre": titles before the first "of".
function dropTitle(tokens: Token[]): Token[] {
  const of = tokens.findIndex((t) => t.text === 'of');
  if (of <= 0) return tokens;
  const title = tokens.slice(0, of);
  if (!title.every((t) => TITLE_WORDS.has(t.text) || t.text === 'and')) return tokens;
  let from = of + 1;
  if (tokens[from]?.text === 'the') from++;
  return tokens.slice(from);
}

// After the head: "of/for/on <words>" complements, then at most one "in/to <place>" ("Embassy of
// Afghanistan in Turkmenistan"); a place is a country name or one word, so a person named after it
// ("… Office in Astana Colin McCullough") is not swallowed.
function complementEnd(tokens: Token[], head: number): number {
  let end = head;
  let i = head + 1;
  while (i < tokens.length && COMPLEMENT.has(tokens[i]!.text) && !DATE_WORD.test(tokens[i + 1]?.text ?? '')) {
    let j = i + 1;
    const seat = (k: number) => ['in', 'to'].includes(tokens[k]!.text) && !IN_PHRASE_NOUNS.has(tokens[k - 1]!.text);
    while (j < tokens.length && !seat(j) && !COMPLEMENT.has(tokens[j]!.text)) j++;
    end = j - 1;
    i = j;
  }
  if (i < tokens.length && (tokens[i]!.text === 'in' || tokens[i]!.text === 'to')) {
    let j = i + 1;
    if (tokens[j]?.text === 'the') j++;
    end = placeEnd(tokens, j);
  }
  while (end > head && CONNECTORS.has(tokens[end]!.text)) end--;
  return end;
}

// "… Office on Monday": a day or a month after "on" is when, not part of the name.
const DATE_WORD = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b/;

// "Programme in Central Asia", "Office for South East Europe": a world region is a compass word (or
// two) and the capitalised word it qualifies.
const COMPASS = /^(?:Central|Eastern|Western|Northern|Southern|North|South|East|West|Middle|Latin|South-?East(?:ern)?|North-?East(?:ern)?|South-?West(?:ern)?|North-?West(?:ern)?)$/;

function placeEnd(tokens: Token[], from: number): number {
  if (from >= tokens.length) return from - 1;
  let compass = from;
  while (compass < tokens.length - 1 && COMPASS.test(tokens[compass]!.text)) compass++;
  if (compass > from && /^\p{Lu}\p{Ll}/u.test(tokens[compass]!.text)) return compass;
  const rest = tokens.slice(from);
  const joined = rest.map((t) => t.text).join(' ');
  const country = findCountryMentions(joined)[0];
  if (country && country.start === 0) {
    const words = joined.slice(0, country.end).split(' ').length;
    // "Mission to Moldova and Ukraine": a seat of two countries joined by "and".
    const second = findCountryMentions(joined)[1];
    if (second && /^ and $/.test(joined.slice(country.end, second.start))) return from + joined.slice(0, second.end).split(' ').length - 1;
    return from + words - 1;
  }
  return from;
}

function toMention(text: string, tokens: Token[], atChainEnd: boolean): OrganizationMention | null {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (!first || !last) return null;
  let end = last.end;
  const possessive = /['’]s$/.test(last.text);
  if (possessive) end -= 2;
  else if (atChainEnd) {
    const acronym = ACRONYM_AFTER.exec(text.slice(end)) ?? departmentAfter(text.slice(end));
    if (acronym) end += acronym[0].length;
  }
  return { name: text.slice(first.start, end).replace(/\s+/g, ' '), start: first.start, end };
}

// "Konrad-Adenauer-Stiftung (Rule of Law Program Middle East /North Africa)", "… Team (East Africa)": a department or a region of the
// body named in brackets right after it (capitalised words that end in, or hold, a head noun) is
// part of the name the release gives.
function departmentAfter(after: string): RegExpExecArray | null {
  const m = /^[ \t]*\((\p{Lu}[^()\n]{2,80})\)/u.exec(after);
  if (!m) return null;
  const words = m[1]!.split(/[\s/]+/);
  // "British Peace Support Team (East Africa)": the region a body serves is part of its name too.
  if (words.length <= 3 && words.every((w) => /^\p{Lu}/u.test(w)) && /\b(?:Africa|Asia|Europe|America|Pacific|Caribbean|Balkans|Sahel|Gulf)\b/.test(m[1]!)) return m;
  return words.some((w) => isHead(w)) && words.filter((w) => /^\p{Lu}/u.test(w)).length >= 2 ? m : null;
}

const NGO_PREFIXES = new RegExp(NGO_PREFIX.source, 'gu');
const NGO_NAME = new RegExp(`^["“]?(${CAP}(?:[ \\t]+${CAP})*)["”]?`, 'u');

// "the NGO La Strada-Ukraine": a body with no head noun, named by what introduces it.
function findNgoNames(text: string): OrganizationMention[] {
  const found: OrganizationMention[] = [];
  for (const prefix of matchesOf(NGO_PREFIXES, text)) {
    const from = prefix.index + prefix[0].length;
    const name = NGO_NAME.exec(text.slice(from));
    if (!name?.[1]) continue;
    const start = from + name[0].indexOf(name[1]);
    const end = start + name[1].replace(/['’]s$/, '').length;
    if (!isHead(text.slice(start, end).split(' ').pop() ?? '')) found.push({ name: text.slice(start, end), start, end });
  }
  return found;
}

const PLURAL = new RegExp(
  String.raw`((?:\p{Lu}[\p{L}\p{M}’'-]*[ \t]+){1,4})(${Object.keys(PLURAL_HEADS).join('|')})[ \t]+in[ \t]+(${CAP}(?:[ \t]*,[ \t]*${CAP})*)[ \t]+and[ \t]+(${CAP})`,
  'gu',
);

// "the OSCE Offices in Baku and Yerevan": one body per seat ("OSCE Office in Baku", "OSCE Office in
// Yerevan"), each spanning the whole phrase.
// What every match of PLURAL holds: most releases have no plural body and skip it.
const MAY_BE_PLURAL = new RegExp(String.raw`(?:${Object.keys(PLURAL_HEADS).join('|')})[ \t]+in[ \t]`, 'u');

function findPluralBodies(text: string): OrganizationMention[] {
  const found: OrganizationMention[] = [];
  if (!MAY_BE_PLURAL.test(text)) return found;
  for (const m of matchesOf(PLURAL, text)) {
    const [whole, owner, plural, seats, last] = m as unknown as string[];
    const prefix = owner!.replace(/^(?:The|the)[ \t]+/, '');
    const start = m.index + whole!.indexOf(prefix);
    for (const seat of [...seats!.split(/[ \t]*,[ \t]*/), last!]) {
      found.push({ name: `${prefix}${PLURAL_HEADS[plural!]} in ${seat}`.replace(/\s+/g, ' '), start, end: m.index + whole!.length });
    }
  }
  return found;
}

const COUNTRY_OFFICE = new RegExp(String.raw`\b(?:${[...INTERNATIONAL_BODIES].join('|')})[ \t]+(\p{Lu}[\p{L}]*(?:[ \t]+\p{Lu}[\p{L}]*)?)`, 'gu');

// "UNODC Iran", "ICMPD Azerbaijan": an international body's office in a country.
function findCountryOffices(text: string): OrganizationMention[] {
  const found: OrganizationMention[] = [];
  for (const m of matchesOf(COUNTRY_OFFICE, text)) {
    const country = findCountryMentions(m[1]!)[0];
    if (!country || country.start !== 0) continue;
    const end = m.index + m[0].length - m[1]!.length + country.end;
    found.push({ name: text.slice(m.index, end), start: m.index, end });
  }
  return found;
}
