import type { Sentence } from '../text/sentences.ts';
import type { OrganizationMention } from './organization-mentions.ts';
import { matchesOf } from '../text/matches-of.ts';

// Rules of the genre for a second body that runs the event beside the first: one that co-ordinates it,
// one that helps the body holding it, one a headline names beside a body the text says ran it. Kept
// apart from `organizations.ts`, which calls them, so each reads as one rule of English.

/** Reads the list of bodies named from a position in the text ("the A, the B and C"). */
export type ListReader = (pos: number) => OrganizationMention[];
/** The body a bare acronym stands for, where the text spells it out. */
export type AcronymResolver = (word: string, at: number) => OrganizationMention;

// "The programme is co-ordinated under the auspices of X": co-ordinating the event is running it, and
// the auspices it is co-ordinated under name who co-ordinates ("held under the auspices of X", which
// names a patron, is not this).
const COORDINATED_UNDER = /\b(?:was|were|is|are|been|be)\s+(?:\p{L}+ly\s+)?co-?ordinated\s+under\s+the\s+(?:auspices|aegis)\s+of\s+(?:the\s+)?/giu;

/** Bodies said to co-ordinate the event under their own auspices. */
export function coordinatedUnder(s: Sentence, read: ListReader): OrganizationMention[] {
  if (!/co-?ordinated\s+under/i.test(s.text)) return [];
  return matchesOf(COORDINATED_UNDER, s.text).flatMap((cue) => read(s.start + cue.index + cue[0].length));
}

// "X officials (Mr A, Director, and Mr B) with the assistance of the Y Office gave a training workshop":
// help in holding one event ("a workshop", "the course") is a part in running it, so the helper runs it
// beside the subject. Help with the body's work at large ("with the assistance of Y has been able to
// provide training and other forms of co-operation") names no one event, and support or funding
// ("with the support of", "with the financial assistance of") is backing, read elsewhere.
const ASSISTED_BY = /\bwith\s+the\s+(?:kind\s+|technical\s+)?(?:assistance|help)\s+of\s+(?:the\s+)?/giu;
// The subject opening the sentence: a body named, or an acronym the names do not cover ("LAB/ADMIN").
const SUBJECT_ACRONYM = /^\p{Lu}[\p{Lu}\p{N}]+(?:[/-]\p{Lu}[\p{Lu}\p{N}]*)*(?![\p{L}\p{N}])/u;
// Between the subject and the help: the body's people, and the names of those people in brackets.
const SUBJECT_PEOPLE =
  /^(?:\s+(?:officials|experts|staff|trainers|instructors|officers|specialists|advis[eo]rs|team|representatives|consultants))?(?:\s*\([^()]{1,300}\))?\s*,?\s*$/u;
const RUNS_ONE_EVENT =
  /^[^.;]{1,160}?,?\s+(?:has\s+|have\s+)?(?:gave|held|organi[sz]ed|co-?organi[sz]ed|conducted|delivered|ran|hosted|convened|provided)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:training|course|seminar|workshop|conference|exercise|round-?table|forum)s?\b/iu;

/** The subject that held one event with another's help, and the helpers, or nothing. */
export function assistedRunners(
  text: string,
  s: Sentence,
  mentions: readonly OrganizationMention[],
  read: ListReader,
  resolve: AcronymResolver,
): { runners: OrganizationMention[]; helpers: OrganizationMention[] } {
  const none = { runners: [], helpers: [] };
  if (!/\b(?:assistance|help)\s+of\b/i.test(s.text)) return none;
  for (const cue of matchesOf(ASSISTED_BY, s.text)) {
    const cueStart = s.start + cue.index;
    const cueEnd = cueStart + cue[0].length;
    if (!RUNS_ONE_EVENT.test(text.slice(cueEnd, s.end))) continue;
    const open = s.start + (/^\s*(?:the\s+)?/i.exec(s.text)?.[0].length ?? 0);
    const named = mentions.filter((m) => m.start === open && m.end <= cueStart).sort((a, b) => b.end - a.end)[0];
    const word = named ? undefined : SUBJECT_ACRONYM.exec(text.slice(open, cueStart))?.[0];
    const subject = named ?? (word ? resolve(word, open) : undefined);
    const subjectEnd = named ? named.end : open + (word?.length ?? 0);
    if (!subject || !SUBJECT_PEOPLE.test(text.slice(subjectEnd, cueStart))) continue;
    const helpers = read(cueEnd);
    if (helpers.length > 0) return { runners: [subject], helpers };
  }
  return none;
}

// "Police complete training with EUAM and European Gendarmerie Force support": a headline names the
// bodies behind the event in one list; where the text says one of them ran it ("carried out in
// co-operation with the European Gendarmerie Force"), the others named with it in that list share the
// part (what the text says of each still counts: a funder stays a funder).
const TITLE_BACKED = /\bwith\s+(?:the\s+)?(\S.*?)\s+(?:support|assistance|help|backing)\b/iu;
const LIST_SPLIT = /\s*,\s*(?:and\s+)?|\s+and\s+/;
const ACRONYM_WORD = /^\p{Lu}{2,}[\p{Lu}\p{N}-]*$/u;

/** The bodies a headline lists as behind the event ("with A and B support"), when every item is a body. */
export function titleBackers(title: string, mentions: readonly OrganizationMention[], resolve: AcronymResolver): OrganizationMention[] {
  const m = TITLE_BACKED.exec(title);
  if (!m) return [];
  const listStart = m.index + m[0].indexOf(m[1]!);
  const bodies: OrganizationMention[] = [];
  let at = listStart;
  for (const item of m[1]!.split(LIST_SPLIT)) {
    const start = title.indexOf(item, at);
    const end = start + item.length;
    at = end;
    const bare = item.replace(/^the\s+/i, '');
    const itemStart = end - bare.length;
    const named = mentions.find((x) => x.start === itemStart && x.end === end);
    if (named) bodies.push(named);
    else if (ACRONYM_WORD.test(bare)) bodies.push(resolve(bare, itemStart));
    else return [];
  }
  return bodies.length >= 2 ? bodies : [];
}
