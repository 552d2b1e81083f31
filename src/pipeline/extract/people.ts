import type { Person, Quote } from '../../schema/dataset.ts';
import type { Sentence } from '../text/sentences.ts';
import { parseAttribution, type NamedPerson } from './attribution.ts';
import { findQuotedPassages, type QuotedPassage } from './quotes.ts';

export interface PeopleAndQuotes {
  /** Everyone quoted or named with a role, once each (first mention), in text order. */
  people: Person[];
  quotes: Quote[];
}

const SPEECH = String.raw`(?:said|says|added|adds|stated|states|noted|notes|stressed|stresses|emphasi[sz]ed|underlined|explained|highlighted|commented|remarked|concluded|told)`;
// ‘,” said Ambassador X, Head of Y.’ — the attribution after the verb, up to the sentence end.
// A full stop after a lone capital is an initial ("Gary D. Robbins"), not the sentence's end.
const VERB_FIRST = new RegExp(String.raw`^[\s,.”"]*${SPEECH}\s+(.+?)\s*(?:(?<!(?:^|\s)\p{Lu})[.;]["”]?(?:\s|$)|["“”]|$)`, 'u');
// ‘,” said Deputy Prosecutor General X at the opening.’: where or when the person spoke, after the name, is no
// part of who spoke ("at the opening", "during the ceremony", "in her speech"); a place's name is kept.
const SCENE_AFTER = /(?<=\p{Lu}[\p{L}'’-]*)\s+(?:at|during|in|on|before|after|while|when)\s+(?:the|his|her|their|its|a|an|this|that)\s+\p{Ll}[^,]*$/u;
// ‘,” she added.’ / ‘,” X said.’ — the attribution before the verb.
const VERB_LAST = new RegExp(String.raw`^[\s,.”"]*([^,.“”"]+?(?:,[^.“”"]+?)?)\s+${SPEECH}\b`, 'u');
// ‘X, Deputy Director of Y, said: “’ / ‘X said it was, "’ — the attribution before the quote.
// ‘X said he hoped “that …”’: the speaker's own hope or belief, then the quote.
const BEFORE = new RegExp(
  String.raw`^(.+?)\s*,?\s+${SPEECH}(?:\s+(?:that|it\s+was|in\s+a\s+statement|(?:he|she|they)\s+(?:hoped|believed|wished|felt|was\s+(?:convinced|confident|sure))(?:\s+that)?))?\s*[:,]?\s*$`,
  'u',
);
// ‘X, Role, told reporters that the course … was “…”’: the speaker of a clause the quote ends.
const TOLD_THAT = /^(.+?)\s*,?\s+(?:told\s+(?:reporters|journalists|the\s+press|participants|the\s+participants|\p{Ll}+)|said|stated|noted|stressed|explained|added)\s+that\s+[^“”"]+$/u;
// ‘The Head of the OSCE Centre, Ambassador X, said that …’ — reported speech names a person too.
const REPORTED = new RegExp(String.raw`^(.+?)\s*,?\s+${SPEECH}\s+(?:that|it)\b`, 'u');
// ‘X, Head of Y, stressed the importance of …’, ‘X on Friday expressed support for …’: what a person
// said, reported in the release's words. Not "states" or "notes": in the genre they are nouns far more
// often ("officers from five West African states completed …", "Member States").
const REPORT_VERB = String.raw`(?:said|says|stated|stressed|stresses|noted|emphasi[sz]ed|underlined|highlighted|explained|expressed|underscored|urged|told|added|pointed\s+out|reiterated|assured|called\s+on|announced)`;
const REPORTED_ANY = new RegExp(
  String.raw`^(.+?)\s*,?\s+(?:who\s+)?(?:(?:also|today|yesterday|on\s+\p{Lu}\p{Ll}+|in\s+(?:his|her)\s+(?:speech|remarks))\s+)*${REPORT_VERB}\b[\s:,]*(?:that\s+)?(.+)$`,
  'u',
);
// The verbs of REPORTED and REPORTED_ANY after a space, which every match of theirs holds: their lazy
// subject is tried at every length only in a sentence that has one.
const MAY_REPORT_THAT = new RegExp(String.raw`\s${SPEECH}\s+(?:that|it)\b`, 'u');
const MAY_REPORT = new RegExp(String.raw`\s${REPORT_VERB}\b`, 'u');
// ‘Ambassador X also addressed the participants. “…”’: an unattributed quote after a person addresses them.
const ADDRESSED = /^(.+?)\s*,?\s+(?:also\s+)?(?:addressed|spoke\s+to|welcomed|greeted)\b/u;
// ‘,” Maj. Gen. Deng said.’ / ‘,” added Kroeker.’: a surname alone, of a person named before.
const SURNAME_AFTER = new RegExp(String.raw`^[\s,.”"]*(?:${SPEECH}\s+(?:[\p{Lu}][\p{L}.-]*\s+){0,3}?(\p{Lu}[\p{L}'’-]+)(?![\p{L}'’-])|(?:[\p{Lu}][\p{L}.-]*\s+){0,3}?(\p{Lu}[\p{L}'’-]+)\s+${SPEECH}\b)`, 'u');

// ‘Valery Ivanov, an expert from …’ — a name with a role in apposition.
const APPOSITION_ROLES = '(?:expert|trainer|instructor|head|deputy|director|chief|principal|minister|ambassador|adviser|advisor|officer|co-ordinator|coordinator|representative|chairman|chairperson|president|commander|inspector)';
const APPOSITION = new RegExp(
  String.raw`(\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){1,2}), (?:the |an? )?(${APPOSITION_ROLES}\b[^,.;“”"]*?)(?=,|\.|;| will | who | has | is | was | said|$)`,
  'giu',
);

// ‘… was opened by the Head of the X Office, Jane Doe, who …’: the role first, the name in commas.
// Found by the name in commas, then the role read back to the clause's start.
const NAME_IN_COMMAS = /, ((?:\p{Lu}[\p{Ll}'’-]+ ){1,2}\p{Lu}[\p{Ll}'’-]+),(?= who\b| said\b| \p{Ll}+ed\b)/gu;
const ROLE_WORD = new RegExp(String.raw`\b${APPOSITION_ROLES}\b`, 'i');
const ROLE_AFTER_COMMA = new RegExp(String.raw`, (?:the |an? )?${APPOSITION_ROLES}\b`, 'giu');
const APPOSITION_AT = new RegExp(APPOSITION.source, 'iuy');
const NAME_CHAR = /[\p{L}'’ -]/u;

/**
 * The matches of APPOSITION, as text.matchAll would find them, but trying the expensive pattern
 * only in the run of name characters before a ", <role word>": every match has its comma there.
 */
function* appositionMatches(text: string): Generator<RegExpExecArray> {
  let after = 0;
  for (const comma of text.matchAll(ROLE_AFTER_COMMA)) {
    let from = comma.index;
    while (from > after && NAME_CHAR.test(text[from - 1]!)) from--;
    for (let at = Math.max(from, after); at < comma.index; at++) {
      APPOSITION_AT.lastIndex = at;
      const m = APPOSITION_AT.exec(text);
      if (!m) continue;
      after = m.index + m[0].length;
      yield m;
      break;
    }
  }
}

/**
 * Quotes with their speakers, and people. A quote is attributed by the words around it ("…,” said
 * X, Head of Y.", "X said: “…”", "Canada's Ambassador, Y said it was, "…"), a pronoun ("he said")
 * naming the most recent person before it. Does not throw on any text (the property tests hold it to that).
 */
export function extractPeopleAndQuotes(text: string, sentences: readonly Sentence[]): PeopleAndQuotes {
  const passages = findQuotedPassages(text);
  const named = [...reportedSpeakers(text, sentences, passages), ...appositions(text, passages)];
  const quotes: Quote[] = [];
  for (const passage of passages) {
    const found = attribute(text, passage);
    const speaker =
      found === 'pronoun' ? latestBefore(named, passage.openAt) : (found ?? bySurname(text, passage, named) ?? addressedBefore(sentences, passage));
    if (speaker && found !== 'pronoun') named.push(speaker);
    quotes.push({
      speaker: speaker?.name ?? null,
      role: speaker?.role ?? null,
      text: passage.text,
      span: { start: passage.start, end: passage.end },
    });
  }
  return { people: uniquePeople(named), quotes };
}

// The person a sentence reports as speaking in the release's own words ("X, Head of Y, stressed the
// importance of …"): a person, not a quote, since the words are not theirs.
function reportedSpeaker(s: Sentence): NamedPerson | null {
  const match = MAY_REPORT.test(s.text) ? REPORTED_ANY.exec(s.text) : null;
  if (!match?.[1] || !match[2]) return null;
  const person = parseAttribution(match[1], s.start);
  return person && person !== 'pronoun' ? person : null;
}

// ‘,” Maj. Gen. Deng said.’: the person named before whose surname this is.
function bySurname(text: string, passage: QuotedPassage, named: NamedPerson[]): NamedPerson | null {
  const m = SURNAME_AFTER.exec(text.slice(passage.closeEnd, passage.closeEnd + 80));
  const surname = m?.[1] ?? m?.[2];
  if (!surname) return null;
  return latestBefore(named.filter((p) => p.name.split(' ').pop() === surname), passage.openAt) ?? fullNameBefore(text, surname, passage.openAt);
}

// ‘legal advisor Juha Sepponen presented a talk … “…,” Sepponen said.’: the full name written
// before, whatever the sentence it stood in.
function fullNameBefore(text: string, surname: string, at: number): NamedPerson | null {
  const escaped = surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const found = [...text.slice(0, at).matchAll(new RegExp(String.raw`((?:\p{Lu}[\p{L}'’-]+\s+){1,2})${escaped}(?![\p{L}'’-])`, 'gu'))].pop();
  if (!found) return null;
  const person = parseAttribution(found[0], found.index);
  return person && person !== 'pronoun' && person.name.endsWith(surname) ? person : null;
}

// An unattributed quote right after "X also addressed the participants." or "X said he hoped …":
// the quote goes on in that person's words.
function addressedBefore(sentences: readonly Sentence[], passage: QuotedPassage): NamedPerson | null {
  const previous = [...sentences].reverse().find((s) => s.end <= passage.openAt);
  if (!previous || /["“”]/.test(previous.text)) return null;
  const m = ADDRESSED.exec(previous.text);
  const person = m?.[1] ? parseAttribution(m[1], previous.start) : null;
  if (person && person !== 'pronoun') return person;
  return reportedSpeaker(previous);
}

function attribute(text: string, passage: QuotedPassage): NamedPerson | 'pronoun' | null {
  const lineEnd = text.indexOf('\n', passage.closeEnd);
  const after = { start: passage.closeEnd, end: lineEnd < 0 ? text.length : lineEnd };
  const found = [
    ...[...passage.interruptions, after].map((gap) => readAfter(text, gap.start, gap.end)),
    readBefore(text, passage.openAt),
  ];
  // A name anywhere around the quote beats a pronoun ("X said it was, "…<newline>"…," she added).
  return found.find((f) => f !== null && f !== 'pronoun') ?? found.find((f) => f !== null) ?? null;
}

function readAfter(text: string, start: number, end: number): NamedPerson | 'pronoun' | null {
  const slice = text.slice(start, end);
  const verbFirst = VERB_FIRST.exec(slice);
  if (verbFirst?.[1]) return parseAttribution(verbFirst[1].replace(SCENE_AFTER, ''), start + verbFirst[0].indexOf(verbFirst[1]));
  const verbLast = VERB_LAST.exec(slice);
  // ‘…society.” Major General X, Head of Y, said: “…”’: a speaker followed by a colon and a quote
  // introduces the next quote, not this one.
  if (verbLast?.[1] && /^\s*:?\s*["“]/.test(slice.slice(verbLast[0].length))) return null;
  if (verbLast?.[1]) return parseAttribution(verbLast[1], start + verbLast[0].indexOf(verbLast[1]));
  return null;
}

function readBefore(text: string, openAt: number): NamedPerson | 'pronoun' | null {
  const lineStart = text.lastIndexOf('\n', openAt - 1) + 1;
  const head = text.slice(lineStart, openAt);
  const sentenceStart = Math.max(0, ...[...head.matchAll(/[.!?]["”]?\s+(?=\p{Lu})/gu)].map((m) => m.index + m[0].length));
  const clause = head.slice(sentenceStart);
  const match = BEFORE.exec(clause) ?? TOLD_THAT.exec(clause);
  if (match?.[1]) return parseAttribution(match[1], lineStart + sentenceStart);
  // ‘He also thanked the troops for their support: "…"’: the person the story last named.
  if (PRONOUN_COLON.test(clause)) return 'pronoun';
  return colonSpeaker(clause, lineStart + sentenceStart);
}

const PRONOUN_COLON = /^\s*(?:He|She)\s+[^“”"]*:\s*$/u;

// ‘Aniceto Andrade, one of the participants, praised the course: “…”’: a sentence that opens with a
// person's name and leads by a colon into the quote gives the quote to that person.
function colonSpeaker(clause: string, offset: number): NamedPerson | null {
  if (!/:\s*$/.test(clause)) return null;
  const first = /^\s*([^,:]+?)\s*,/.exec(clause);
  if (!first?.[1]) return null;
  const person = parseAttribution(first[1], offset + first.index + first[0].indexOf(first[1]));
  if (!person || person === 'pronoun') return null;
  // Only the name, with at most an honorific before it ("Ms. X"): not "The head of X praised …".
  const rest = first[1].trim();
  if (!rest.endsWith(person.name) || !/^(?:\S+\s+)?$/.test(rest.slice(0, -person.name.length))) return null;
  const role = /^\s*[^,:]+?,\s*((?:one of|an?|the)\s[^,:]+?)(?:,|\s+(?:\p{Ll}+ed|said|spoke)\b)/u.exec(clause)?.[1] ?? person.role;
  return { ...person, role: role ?? null };
}

function reportedSpeakers(text: string, sentences: readonly Sentence[], passages: QuotedPassage[]): NamedPerson[] {
  const found: NamedPerson[] = [];
  for (const s of sentences) {
    if (passages.some((p) => p.openAt < s.end && p.closeEnd > s.start)) continue;
    const match = MAY_REPORT_THAT.test(s.text) ? REPORTED.exec(s.text) : null;
    const person = match?.[1] ? parseAttribution(match[1], s.start) : reportedSpeaker(s);
    if (person && person !== 'pronoun') found.push(person);
  }
  void text;
  return found;
}

function appositions(text: string, passages: QuotedPassage[]): NamedPerson[] {
  const found: NamedPerson[] = [];
  for (const m of appositionMatches(text)) {
    const [, name, role] = m;
    if (!name || !role || passages.some((p) => p.start <= m.index && p.end >= m.index)) continue;
    const person = parseAttribution(name, m.index);
    if (person && person !== 'pronoun' && person.name === name) found.push({ ...person, role: role.trim() });
  }
  for (const m of text.matchAll(NAME_IN_COMMAS)) {
    const name = m[1]!;
    // The role runs from its role word to the comma: "… opened by the Head of the Office, X," → "Head of the Office".
    const clause = text.slice(Math.max(0, m.index - 100), m.index).split(/[,.;:\n“”"]/).pop()!;
    const at = clause.search(ROLE_WORD);
    const start = m.index + 2;
    if (at < 0 || passages.some((p) => p.start <= start && p.end >= start)) continue;
    const person = parseAttribution(name, start);
    if (person && person !== 'pronoun' && person.name === name) found.push({ ...person, role: clause.slice(at).trim() });
  }
  return found;
}

function latestBefore(named: NamedPerson[], at: number): NamedPerson | null {
  const before = named.filter((p) => p.start < at).sort((a, b) => b.start - a.start);
  return before[0] ?? null;
}

function uniquePeople(named: NamedPerson[]): Person[] {
  const byName = new Map<string, NamedPerson>();
  for (const p of [...named].sort((a, b) => a.start - b.start)) {
    const known = byName.get(p.name);
    if (!known) byName.set(p.name, p);
    else if (known.role === null && p.role !== null) byName.set(p.name, { ...known, role: p.role });
  }
  return [...byName.values()].map((p) => ({ name: p.name, role: p.role, span: { start: p.start, end: p.end } }));
}
