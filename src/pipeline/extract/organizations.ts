import type { Organization } from '../../schema/dataset.ts';
import type { Decision } from '../../schema/evidence.ts';
import { findCountryMentions } from '../lexicon/countries.ts';
import { HEAD_WORDS, INTERNATIONAL_BODIES, NAME_FUNCTION_WORDS, NGO_PREFIX, TITLE_WORDS } from '../lexicon/organization-words.ts';
import type { Sentence } from '../text/sentences.ts';
import type { ReleaseAnalysis } from './analyze-release.ts';
import type { OrganizationMention } from './organization-mentions.ts';
import { organizationCountry } from './organization-country.ts';
import { decideOrganizers, type OrganizerFeature, type OrganizerSighting } from './organization-evidence.ts';
import { traineesOwnBodies } from './organization-trainees.ts';
import { assistedRunners, coordinatedUnder, titleBackers } from './organizer-joint-cues.ts';
import {
  aboutAnotherEvent,
  acronymNamedSubjects,
  coHosts,
  joinedForces,
  jointAcronyms,
  listedBefore,
  namedOrganizers,
  taughtBy,
  thankedFor,
  trainedBy,
} from './organizer-role-cues.ts';
import { ATTENDING_PEOPLE } from '../lexicon/people-nouns.ts';
import { misspelledAcronymAmong } from '../organizations/misspelled-acronym.ts';
import { syllabicAcronymAmong } from '../organizations/syllabic-acronym.ts';
import { classOf, codePointBefore, LETTER_OR_NUMBER, UPPER } from '../text/code-point-class.ts';
import { matchesOf } from '../text/matches-of.ts';
import { remembered } from '../text/remembered.ts';

export interface OrganizationsResult {
  /** Bodies named as (co-)organising, holding or supporting the event, in text order. */
  organizers: Organization[];
  /** Every named body once (its longest form, at its first mention), in text order. */
  organizations: Organization[];
  /** How the organisers were decided: every body considered, with its evidence (null when none was). */
  decision: Decision | null;
}

export interface OrganizationsOptions {
  /** The venue country: a state body with no country in its name belongs to it. */
  hostCode?: string | null;
}

// "jointly organised by A and B", "organised jointly by A and B": the whole list of organisers.
const JOINT_BY_CUE = /\b(?:jointly\s+(?:co-?)?organi[sz]ed|(?:co-?)?organi[sz]ed\s+jointly)\s+by\s+/gi;
const MAY_BE_JOINT_BY = /jointly/i;
// "The OSCE will hold a workshop …": a plan to hold it, which the release's own later account of who
// organised it ("The workshop was organised by X") goes before, as the report goes before the announcement.
const ANNOUNCES = /^(?:\s*\([^)]*\))?\s+(?:will|shall|is to|are to|is set to|are set to|plans? to|intends? to|is going to)\s/i;
const announces = (text: string, end: number) => ANNOUNCES.test(text.slice(end, end + 60));
// "UNDP supports workshop …": a title's body that backs the event.
const TITLE_BACKS = /^\s*(\S.*?)\s+(?:supports|backs|sponsors|funds|assists)\b/i;
// "co-organized by A, B and C", "held by A", "hosted and supported by A", and with where or when
// between ("was held in Cahul by A", "organised on 5 May by A", "held from 3 to 5 May in Osh by A").
// "organised under the X project by Y", "within the Z Programme": the framework between, too.
const PLACE_OR_TIME = String.raw`(?:,?\s+(?:in|at|on|from|during|under|within)\s+(?:the\s+)?[\p{Lu}\p{N}][\p{L}\p{N}-]*(?:\s+(?:[\p{Lu}\p{N}][\p{L}\p{N}-]*|to|and|of|the|[-–])){0,5}?(?:\s+(?:project|programme|program|initiative|framework))?,?)`;
// "organised for 25 judges by X", "held for customs officers from Moldova by X": who it was for, between
// the verb and "by" (the people last, so "for officers who were trained by X" is no such phrase).
const FOR_PEOPLE = String.raw`(?:,?\s+for\s+(?:the\s+|some\s+|about\s+|over\s+|more\s+than\s+)?(?:\d[\d,]*\s+)?(?:[\p{L}-]+\s+){0,4}?(?:${ATTENDING_PEOPLE.join('|')})(?:\s+(?:from|of)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})?,?)`;
const BY_WORD = /\sby\s/;
// The verb every match of BY_CUE holds, under its flags: a second first look, as many sentences with
// " by " have none of these ("supported by", "funded by", "opened by").
const MAY_BE_BY_CUE = /organi[sz]ed|held|hosted|conducted|delivered|provided|convened|arranged|run|executed/iu;
const BY_CUE = new RegExp(
  String.raw`\b(?:co-?organi[sz]ed|organi[sz]ed|held|hosted|conducted|delivered|provided|convened|arranged|run|executed)(?:\s+and\s+(?:supported|co-?organi[sz]ed|hosted))?(?:${PLACE_OR_TIME}|${FOR_PEOPLE}){0,2}\s+(?:jointly\s+)?by\s+`,
  'giu',
);
// "The workshop was facilitated by X", "the training led by X", "Training carried out by X": these
// verbs name who ran it only when the event is their subject ("a collaboration …, facilitated by X" is not).
const EVENT_BY_CUE =
  /(?:\b(?:was|were|is|are|been|be)\s+(?:\p{L}+ly\s+)?|\b(?:training|trainings|course|courses|seminar|seminars|workshop|workshops|programme|program|exercise|meeting),?\s+)(?:facilitated|co-?ordinated|led|carried\s+out)\s+(?:jointly\s+)?by\s+/giu;
// The end every match of EVENT_BY_CUE has: tried first, as most sentences have none.
const MAY_BE_EVENT_BY = /(?:facilitated|co-?ordinated|led|carried\s+out)\s+(?:jointly\s+)?by\s+/iu;
// "organised on the CICA platform": an event organised on a body's own platform is that body's (a
// video platform, "organised on the ZOOM platform" for an online course, is no body).
const ONLINE = /\b(?:online|virtual|video|web|remote)/i;
const PLATFORM_CUE = /\b(?:co-?)?organi[sz]ed\s+(?:on|within|through)\s+(?:the\s+)?/gi;
// What every match of PLATFORM_CUE holds: a cheap first look.
const MAY_BE_PLATFORM = /organi[sz]ed\s/i;
// Where the body read at `p` ends in the text (an acronym resolved to a name spelled elsewhere ends
// where the acronym does).
function platformEnd(text: string, p: number, m: OrganizationMention): number {
  if (m.start === p) return m.end;
  return p + (/^[\p{L}\p{N}-]+/u.exec(text.slice(p))?.[0].length ?? 0);
}
// "funded by Z", "co-financed by Z", "supported by Z", "with the support of Z", "thanks to the support
// of Z": who pays for or backs the event is mentioned, never an organiser ("hosted and supported by"
// and "organised with the support of" name organisers).
const FUNDER_CUE = new RegExp(
  [
    String.raw`(?<!\b(?:hosted|organi[sz]ed|held|conducted|convened)\s+and\s)\b(?:co-?)?(?:funded|financed|sponsored|supported|backed|paid\s+for|made\s+possible)\s+(?:jointly\s+|generously\s+|entirely\s+)?by\s+`,
    String.raw`(?<!\b(?:organi[sz]ed|held|conducted|convened)\s)\bwith\s+(?:the\s+)?(?:\p{L}+\s+)?(?:support|assistance|funding|backing|help)(?:\s+and\s+(?:support|assistance|funding|help))?\s+(?:of|from)\s+`,
    String.raw`\b(?:thanks\s+to\s+(?:the\s+)?(?:(?:financial|generous|kind)\s+)?(?:support|funding|contribution)\s+(?:of|from)|funding\s+from|grant\s+from)\s+`,
  ].join('|'),
  'giu',
);
// What every match of FUNDER_CUE holds, without its lookbehinds: a sentence without it funds no one.
const MAY_NAME_FUNDER = /(?:funded|financed|sponsored|supported|backed|for|possible)\s+(?:jointly\s+|generously\s+|entirely\s+)?by\s|with\s+(?:the\s+)?(?:[a-z]+\s+)?(?:support|assistance|funding|backing|help)|thanks\s+to\s|(?:funding|grant)\s+from\s/i;
// "supported by Z", "with the support of Z", "with support from Z": backing that names no payment is
// support, which the genre gives the body running the event where no one else is said to ("The
// training was held with support from EUBAM"); paying for it ("funded by", "financial support") never is.
const SUPPORT_ONLY = /^(?:supported|with\s+(?:the\s+)?(?:(?!financial|funding)\p{L}+\s+)?(?:support|assistance|help))\b/iu;
// "the US Department of State funded Centre …": the body right before "funded" pays.
const FUNDS_AFTER = /^\s+(?:funded|financed|backed)\s/;
// "the EU-funded project": the body in the compound pays ("an OSCE-sponsored course" is the OSCE's own).
const FUNDER_COMPOUND = /\b(\p{Lu}[\p{L}]*)-(?:funded|financed|supported|backed)\b/gu;
const MAY_BE_FUNDER_COMPOUND = /-(?:funded|financed|supported|backed)/;
// Partners named after the organiser: "in co-operation with B and C", "organized with the support of
// D". Support alone ("with the support of the EU") is funding: the supporter is mentioned, not an organiser.
const PARTNER_CUE =
  /\b(?:in\s+(?:close\s+)?co-?operation\s+with|in\s+(?:close\s+)?collaboration\s+with|thanks\s+to\s+the\s+(?:close\s+)?co-?operation\s+(?:of|between)|in\s+partnership\s+with|(?:jointly\s+)?organi[sz]ed\s+with(?!\s+the\s+(?:participation|support|assistance|help|aim|purpose)\b)|jointly\s+with|together\s+with|co-?organi[sz]ed\s+with|(?:co-?organi[sz]ed|organi[sz]ed|held|conducted)\s+with\s+(?:the\s+)?(?:support|assistance)\s+(?:of|from)|with\s+(?:their|its)\s+counterparts\s+(?:in|from|of|at))\s+/gi;
// A partner counts only in a sentence about running an event, not "published a handbook together with B".
const RUNNING_VERB =
  /\b(?:co-?organi[sz]|organi[sz]|held\b|hold|conduct|host|conven|run\b|runs\b|ran\b|carried\s+out|carries\s+out|deliver|arrang|start|open|launch|began|begin|conclud|complet|took\s+place|takes\s+place)/i;
// "The Centre (LAC4) in Santo Domingo started …": the seat a body's name leaves out may stand before
// its verb (a capitalised word or two, then a word in lower case); the subject's tests read past it.
const SEAT_BEFORE_VERB = /^\s+in\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?(?=\s+\p{Ll})/u;
// "INTERPOL’s Fugitive Investigative Support unit hosted …": a body acting through a unit it owns,
// named in capitals before a head in lower case, is the subject.
const OWNED_UNIT = /^['’]s(?:\s+\p{Lu}[\p{L}-]*){1,5}\s+(?:unit|team|office|section|division|department|directorate|sub-directorate|branch|programme|program|project|centre|center|secretariat)(?:\s+\([^)]{1,20}\))?(?=\s+\p{Ll})/u;
// "The UNDP country office in Fiji organised …", "The X Foundation (XF) office in Almaty held …": a body
// acting through its office or branch, named in lower case after it, is the subject.
const LOWER_UNIT = /^(?:\s*\([^)]{1,20}\))?(?:\s+(?:country|regional|sub-?regional|field|local|national|provincial|district|liaison))?\s+(?:office|branch|representation|delegation|bureau)(?=\s+(?:in\s+\p{Lu}|\p{Ll}))/u;
// "took place at the Diplomatic Institute, which organized the course with …": a relative clause
// whose subject is the body says what the body did.
const RELATIVE_SUBJECT = /^(?:\s*,)?\s+(?:which|that|who)(?=\s)/;
const pastSeat = (after: string): string => {
  const owned = OWNED_UNIT.exec(after)?.[0].length ?? LOWER_UNIT.exec(after)?.[0].length ?? 0;
  const seat = owned + (SEAT_BEFORE_VERB.exec(after.slice(owned))?.[0].length ?? 0);
  return after.slice(seat + (RELATIVE_SUBJECT.exec(after.slice(seat))?.[0].length ?? 0));
};
// "the OSCE's X, in co-operation with Y, held a course": a body as the subject of holding it. A
// participle followed by a preposition is a passive, as headlines write it ("JICA Programme held for
// African officials", "Centre hosted by the Ministry"): the name is what was held.
const SUBJECT_VERB = new RegExp(
  String.raw`^(?:\s*,[^,.;]{0,160}?,|\s*,)?\s+(?:has\s+|have\s+|had\s+)?(?:[a-z]+ed\s+and\s+)?(?:co-?organi[sz]ed|organi[sz]ed|organi[sz]es|(?:held|conducted|hosted)(?!\s+(?:for|in|at|on|from|under|during|by|to|across|throughout)\b)|holds|conducts|hosts|convened|ran|runs)\b`,
  'u',
);
// "The OSCE Mission to X today concluded a series of roundtables": opening or closing an event.
const SUBJECT_OPENS = new RegExp(
  String.raw`^\s+(?:today\s+|has\s+|have\s+)?(?:opened|opens|launched|launches|concluded|concludes|start|starts|started)\s+(?:[\p{L}-]+\s+){0,5}?(?:training|trainings|course|courses|seminar|seminars|workshop|workshops|conference|forum|round-?tables?|exercise|series)\b`,
  'iu',
);
// "X on Friday completed the training of …", "X is organizing training …", "X police advisers
// delivered a course", "X will implement a training programme", "X trains senior officials": a body
// (or its people) as the active subject of running an event. Adverbials of time may stand between;
// a passive ("was trained") or a body whose people are the ones trained ("officers from X completed")
// is not such a subject.
const TIME_ADVERBIAL = String.raw`(?:(?:today|yesterday|recently|successfully|jointly|also|again|currently|now|earlier\s+this\s+(?:week|month|year)|this\s+(?:week|month|morning|year)|last\s+(?:week|month)|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d{1,2}(?:st|nd|rd|th)?\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+\s+\d{1,2}(?:st|nd|rd|th)?))[,]?\s+)`;
const RUN_AUX = String.raw`(?:(?:will|would|is|are|has|have|had|was|were)\s+(?:(?:also|been|be|now|jointly|successfully)\s+)*(?:able\s+to\s+)?)`;
const EVENT_NOUNS = String.raw`(?:trainings?|courses?|seminars?|workshops?|conferences?|forums?|round-?tables?|exercises?|series|programmes?|programs?|meetings?|study\s+visits?|graduation|schools?)`;
const RUN_VERBS = String.raw`(?:co-?organi[sz](?:e|es|ed|ing)|facilitat(?:e|es|ed|ing)|organi[sz](?:e|es|ed|ing)|hold(?:s|ing)?|held|conduct(?:s|ed|ing)?|(?:co-?)?host(?:s|ed|ing)?|kick(?:s|ed|ing)?\s+off|wrap(?:s|ped|ping)?\s+up|welcom(?:e|es|ed|ing)|invit(?:e|es|ed|ing)|gather(?:s|ed|ing)?|br(?:ing|ings|ought|inging)\s+together|conven(?:e|es|ed|ing)|deliver(?:s|ed|ing)?|launch(?:es|ed|ing)?|open(?:s|ed)?|conclud(?:e|es|ed)|clos(?:e|es|ed)|implement(?:s|ed|ing)?|provid(?:e|es|ed|ing)|g[ai]ve|gives|giving|carr(?:y|ies|ied|ying)\s+out|run(?:s|ning)?|ran|celebrat(?:e|es|ed|ing)|develop(?:s|ed)?|beg[iau]n(?:s|ning)?|start(?:s|ed|ing)?|execut(?:e|es|ed|ing))`;
// "AFRIPOL organized a two-day intensive interaction": organising or hosting a thing is running it,
// whatever the release calls the thing.
// "The IAEA is organizing, in cooperation with the ICTP, a school": a partner may stand between verb and object.
const ORGANISES = String.raw`(?:co-?organi[sz](?:e|es|ed|ing)|organi[sz](?:e|es|ed|ing)|host(?:s|ed|ing)|conven(?:e|es|ed|ing))(?:,[^,.;]{1,160},)?\s+(?:a|an|the|its|their|this|these|two|three|four|five)\s`;
// "X with the support and assistance of Y has provided training": the supporter stands between the
// subject and its verb.
const WITH_SUPPORT = String.raw`(?:,?\s+with\s+the\s+(?:support|assistance|help)(?:\s+and\s+(?:support|assistance|help))?\s+of\s+[^,.;]{1,100}?(?=,?\s+(?:has|have|is|are|will|was|were)\s))`;
const PEOPLE_OF_BODY = String.raw`(?:(?:police\s+|senior\s+|military\s+)?(?:advis[eo]rs|experts|specialists|trainers|instructors|officers|officials|staff|personnel|teams?)\s+)`;
// "IGAD through its Special Mission to X is training …": the body acts through one of its own.
const THROUGH = String.raw`(?:\s+through\s+(?:its|their)\s+[^,.;]{1,100}?(?=\s+(?:is|are|has|have|will|organi|conduct|held|host|deliver|train)))`;
// "X, through its offices A and B, organized …": the bodies X acts through run the event with it.
const THROUGH_LIST = /^\s*,?\s+through\s+(?:its|their)\s+(?:(?:offices?|units?|agenc(?:y|ies)|sections?|departments?|programmes?|programs?|component)\s+)?(?:the\s+)?/i;
// "X supported the organization and implementation of the … training": helping to organise it is organising it.
// "X supported the Ministry in organising a seminar", "X helped the Academy to hold a course": so is
// helping another to organise it (the one helped runs it too: `its-event-organised`).
const HELPS_ORGANISE = String.raw`(?:supported|assisted|helped)\s+(?:(?:in\s+|with\s+)?(?:the\s+)?organi[sz]ation\s+(?:and\s+[\p{L}-]+\s+)?of\s|(?:the\s+)?\p{Lu}[^,.;]{0,100}?\s(?:in\s+(?:organi[sz]ing|conducting|holding|hosting|running|delivering)|to\s+(?:organi[sz]e|conduct|hold|host|run|deliver))\s)`;
// "FRA contributed to the training of Schengen evaluators": a body giving its part to the event itself
// (not to "the development of training curricula") takes part in running it.
const CONTRIBUTES = String.raw`contribut(?:e|es|ed|ing)\s+to\s+(?:the|this|a|an)\s+(?:[\p{L}-]+\s+){0,2}?${EVENT_NOUNS}\b(?!\s+(?:centres?|centers?|materials?|manuals?|curricul\w*|needs|system))`;
const SUBJECT_RUNS = new RegExp(
  String.raw`^(?:\s*\([^)]{1,80}\))?(?:\s*,[^,.;]{0,160}?,|\s*,)?${THROUGH}?${WITH_SUPPORT}?,?\s+${PEOPLE_OF_BODY}?${TIME_ADVERBIAL}*${RUN_AUX}?${TIME_ADVERBIAL}*(?:${RUN_VERBS}\s+(?:[\p{L}\p{N}'’“”"()-]+\s+){0,6}?${EVENT_NOUNS}\b|${ORGANISES}|${HELPS_ORGANISE}|${CONTRIBUTES})`,
  'iu',
);
const SUBJECT_TRAINS = new RegExp(
  String.raw`^(?:\s*,[^,.;]{0,160}?,)?${THROUGH}?${WITH_SUPPORT}?,?\s+${PEOPLE_OF_BODY}?${TIME_ADVERBIAL}*(?:(?:will|would|is|are|has|have|had)\s+(?:been\s+)?)?(?:(?:re)?train(?:s|ed|ing)?\s+(?!(?:in|at|on|for|with|by|to|as|under|together|jointly|alongside|abroad)\b)|complet(?:e|es|ed)\s+the\s+(?:re)?training\s+of\b)`,
  'iu',
);
// "X, which …, was held", "X was organised": a passive, the body's name what the verb is about; an aside
// between two commas may stand before the verb.
const PASSIVE_REST = String.raw`\s*(?:\S+\s+)?(?:is|are|was|were|been|be)\s+(?:also\s+|jointly\s+|successfully\s+)*(?:\p{L}+ed|held|run|given)\b`;
const PASSIVE_AUX = new RegExp(String.raw`^\s*(?:[^,]*,[^,]*,)?${PASSIVE_REST}`, 'iu');
// PASSIVE_AUX without the aside, which cannot match where fewer than two commas stand: the same
// matches there, without scanning the whole text for the commas first (most texts tried have none).
const PASSIVE_AUX_NO_ASIDE = new RegExp(String.raw`^\s*${PASSIVE_REST}`, 'iu');
const isPassive = (after: string): boolean => {
  const comma = after.indexOf(',');
  return (comma >= 0 && after.indexOf(',', comma + 1) >= 0 ? PASSIVE_AUX : PASSIVE_AUX_NO_ASIDE).test(after);
};
// An acronym as the subject ("AFRIPOL organized a two-day meeting", "IGAD trains officials").
// "EUPOL COPPS", "CARICOM IMPACS", "IIHR-CAPEL": acronyms side by side are one body's name.
const ACRONYM_SUBJECT = /(?<![\p{L}\p{N}(-])(\p{Lu}{3,}(?:[ -]\p{Lu}{3,})*)(?=[\s(,]|['’]s\b)/gu;
// "The workshops IMCK organized for …": the body in a relative clause after the event.
const RELATIVE_RUN = new RegExp(
  String.raw`\b${EVENT_NOUNS}\s+(?:that\s+|which\s+)?(?:the\s+)?$`,
  'iu',
);
const RELATIVE_VERB = /^\s+(?:has\s+|had\s+)?(?:co-?organi[sz]ed|organi[sz]ed|held|conducted|ran|hosted|delivered)\b/i;

// "X yesterday opened a unit in Y and celebrated the graduation of a course": a second verb joined by
// "and" shares the first one's subject.
const SUBJECT_AND_RUNS = new RegExp(
  String.raw`^(?:\s*\([^)]{1,80}\))?\s+${TIME_ADVERBIAL}*\p{L}+ed\s[^.;,]{0,120}?\sand\s+${RUN_VERBS}\s+(?:[\p{L}\p{N}'’“”"()-]+\s+){0,6}?${EVENT_NOUNS}\b`,
  'iu',
);

function runsEvent(after: string): boolean {
  if (isPassive(after)) return false;
  return SUBJECT_RUNS.test(after) || SUBJECT_TRAINS.test(after) || SUBJECT_AND_RUNS.test(after);
}

// "OSCE-organized courses": the body named in the compound, by its fuller name where the text gives one.
const COMPOUND_CUE = /\b(\p{Lu}[\p{L}]*)-(?:organi[sz]ed|led|run|hosted|conducted)\s+/gu;
const MAY_BE_COMPOUND = /-(?:organi[sz]ed|led|run|hosted|conducted)\s/u;
// "organised by A, B and C", "by A as well as B", "by A and by B".
const LIST_JOIN = /^(?:\s*,\s*(?:and\s+|as\s+well\s+as\s+)?|\s+(?:and|as\s+well\s+as)\s+)(?:by\s+)?/;
const PARTNER_JOIN = /^,?\s*(?:in\s+co-?operation|in\s+collaboration|in\s+partnership|jointly|together)\s+with\s+/;
// "the Training Centre under the Supreme Court": a unit named with the body it answers to.
const SUBJECT_LIST_GAP =
  /^(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+|,?\s+(?:in\s+co-?operation|in\s+collaboration|in\s+partnership|jointly|together)\s+with\s+|\s+under\s+)(?:the\s+)?$/;
// "instructors from the Border Troops … conducted": the body is where the subject's people come from.
const PEOPLE_OF = /\b(?:from|of)\s+(?:the\s+)?$/;
// "experts from ICAR conducted a workshop": a body whose experts run the event runs it (its officers
// who complete a course are the trained).
// "The Kazakhstan office of the X organised a seminar": a body's office or branch that runs the event
// is the body at work.
const EXPERTS_OF = /\b(?:experts|specialists|advis[eo]rs|trainers|instructors|facilitators|team|office|branch|representation|unit)\s+(?:from|of)\s+(?:the\s+)?$/i;
// … and only when they hold a whole event ("conducted a regional workshop"), not when they "provide
// training on" a subject or conduct its sessions.
// "Employees of the X (of RF) will train Tajik counterparts": a body whose people train others (an
// active "train" with an object, not "trained in …") runs the training.
const TRAINERS_OF =
  /\b(?:experts|specialists|advis[eo]rs|trainers|instructors|facilitators|team|employees|operatives|officers|officials|staff|personnel|members)\s+(?:from|of)\s+(?:the\s+)?$/i;
const OWNER_AFTER = /^\s+of\s+(?:the\s+)?\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*)?(?=\s+\p{Ll})/u;
const trainsOthers = (before: string, after: string): boolean =>
  TRAINERS_OF.test(before) && SUBJECT_TRAINS.test(after.slice(OWNER_AFTER.exec(after)?.[0].length ?? 0));
// "The X Coast Guard dispatched two members of its Mobile Team to the Y Agency": a body that sends its
// trainers runs what they teach, and the body they are sent to hosts it (see `receivers`).
const SENDS_TRAINERS =
  /^(?:\s*\([^)]{1,20}\))?\s+(?:has\s+|have\s+|had\s+)?(?:dispatched|deployed|seconded|sent)\s+(?:[\p{L}\p{N}-]+\s+){0,3}?(?:trainers|instructors|experts|members|specialists|advis[eo]rs|mentors|team)\b/iu;
const SENT_TO = /^[^.;]{0,240}?\bto\s+(?:the\s+)?$/;
// "… dispatched two experts to the Bureau to support the workshop": sent to back an event others run.
const SENT_TO_SUPPORT = /^[^.;]{0,240}?\bto\s+(?:support|assist|help|observe|attend|monitor)\b/i;
const sendsTrainers = (after: string): boolean => SENDS_TRAINERS.test(after) && !SENT_TO_SUPPORT.test(after);

// The body the trainers were sent to: the first named after "to" in the sentence.
function receivers(text: string, s: Sentence, inSentence: OrganizationMention[], sender: OrganizationMention): OrganizationMention[] {
  if (!sendsTrainers(text.slice(sender.end, s.end))) return [];
  // The words between may be long ("… its Mobile Team (MT), a special team that provides …, to the Agency").
  const to = inSentence.find((m) => m.start > sender.end && SENT_TO.test(text.slice(sender.end, m.start)));
  return to && to.end <= s.end ? [to] : [];
}

// "Law enforcers from the X are due in Manila today to conduct training programs": people of a body who
// come to run the event.
const COME_TO_RUN =
  /^(?:\s*\([^)]{1,20}\))?\s+(?:are|is|were|was|will\s+be|have\s+(?:arrived|come|travell?ed))\b[^.;]{0,60}?\bto\s+(?:conduct|deliver|hold|run|give|provide|lead)\s+(?:a\s+|an\s+|the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:training|trainings|workshops?|seminars?|courses?|programs?|programmes?)\b/iu;
const EXPERTS_RUN =
  /^(?:\s*\([^)]{1,20}\))?\s+(?:have\s+|has\s+)?(?:conducted|organi[sz]ed|held|ran)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,4}?(?:workshop|seminar|course|conference|exercise|training)s?\b/iu;
// "IIHR-CAPEL, as Secretary of UNIORE, and …": a body named in an appositive is a role's, not a subject.
// "Mr X, representing the Y, opened the seminar": nor is a body a person speaks for.
const AS_ROLE_OF = /(?:\b(?<!\bwell\s)as(?:\s+(?:the\s+)?(?:[\p{L}-]+\s+){1,4}(?:of|for|to))?|\brepresenting|\bon\s+behalf\s+of)\s+(?:the\s+)?$/u;
// "At the invitation of the Ministry, the OSCE Mission held …", "Under the auspices of X, Y held …": a
// body that invited, asked for or lent its name to the event is no subject of holding it (the comma
// after it closes the phrase, not an aside); nor is a body that backs it ("With the support of EUBAM,
// the Customs Service held …", "The Ministry, supported by the OSCE, organised …"). What else the text
// says of it still counts.
const INTRODUCED_BY =
  /\b(?:at\s+the\s+(?:kind\s+)?(?:invitation|request|initiative|suggestion)|under\s+the\s+(?:auspices|patronage|aegis|umbrella)|on\s+the\s+(?:initiative|invitation)|upon\s+(?:the\s+)?(?:request|invitation))\s+of\s+(?:the\s+)?$|\bwith\s+(?:the\s+)?(?:[a-z]+\s+)?(?:support|assistance|help|backing|funding)\s+(?:of|from)\s+(?:the\s+)?$|\b(?:supported|assisted|backed|funded|financed|sponsored)\s+by\s+(?:the\s+)?$/i;
// Words before a listed name: "the", "its", "the NGO", "the EU-funded, UNDP-implemented …", and the
// people or offices a body sends ("conducted by (document) experts of the X", "personnel from the X",
// "organised by the offices of the X", "a team of trainers consisting of representatives from X").
const LIST_SKIP = new RegExp(
  String.raw`^\s*(?:(?:the|its|a)\s+|${NGO_PREFIX.source}|[\p{L}]+-(?:funded|implemented|supported|sponsored|financed|based),?\s+|team\s+of\s+[\p{L}]+,?\s+(?:(?:consisting|composed)\s+of\s+)?|(?:[\p{Ll}-]+\s+)?(?:experts|trainers|specialists|representatives|instructors|staff|personnel|officers|officials|employees|members|offices)\s+(?:of|from)\s+)*`,
  'u',
);
// A body named by its acronym alone in a list ("BOMCA and the OSCE held …", "organised by the ICMPD").
const ACRONYM_BEFORE = /(?<![\p{L}\d-])(\p{Lu}{3,}(?:[ -]\p{Lu}{3,})*)(?:\s*,\s*as\s+[^,.;]{1,80},)?(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)(?:the\s+)?$/u;
// An acronym (or two side by side), with the seat or country one capitalised word after it names
// ("DCAF Ljubljana and the Ministry"): the seat counts only where the list goes on or ends after it.
const ACRONYM_ITEM = /^\p{Lu}{3,}(?:[ -]\p{Lu}{3,})*(?![\p{L}\d-])/u;
const ACRONYM_SEAT = /^ (\p{Lu}\p{Ll}+)(?=\s*(?:,|\.|;|$|\s+and\s))/u;
const PART_OR_EVENT =
  /\b(?:sessions?|lessons?|lectures?|modules?|presentations?|classes|training|trainings|course|courses|seminar|seminars|workshop|workshops|exercise|programme|program)\b/gi;
const EVENT_WORD =
  /\b(?:training|course|seminar|workshop|event|conference|programme|program|exercise|meeting|visit|session|forum|round-?table)\b/i;
// "started at the OSCE Border Management Staff College", "the course for border staff at the OSCE …".
const VENUE_CUE =
  /\b(?:(?:held|started|began|begins|opened|opens|took\s+place|takes\s+place|conducted|under\s+way|concluded|completed|ended)(?:\s+today)?|(?:course|training|seminar|workshop)(?:\s+[\p{L}-]+){0,4}?)\s+at\s+/giu;
// What every match of VENUE_CUE holds: a cheap first look.
const MAY_BE_VENUE = /\sat\s/i;
// A name that opens with an international body: "OSCE Border Management Staff College", "UNODC …".
const INTERNATIONAL_OWNER = new RegExp(`^(?:OSCE|UN|EU|United Nations|European Union|${[...INTERNATIONAL_BODIES].join('|')})\\b`);
const FIELD_OFFICE = /^OSCE\s+(?:Programme\s+Office|Office|Centre|Center|Mission|Project\s+Co-?ordinator|Presence)\b/;

/**
 * Organisers and all named bodies. Organisers come from "organized by A, B and C", "A, in
 * co-operation with B, held …", "organized with the support of D", "OSCE-organized courses" (the OSCE
 * office named), "The OSCE Office in Y today opened a seminar"; failing those, the international body
 * the event was held at ("started at the OSCE Staff College"); failing that, the first OSCE field
 * office named. Funders ("funded by E", "with the support of E") are mentioned, not organisers.
 */
export function extractOrganizations(release: ReleaseAnalysis, options: OrganizationsOptions = {}): OrganizationsResult {
  const { text, sentences } = release;
  const hostCode = options.hostCode ?? null;
  const mentions = [...release.organizations];
  const toOrg = (m: OrganizationMention): Organization => ({
    name: m.name,
    countryCode: organizationCountry(m.name, hostCode),
    span: { start: m.start, end: m.end },
  });
  const titleEnd = text.indexOf('\n') < 0 ? text.length : text.indexOf('\n');
  const sightings = canonicalSightings(findOrganizers(text, sentences, mentions), mentions, titleEnd);
  const { chosen, decision } = decideOrganizers(sightings, titleEnd);
  return { organizers: chosen.map(toOrg), organizations: longestForms(mentions).map(toOrg), decision };
}

// Everything the text says of each body, for or against its having organised the event.
// A sentence about other events than the release's: "similar courses", "previous trainings", "since
// 2005", "more than 50 trainings", "previously", "will run parallel to a major judicial training
// programme, led by X" (the other event's runners are not this one's).
// Without the Unicode flag (the words are English), which lets the engine skip ahead: tried on every sentence.
const BACKGROUND = new RegExp(
  String.raw`\b(?:similar|such|previous|past|prior|former)\s+(?:[A-Za-z-]+\s+)?${EVENT_NOUNS}(?!\s+(?:participants|graduates|trainees|attendees|alumni))|\bsince\s+(?:19|20)\d\d\b|\b(?:previously|in\s+the\s+past)\b|\b(?:more\s+than|over|some)\s+\d[\d,]*\s+(?:[A-Za-z-]+\s+)?(?:trainings|courses|seminars|workshops|conferences|exercises|events)\b|\b(?:in\s+)?parallel\s+(?:to|with)\s+(?:a|an|another|other|the)\s+(?:[A-Za-z-]+\s+){0,4}?${EVENT_NOUNS}`,
  'i',
);
// A word every match of BACKGROUND holds, under its flags: a first look that passes over most sentences
// (a plain alternation of words, which the engine scans faster than BACKGROUND's \b before each).
const MAY_BE_BACKGROUND = /s(?:imilar|uch|ince|ome)|p(?:revious|ast|rior|arallel)|former|more|over/i;
// The cues that say a body ran the event: in a sentence about other events they say it ran those.
const RUNS_ONE: ReadonlySet<OrganizerFeature> = new Set(['organised-by', 'runs-it', 'acronym-runs', 'announces-it', 'compound', 'partner', 'its-event-organised', 'trainees-placed']);

function findOrganizers(text: string, sentences: readonly Sentence[], mentions: OrganizationMention[]): OrganizerSighting[] {
  const seen: OrganizerSighting[] = [];
  // Whether a sighting so far says a body ran the event (what `running` reads after each sentence).
  let runs = false;
  const add = (feature: OrganizerFeature, list: readonly OrganizationMention[], at?: number) => {
    for (const mention of list) seen.push({ mention, feature, at: at ?? mention.start });
    if (list.length > 0 && (feature === 'organised-by' || feature === 'runs-it' || feature === 'compound' || feature === 'acronym-runs')) runs = true;
  };
  let running = false;
  const aboutAVisit = /\bvisit/i.test(text.slice(0, text.indexOf('\n') < 0 ? text.length : text.indexOf('\n')));
  const titleEnd = text.indexOf('\n') < 0 ? text.length : text.indexOf('\n');
  const aboutTraining = /\btrain/i.test(text.slice(0, titleEnd));
  const read = (pos: number) => readList(text, mentions, pos);
  const resolveLoose = (word: string, at: number) => resolveAcronym(word, at, mentions, true);
  const jointCompounds = new Set<string>();
  // Whether the sentence read is about other events: one function for every sentence, not one built per sentence.
  let other = false;
  const addHere = (feature: OrganizerFeature, list: readonly OrganizationMention[], at?: number) => add(other && RUNS_ONE.has(feature) ? 'ran-other-events' : feature, list, at);
  // The mentions are in text order (analyzeRelease), the sentences too: the first that may be in a
  // sentence is found by walking on from the last sentence's, not by reading every mention again.
  const inOrder = mentions.every((m, i) => i === 0 || mentions[i - 1]!.start <= m.start);
  let from = 0;
  for (const s of sentences) {
    // "Since 2005 the Academy has held similar courses": who ran other events says little of this one.
    other = (MAY_BE_BACKGROUND.test(s.text) && BACKGROUND.test(s.text)) || aboutAnotherEvent(s.text);
    while (from < mentions.length && mentions[from]!.start < s.start) from++;
    const inSentence = inOrder ? mentionsWithin(mentions, from, s) : mentions.filter((m) => m.start >= s.start && m.end <= s.end);
    // Every match of BY_CUE holds " by ": most sentences have none.
    for (const cue of BY_WORD.test(s.text) && MAY_BE_BY_CUE.test(s.text) ? matchesOf(BY_CUE, s.text) : []) {
      if (teachesAPart(s.text.slice(0, cue.index), cue[0])) continue;
      addHere('organised-by', readList(text, mentions, s.start + cue.index + cue[0].length));
    }
    for (const cue of MAY_BE_EVENT_BY.test(s.text) ? matchesOf(EVENT_BY_CUE, s.text) : []) addHere('organised-by', readList(text, mentions, s.start + cue.index + cue[0].length));
    for (const cue of !MAY_BE_PLATFORM.test(s.text) || ONLINE.test(s.text) ? [] : matchesOf(PLATFORM_CUE, s.text)) {
      const at = s.start + cue.index + cue[0].length;
      const list = readList(text, mentions, at).filter((m) => m.start === at || ACRONYM_ITEM.test(text.slice(at)));
      if (list.length === 1 && /^\s+platform\b/.test(text.slice(platformEnd(text, at, list[0]!)))) addHere('organised-by', list);
    }
    for (const cue of MAY_BE_COMPOUND.test(s.text) ? matchesOf(COMPOUND_CUE, s.text) : []) addHere('compound', compoundBody(cue[1]!, s.start + cue.index, mentions), s.start + cue.index);
    const subjectList = subjects(text, inSentence);
    for (const m of subjectList) addHere(announces(text, m.end) ? 'announces-it' : 'runs-it', [m]);
    for (const m of subjectList) addHere('runs-it', throughList(text, mentions, m));
    for (const m of subjectList) addHere('partner', receivers(text, s, inSentence, m));
    // The acronyms no named body covers, read once for the two readers of them.
    const acronyms = looseAcronyms(text, s, inSentence);
    for (const a of acronymSubjects(text, s, acronyms, mentions)) {
      const end = a.at + (/^[\p{L}\p{N}-]+/u.exec(text.slice(a.at))?.[0].length ?? 0);
      addHere(announces(text, end) ? 'announces-it' : 'acronym-runs', [a.mention], a.at);
      addHere(announces(text, end) ? 'announces-it' : 'runs-it', listedBefore(text, s, a.at, mentions, resolveLoose));
    }
    for (const a of eventOwners(text, acronyms, inSentence, mentions)) add('names-the-event', [a.mention], a.at);
    addHere('its-event-organised', eventHelpedWith(text, s, mentions));
    addHere('organised-by', coordinatedUnder(s, read));
    const assisted = assistedRunners(text, s, mentions, read, resolveLoose);
    addHere('runs-it', assisted.runners);
    addHere('assists-it', assisted.helpers);
    addHere('named-organiser', namedOrganizers(text, s, mentions, read, resolveLoose));
    const together = joinedForces(text, s, mentions, read, resolveLoose);
    addHere('runs-it', together.subjects);
    addHere('partner', together.partners);
    addHere('runs-it', coHosts(text, s, mentions, resolveLoose));
    for (const at of taughtBy(s)) addHere('organised-by', read(at));
    for (const at of trainedBy(s)) addHere('organised-by', read(at));
    const thanked = thankedFor(s, read);
    addHere('lends-its-site', thanked.hosts);
    addHere('organised-by', thanked.organisers);
    addHere('acronym-runs', acronymNamedSubjects(s, mentions, (after) => runsEvent(pastSeat(after)), plainNameWord));
    for (const joint of jointAcronyms(s, resolveLoose)) {
      jointCompounds.add(joint.compound);
      addHere('joint-compound', joint.bodies);
    }
    // "The workshop, a joint initiative of the Ministry and UNDP, …": the event is the bodies' joint work.
    for (const cue of MAY_BE_JOINT_WORK.test(s.text) && EVENT_WORD.test(s.text) ? matchesOf(JOINT_WORK, s.text) : []) {
      addHere('organised-by', readList(text, mentions, s.start + cue.index + cue[0].length));
    }
    addHere('runs-it', nationalServiceTrainers(text, s));
    if (s.start < titleEnd) add('runs-it', headlineHeld(text.slice(0, titleEnd), mentions));
    if (aboutTraining) addHere('trainees-placed', placedWith(text, s, mentions));
    const paying = funders(text, s, inSentence, mentions);
    add('funder', paying.funders);
    add('co-funder', paying.coFunders);
    add('supporter', paying.supporters);
    if (aboutAVisit) add('hosts-visit', visitHost(text, s, mentions));
    add('lends-its-site', sitesLent(s, inSentence));
    // "The IAEA is organizing, in cooperation with the ICTP, a school …": a body named by its acronym
    // that runs the event makes the sentence one about running it, as a named body does.
    running ||= runs;
    if (!RUNNING_VERB.test(s.text) || (!EVENT_WORD.test(s.text) && !running)) continue;
    for (const cue of matchesOf(PARTNER_CUE, s.text)) addHere('partner', readList(text, mentions, s.start + cue.index + cue[0].length));
  }
  addTitleListMates(text.slice(0, titleEnd), mentions, seen, resolveLoose, add);
  // "a joint RNDP–RNODC course": the compound is the bodies in it, never one body of that name.
  for (let i = seen.length - 1; i >= 0; i--) if (jointCompounds.has(seen[i]!.mention.name)) seen.splice(i, 1);
  const joint = sentences.flatMap((s) => (MAY_BE_JOINT_BY.test(s.text) ? matchesOf(JOINT_BY_CUE, s.text) : []).map((cue) => readList(text, mentions, s.start + cue.index + cue[0].length))).find((list) => list.length >= 2);
  // A body the title has backing it ("UNDP supports workshop …") that holds it in the text, beside
  // the bodies said to have jointly organised it, is their backer: a team that "delivered" the
  // training beside them is not touched.
  if (joint) {
    const named = new Set(joint.map((m) => m.name));
    const backer = TITLE_BACKS.exec(text.slice(0, text.indexOf('\n') < 0 ? text.length : text.indexOf('\n')))?.[1]?.replace(/^the\s+/i, '');
    // "OSCE supports …" over "jointly organized by the OSCE Strategic Police Matters Unit and …": one
    // of the backer's own units is in the list, so the backer is among them.
    const amongThem = backer !== undefined && joint.some((m) => m.name.startsWith(`${backer} `));
    for (const x of [...seen]) if (x.mention.name === backer && !named.has(x.mention.name) && !amongThem) add('outside-joint-list', [x.mention], x.at);
  }
  const strong = seen.some((x) => x.feature === 'organised-by' || x.feature === 'runs-it' || x.feature === 'compound');
  // Where no body is said to run it: the international body's college it was held at, and the OSCE
  // field office the release names (the weakest of all, beaten by "the OSCE course" in a title).
  if (strong) return seen;
  const sites = venueBodies(text, sentences, mentions);
  add('held-at-its-site', sites.international);
  add('school-hosts-it', sites.schools);
  add('trains-its-own', traineesOwnBodies(text, sentences, mentions));
  add('trains-its-own', serviceOwnTraining(text, mentions));
  const office = mentions.find((m) => FIELD_OFFICE.test(m.name));
  if (office) add('field-office', [office]);
  return seen;
}

// The mentions inside sentence `s`, in order (what filtering every mention by its span gives), from
// `mentions` sorted by start, `from` the first that starts at or after the sentence's start.
function mentionsWithin(mentions: readonly OrganizationMention[], from: number, s: Sentence): OrganizationMention[] {
  const within: OrganizationMention[] = [];
  for (let i = from; i < mentions.length && mentions[i]!.start <= s.end; i++) if (mentions[i]!.end <= s.end) within.push(mentions[i]!);
  return within;
}

// "Under its Justice Programme, the Foundation organised …", "Within the framework of the X project, Y
// held …": a programme named in an opening phrase frames the event; the comma after it closes the
// phrase, it lists no second subject.
const FRAME_OPENING = /(?:^|[.;:]\s+|\n)(?:under|within|as\s+part\s+of|in\s+the\s+framework\s+of|within\s+the\s+framework\s+of)\s+(?:the\s+|its\s+|their\s+)?$/i;
const framesTheEvent = (text: string, m: OrganizationMention): boolean =>
  /^\s*,/.test(text.slice(m.end, m.end + 3)) && FRAME_OPENING.test(text.slice(Math.max(0, m.start - 60), m.start));

// A word that completes an acronym's name ("EUCAP Nestor"): no head, title or country.
const plainNameWord = (word: string): boolean => !HEAD_WORDS.has(word) && !TITLE_WORDS.has(word) && findCountryMentions(word).length === 0;

// The cues that say a body ran the event, for a headline's list to share (see `titleBackers`).
const RAN_IT: ReadonlySet<OrganizerFeature> = new Set(['organised-by', 'runs-it', 'acronym-runs', 'partner', 'compound']);

// "… with A and B support" over a text that says B ran it: A, listed with B, shares the part.
function addTitleListMates(
  title: string,
  mentions: OrganizationMention[],
  seen: readonly OrganizerSighting[],
  resolve: (word: string, at: number) => OrganizationMention,
  add: (feature: OrganizerFeature, list: readonly OrganizationMention[]) => void,
): void {
  const backers = titleBackers(title, mentions, resolve);
  const ran = (b: OrganizationMention) => seen.some((x) => x.mention.name === b.name && RAN_IT.has(x.feature));
  if (backers.some(ran)) add('title-list-mate', backers.filter((b) => !ran(b)));
}

// Who pays or backs the event: "funded by Z", "with the support of Z", "the Z-funded …", "Z funded Centre".
// "co-financed by A, B and C" shares the cost out: see the 'co-funder' feature.
function funders(text: string, s: Sentence, inSentence: OrganizationMention[], mentions: OrganizationMention[]): Paying {
  // "With the support of the OSCE, the Ministry pays attention to …" is about the body's work at large.
  if (!EVENT_WORD.test(s.text)) return { funders: [], coFunders: [], supporters: [] };
  const found: OrganizationMention[] = [];
  const coFunders: OrganizationMention[] = [];
  const supporters: OrganizationMention[] = [];
  for (const cue of MAY_NAME_FUNDER.test(s.text) ? matchesOf(FUNDER_CUE, s.text) : []) {
    const kind = /^co-?(?:funded|financed|sponsored)/i.test(cue[0]) ? coFunders : SUPPORT_ONLY.test(cue[0]) ? supporters : found;
    kind.push(...readList(text, mentions, s.start + cue.index + cue[0].length, false));
  }
  for (const cue of MAY_BE_FUNDER_COMPOUND.test(s.text) ? matchesOf(FUNDER_COMPOUND, s.text) : []) found.push(resolveAcronym(cue[1]!, s.start + cue.index, mentions, false));
  found.push(...inSentence.filter((m) => FUNDS_AFTER.test(text.slice(m.end, m.end + 12))));
  return { funders: found, coFunders, supporters };
}

interface Paying {
  funders: OrganizationMention[];
  coFunders: OrganizationMention[];
  supporters: OrganizationMention[];
}

// "A group of Sri Lankan police officers visited the Delhi Police Training Centre yesterday.", "employees
// of the Agency visited CARICC.": in a release whose title is about a visit, the one body people
// visited (the sentence ends after it, a time at most between) is the visit's host. A tour of several
// places ("visited A and met B, visited C") names no one host.
const VISIT_CUE = /\b(?:visited|paid\s+(?:a|an)\s+(?:[\p{L}-]+\s+)?visit\s+to)\s+(?:the\s+)?/giu;
const VISITORS =
  /\b(?:officers|officials|employees|delegation|delegates|team|group|participants|trainees|students|cadets|judges|prosecutors|staff|members|representatives|inspectors|guards|specialists|experts)\b/i;
const VISIT_ENDS =
  /^(?:\s*\([^)]{0,20}\))?(?:\s+(?:yesterday|today|on\s+[^,.;()]{1,30}|last\s+\p{L}+|this\s+\p{L}+|earlier\s+this\s+\p{L}+))?(?:\s*\([^)]{0,20}\))?\s*(?:[.;]|$)/u;

function visitHost(text: string, s: Sentence, mentions: OrganizationMention[]): OrganizationMention[] {
  const cues = matchesOf(VISIT_CUE, s.text);
  const cue = cues[0];
  if (cues.length !== 1 || !cue || !VISITORS.test(s.text.slice(0, cue.index))) return [];
  const p = s.start + cue.index + cue[0].length;
  const direct = mentions.filter((m) => m.start === p).sort((a, b) => b.end - a.end)[0];
  const acronym = direct ? undefined : acronymItem(text, p, mentions, false);
  const end = direct ? direct.end : acronym ? p + acronym.length : -1;
  const host = direct ?? acronym?.mention;
  return host && VISIT_ENDS.test(text.slice(end, s.end + 1)) ? [host] : [];
}

// "… thank the Academy and its staff for providing facilities for the training", "the Ministry provided
// the premises for the course": the body nearest before the words (in the sentence, about an event).
const LENDS_SITE =
  /\b(?:provid(?:ed|es|ing)|offer(?:ed|s|ing)|made\s+available|put\s+at\s+(?:the\s+)?disposal)\s+(?:the\s+|its\s+|their\s+)?(?:[\p{Ll}-]+\s+)?(?:facilities|premises|venue|rooms|hall|classrooms?|training\s+grounds?)\b/iu;

// The nouns alone, a cheap first look: most sentences lend nothing.
const SITE_NOUN = /facilities|premises|venue|rooms|hall|classroom|ground/;

function sitesLent(s: Sentence, inSentence: OrganizationMention[]): OrganizationMention[] {
  const cue = SITE_NOUN.test(s.text) ? LENDS_SITE.exec(s.text) : null;
  if (!cue || !EVENT_WORD.test(s.text)) return [];
  const at = s.start + cue.index;
  const before = inSentence.filter((m) => m.end <= at);
  const nearest = before[before.length - 1];
  return nearest && at - nearest.end <= 80 ? [nearest] : [];
}

// "X, through its offices the A (FBI) and the B (INL), organized …" → A and B.
function throughList(text: string, mentions: OrganizationMention[], subject: OrganizationMention): OrganizationMention[] {
  const through = THROUGH_LIST.exec(text.slice(subject.end, subject.end + 60));
  return through ? readList(text, mentions, subject.end + through[0].length) : [];
}

// "the OSCE course", "This Council of Europe activity", "IMO maritime security workshop": the event
// named as a body's own (a few lower-case words or an acronym between; never "the X-funded …", nor a
// training centre, which is a place).
const OWNS_EVENT =
  /^(?:['’]s)?\s+(?:(?!(?:will|would|shall|can|may|must|is|are|was|were|be|been|has|have|had|to|and|or|in|on|for|of|at|by|with|from|the|a|an|its|their|this|that|which|who|also|then|after|before|during|charge|provid\w*|deliver\w*|conduct\w*|organi[sz]\w*|gives?|gave|offer\w*|runs?|ran|holds?|opens?|begins?|began|starts?|complet\w*|attend\w*|receiv\w*|join\w*|support\w*|fund\w*|new|first|second|next|last)\b)(?:[\p{Ll}][\p{Ll}-]*(?<!ed)|\p{Lu}{2,}|\p{Lu}\p{Ll}+)\s+){0,3}?(?:training|trainings|course|courses|seminar|seminars|workshop|workshops|activity|activities|programme|program|conference|exercise|round-?table|study\s+visit)\b(?!\s+(?:centres?|centers?|facilit\w*|institute|academy|college|school|room|materials?|manuals?|curricul\w*|needs|capacity|system|department|unit|section|of\s+trainers))/u;

function eventOwners(
  text: string,
  acronyms: readonly LooseAcronym[],
  inSentence: OrganizationMention[],
  mentions: OrganizationMention[],
): { mention: OrganizationMention; at: number }[] {
  const found = inSentence.filter((m) => OWNS_EVENT.test(text.slice(m.end, m.end + 80))).map((mention) => ({ mention, at: mention.start }));
  for (const { word, start, end } of acronyms) {
    if (!OWNS_EVENT.test(text.slice(end, end + 80)) || spelledAsTopic(text, word)) continue;
    found.push({ mention: resolveRun(word, start, mentions, false), at: start });
  }
  return found;
}

// "X supported the organization and implementation of the Y (ABC) tactical training": the body whose
// event another helped to organise is the one organising it; so is the body another helped to run it.
const HELPED_WITH = /\b(?:supported|assisted|helped)\s+(?:in\s+|with\s+)?(?:the\s+)?organi[sz]ation\s+(?:and\s+[\p{L}-]+\s+)?of\s+(?:the\s+)?/giu;
// "The X Mission supported the Ministry of Justice in organising a seminar", "… helped the Academy to
// hold a course": the body helped to run the event runs it.
const HELPED_BODY = /\b(?:supported|assisted|helped)\s+(?:the\s+)?/gi;
const TO_RUN = /^(?:\s*\([^)]{1,20}\))?\s+(?:in\s+(?:organi[sz]ing|conducting|holding|hosting|running|delivering)|to\s+(?:organi[sz]e|conduct|hold|host|run|deliver))\b/i;
const MAY_HELP = /organi[sz]ation\s|supported|assisted|helped/i;

function eventHelpedWith(text: string, s: Sentence, mentions: readonly OrganizationMention[]): OrganizationMention[] {
  if (!MAY_HELP.test(s.text)) return [];
  const found: OrganizationMention[] = [];
  for (const cue of matchesOf(HELPED_WITH, s.text)) {
    const at = s.start + cue.index + cue[0].length;
    const owner = mentions.filter((m) => m.start === at).sort((a, b) => b.end - a.end)[0];
    if (owner && OWNS_EVENT.test(text.slice(owner.end, owner.end + 80))) found.push(owner);
  }
  for (const cue of matchesOf(HELPED_BODY, s.text)) {
    const at = s.start + cue.index + cue[0].length;
    const helped = mentions.filter((m) => m.start === at).sort((a, b) => b.end - a.end)[0];
    if (helped && TO_RUN.test(text.slice(helped.end, helped.end + 40))) found.push(helped);
  }
  return found;
}

// "PNG police to Australia for training … The 27 officers will be placed with the Federal Police and the
// State Police Service": trainees placed with or attached to bodies (a placement, in a release about
// training) are trained by them. The subject is people or their number, not equipment or a project.
const PLACED = /\b(?:will\s+be|are\s+to\s+be|were|are)\s+(?:placed|attached|seconded|embedded)\s+(?:with|by|to|at)\s+(?:the\s+)?/gi;
// Before the verb: a short subject naming people (a people noun, "police", or their number: "The 27").
const PLACED_SUBJECT = /^[^.;]{0,100}$/;
const PLACED_PEOPLE = new Set([...ATTENDING_PEOPLE, 'police']);
const placedPeople = (subject: string): boolean =>
  PLACED_SUBJECT.test(subject) && (/\b\d+\b/.test(subject) || subject.toLowerCase().split(/[^a-z]+/).some((w) => PLACED_PEOPLE.has(w)));
const MAY_BE_PLACED = /placed|attached|seconded|embedded/i;

function placedWith(text: string, s: Sentence, mentions: OrganizationMention[]): OrganizationMention[] {
  if (!MAY_BE_PLACED.test(s.text)) return [];
  for (const cue of matchesOf(PLACED, s.text)) {
    if (!placedPeople(s.text.slice(0, cue.index))) continue;
    return readList(text, mentions, s.start + cue.index + cue[0].length);
  }
  return [];
}

// "50 Colombian police trainers … are in the process of training 11,500 officers", "Japanese police
// instructors trained 30 officers": a nation's service written in lower case, as newspapers write it,
// whose trainers run the training, is named "Colombian police". Trainers, not officers (officers are
// most often the trained); an active verb with an object (not "training in", "trained by").
const SERVICE_TRAINERS = /^\s+(police|customs|army|navy|coast\s+guard|gendarmerie|border\s+guards?|armed\s+forces)\s+(?:trainers|instructors|experts|specialists|advis[eo]rs|mentors)\b/i;
const TRAINERS_TRAIN = new RegExp(
  String.raw`^(?:\s+(?:specializ|specialis|based|deployed|working)\w*\s+(?:in|on|at)\s+[^,.;]{1,60}?)?\s+(?:(?:are|is|were|was|have\s+been|has\s+been|will\s+be)\s+(?:currently\s+|now\s+|still\s+)?(?:in\s+the\s+process\s+of\s+)?(?:training|teaching|instructing)|(?:have\s+|has\s+|had\s+|will\s+)?(?:trained|train|trains|taught|teach|teaches|instructed))\s+(?!(?:in|at|on|for|by|with|as|to|together|alongside|abroad|here|there|hard)\b)`,
  'i',
);
const MAY_BE_SERVICE = /\b(?:police|customs|army|navy|coast\s+guard|gendarmerie|border\s+guard|armed\s+forces)\s+(?:trainers|instructors|experts|specialists|advis[eo]rs|mentors)\b/i;

function nationalServiceTrainers(text: string, s: Sentence): OrganizationMention[] {
  if (!MAY_BE_SERVICE.test(s.text)) return [];
  const found: OrganizationMention[] = [];
  for (const c of findCountryMentions(s.text)) {
    if (c.form !== 'adjective') continue;
    const service = SERVICE_TRAINERS.exec(s.text.slice(c.end));
    if (!service || !TRAINERS_TRAIN.test(s.text.slice(c.end + service[0].length))) continue;
    const end = s.start + c.end + service[0].indexOf(service[1]!) + service[1]!.length;
    found.push({ name: text.slice(s.start + c.start, end).replace(/\s+/g, ' '), start: s.start + c.start, end });
  }
  return found;
}

// "JICA Trainee Program held for African Countries", "IMO Workshop Conducted in Accra": a headline
// saying a body's own programme or course was held names the body that held it (its acronym resolved
// to the name the text spells; not a country's: "US Course held" says where it is from).
const HEADLINE_HELD =
  /^(\p{Lu}{2,}[\p{Lu}\p{N}-]*)\s+(?:[\p{L}-]+\s+){0,3}?(?:[Pp]rogram|[Pp]rogramme|[Cc]ourse|[Tt]raining|[Ss]eminar|[Ww]orkshop|[Cc]onference|[Ff]orum|[Ee]xercise)s?\s+(?:held|conducted|organi[sz]ed|launched|Held|Conducted|Organi[sz]ed|Launched)\b/u;

function headlineHeld(title: string, mentions: OrganizationMention[]): OrganizationMention[] {
  const m = HEADLINE_HELD.exec(title);
  if (!m || findCountryMentions(m[1]!).length > 0) return [];
  return [resolveAcronym(m[1]!, 0, mentions, true)];
}

// "the closing ceremony of the 92nd and 93rd police training programs", where the one police body
// named is the National Police of X: a service's training named by the service in lower case is its
// own (weak, sought only where no body is said to run it, and only where one body of that service is named).
const SERVICE_TRAINING = /\b(police|customs|prison|army|navy|coast\s+guard)\s+training\s+(?:programs?|programmes?|courses?)\b/;

function serviceOwnTraining(text: string, mentions: readonly OrganizationMention[]): OrganizationMention[] {
  const service = SERVICE_TRAINING.exec(text)?.[1];
  if (!service) return [];
  const Service = service.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());
  const bodies = longestForms(mentions.filter((m) => m.name.includes(Service)));
  return bodies.length === 1 ? bodies : [];
}

// "a joint initiative of A and B", "a joint effort by A and B", "the joint event of A and B": the event
// as the bodies' joint work (not "a joint project of", a project being no event).
const JOINT_WORK = /\bjoint\s+(?:initiative|effort|undertaking|activity|event|endeavou?r|organi[sz]ation)\s+(?:of|by|between)\s+(?:the\s+)?/gi;
const MAY_BE_JOINT_WORK = /\bjoint\s/i;

/** An acronym of a sentence that no body named there covers and that is not the dateline's. */
interface LooseAcronym {
  word: string;
  start: number;
  end: number;
}

// The sentence's acronyms (ACRONYM_SUBJECT) that may stand for a body on their own: read once for
// its two readers (eventOwners, acronymSubjects).
function looseAcronyms(text: string, s: Sentence, inSentence: OrganizationMention[]): LooseAcronym[] {
  const found: LooseAcronym[] = [];
  const t = s.text;
  // ACRONYM_SUBJECT's matches, in the order it finds them: it can begin only at a capital with no letter,
  // digit, "(" or "-" before it and two more capitals after it, so it is tried (sticky) only there, not
  // at every character nor at every capitalised word.
  let open = true;
  for (let i = 0; i < t.length; ) {
    const cp = t.codePointAt(i)!;
    const cls = classOf(cp);
    if (open && (cls & UPPER) !== 0 && twoCapitalsAfter(t, i + (cp > 0xffff ? 2 : 1))) {
      ACRONYM_AT.lastIndex = i;
      const a = ACRONYM_AT.exec(t);
      if (a) {
        const word = a[1]!;
        const start = s.start + i;
        const end = start + word.length;
        i += a[0].length;
        open = isOpenBefore(codePointBefore(t, i));
        if (inSentence.some((m) => m.start <= start && m.end >= end) || isDateline(text, start, end)) continue;
        found.push({ word, start, end });
        continue;
      }
    }
    open = (cls & LETTER_OR_NUMBER) === 0 && cp !== 0x28 && cp !== 0x2d;
    i += cp > 0xffff ? 2 : 1;
  }
  return found;
}

// Whether the two code points from `i` on are capitals (ACRONYM_SUBJECT's \p{Lu}{3,} past its first).
function twoCapitalsAfter(t: string, i: number): boolean {
  if (i >= t.length) return false;
  const cp = t.codePointAt(i)!;
  if ((classOf(cp) & UPPER) === 0) return false;
  const j = i + (cp > 0xffff ? 2 : 1);
  return j < t.length && (classOf(t.codePointAt(j)!) & UPPER) !== 0;
}

// ACRONYM_SUBJECT tried at one place; the code points its lookbehind lets an acronym follow.
const ACRONYM_AT = new RegExp(ACRONYM_SUBJECT.source, 'uy');
const isOpenBefore = (cp: number): boolean => (classOf(cp) & LETTER_OR_NUMBER) === 0 && cp !== 0x28 && cp !== 0x2d;

// The body a bare acronym stands for where the text spells it ("… Police (AFP)", or capitalised words
// whose initials it is: "Australian Federal Police" for AFP); `office`: "OSCE" stands for the OSCE field
// office the release names (as in "OSCE-organized").
function resolveAcronym(word: string, at: number, mentions: OrganizationMention[], office: boolean): OrganizationMention {
  if (office) return compoundBody(word, at, mentions)[0]!;
  return compoundBody(word, at, mentions.filter((m) => !FIELD_OFFICE.test(m.name)))[0]!;
}

// "VILNIUS, 23 May 2019 – …", "BISHKEK, Kyrgyzstan –": a word in capitals opening a line before a comma
// and a date or a place is the dateline's town; "EUBAM, together with the Customs Service, organized …"
// opens a sentence with its subject.
function isDateline(text: string, start: number, end: number): boolean {
  return (start === 0 || text[start - 1] === '\n') && /^\s*,\s*(?:\p{N}|\p{Lu}|$)/u.test(text.slice(end, end + 4));
}

// "International Migration Law (IML) training": an acronym the text spells out with words that name
// no body (no head noun) is a subject taught, not who teaches it.
function spelledAsTopic(text: string, acronym: string): boolean {
  // Asked for each sentence an acronym stands in: remembered for the text being read.
  if (text !== TOPIC_TEXT) {
    TOPIC_TEXT = text;
    TOPICS.clear();
  }
  let topic = TOPICS.get(acronym);
  if (topic === undefined) TOPICS.set(acronym, (topic = readsAsTopic(text, acronym)));
  return topic;
}
let TOPIC_TEXT = '';
const TOPICS = new Map<string, boolean>();

function readsAsTopic(text: string, acronym: string): boolean {
  const at = text.indexOf(`(${acronym})`);
  if (at < 0) return false;
  const words = /((?:\p{Lu}[\p{L}-]*,?\s+(?:(?:of|and|on|for|the|in|to)\s+)*){2,14})$/u.exec(text.slice(Math.max(0, at - 160), at))?.[1];
  return words !== undefined && !words.split(/[\s,]+/).some((w) => HEAD_WORDS.has(w));
}

// "IBAHRI ICL training programme": a run of acronyms no name spells is the body its first acronym
// spells ("EUPOL COPPS", spelled nowhere, stays whole).
function resolveRun(run: string, at: number, mentions: OrganizationMention[], office: boolean): OrganizationMention {
  const whole = resolveAcronym(run, at, mentions, office);
  const first = run.split(/[ -]/)[0]!;
  if (whole.name !== run || first === run) return whole;
  const byFirst = resolveAcronym(first, at, mentions, office);
  return byFirst.name !== first ? byFirst : whole;
}

// Asked of every body's name for every acronym resolved and every pair of names compared: remembered
// by name (pure; cleared when full).
const initialsOf = remembered((name) =>
  name
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join(''),
);

// Each sighting under the name its body is reported by: its full form ("the Centre" → "OSCE Centre
// in Astana"), and a short form of a body named as organiser under the longer name ("IOM" beside
// "International Organization for Migration's …"), so what is said of one body adds up.
function canonicalSightings(sightings: OrganizerSighting[], mentions: OrganizationMention[], titleEnd: number): OrganizerSighting[] {
  const full = fullForms(sightings.map((s) => s.mention), mentions);
  const resolved = sightings.map((s, i) => ({ ...s, mention: full[i]! }));
  // In text order, so a body written two ways is reported by its first name.
  const paying = (s: OrganizerSighting) => s.feature === 'funder' || s.feature === 'co-funder';
  const names = [...new Set(resolved.filter((s) => !paying(s)).sort((a, b) => a.mention.start - b.mention.start).map((s) => s.mention.name))];
  const keys = new Map<string, WordsKey>();
  // What a name resolves to hangs on the name and on whether it is a headline's subject alone: a body
  // sighted many times is resolved once per kind.
  const targets = new Map<string, OrganizationMention | undefined>();
  // The two readers of acronyms over all the names, made when first asked.
  let misspelledOf: ((acronym: string) => string | undefined) | undefined;
  let syllabicOf: ((description: string) => string | undefined) | undefined;
  return resolved.map((s) => {
    if (paying(s)) return s;
    // "OSCE" is not the full name of an OSCE field office, only its owner's: "the OSCE course" stays the
    // OSCE's, "DCAF executed … co-organised by DCAF Ljubljana" names two. A title's headline subject
    // ("IOM conducts …" over "IOM Ethiopia conducted …") is the office the text names.
    const headline = s.at < titleEnd && (s.feature === 'runs-it' || s.feature === 'acronym-runs');
    const memoKey = `${headline ? 'h' : 'b'}${s.mention.name}`;
    if (targets.has(memoKey)) {
      const known = targets.get(memoKey);
      return known ? { ...s, mention: known } : s;
    }
    const longer = shortFormTarget(s.mention.name, names, headline);
    // The first of a body's reorderings names it (the name itself, when it comes first).
    const first = longer || names.length < 2 ? undefined : names.find((n) => n === s.mention.name || sameWords(keys, s.mention.name, n));
    const reordered = first !== undefined && first !== s.mention.name ? first : undefined;
    // "UPOL" beside "UN Police (UNPOL)", where the text spells no "UPOL": a letter dropped.
    const misspelled = longer || reordered || spelledIn(mentions, s.mention.name) ? undefined : (misspelledOf ??= misspelledAcronymAmong(names))(s.mention.name);
    // "EU Police Mission" beside "EUPOL COPPS": a description whose words' first letters spell the acronym.
    const syllabic = longer || reordered || misspelled ? undefined : (syllabicOf ??= syllabicAcronymAmong(names))(s.mention.name);
    const target = longer ?? reordered ?? misspelled ?? syllabic;
    const mention = target ? resolved.find((o) => o.mention.name === target)?.mention : undefined;
    targets.set(memoKey, mention);
    return mention ? { ...s, mention } : s;
  });
}

// Whether the text spells the acronym: a name ends in it in brackets.
const spelledIn = (mentions: readonly OrganizationMention[], acronym: string): boolean => mentions.some((m) => m.name.endsWith(`(${acronym})`));

// The longer name among `names` that `short` is a short form of ("IOM" of "International Organization
// for Migration's Minsk", see shortFormTest) or that names it with its owner after it (see
// ownerFirstTest); not a field office of an acronym unless in a headline (see officeOf). What the short
// name alone decides is read once, not once per pair of names.
function shortFormTarget(short: string, names: readonly string[], headline: boolean): string | undefined {
  const shortForm = shortFormTest(short);
  const ownerFirst = ownerFirstTest(short);
  if (!shortForm && !ownerFirst) return undefined;
  return names.find((n) => n !== short && (shortForm?.(n) === true || ownerFirst?.(n) === true) && (headline || !officeOf(short, n)));
}

// "OSCE Border Security and Management Unit" and "Border Security and Management Unit of the OSCE
// Transnational Threats Department": a unit with its owner named first is the unit "of" that owner.
// Null when `short` is no owner's word before a unit of two words or more.
function ownerFirstTest(short: string): ((name: string) => boolean) | null {
  const space = short.indexOf(' ');
  const owner = short.slice(0, space);
  const rest = short.slice(space + 1);
  if (space < 0 || !rest.includes(' ')) return null;
  const unitOf = `${rest} of `;
  return (name) => name.startsWith(unitOf) && name.slice(rest.length).split(/[\s’']+/).includes(owner);
}

interface WordsKey {
  words: string;
  countries: string;
}

// A name's words in any order, without function words, a bracketed acronym or the countries it names
// (kept apart): "Federal Service for Drug Control (FDCS)" → "control drug federal service".
// Pure, and the same bodies are named release after release: remembered by name (cleared when full).
const wordsKey = remembered(readWordsKey);

function readWordsKey(name: string): WordsKey {
  const bare = name.replace(/\([^)]*\)/g, ' ');
  const countries = findCountryMentions(bare);
  let rest = bare;
  for (const c of [...countries].reverse()) rest = rest.slice(0, c.start) + ' ' + rest.slice(c.end);
  const words = rest.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '' && !NAME_FUNCTION_WORDS.has(w));
  return { words: words.length >= 2 ? [...words].sort().join(' ') : '', countries: [...new Set(countries.map((c) => c.code))].sort().join() };
}

// "Federal Service for Drug Control" and "Federal Drug Control Service of the Russian Federation":
// the same words in another order, as translations write a name, with a country only one of them
// names, are one body ("Office in Tajikistan" and "Office in Kyrgyzstan" are two).
function sameWords(keys: Map<string, WordsKey>, a: string, b: string): boolean {
  const ka = keys.get(a) ?? keys.set(a, wordsKey(a)).get(a)!;
  const kb = keys.get(b) ?? keys.set(b, wordsKey(b)).get(b)!;
  return ka.words !== '' && ka.words === kb.words && (ka.countries === kb.countries || ka.countries === '' || kb.countries === '');
}

// "lessons delivered by experts from X", "sessions conducted by Y": X and Y teach a part, they do not
// run the event ("The course was delivered by X" does).
// "equipment provided by Y" is a gift: "provided by" counts only right after the event ("the course
// provided by Y").
function teachesAPart(before: string, cue: string): boolean {
  if (/^provided\b/i.test(cue) && !/\b(?:training|trainings|course|courses|seminar|seminars|workshop|workshops)(?:\s+(?:was|were|is|are|has\s+been|have\s+been|will\s+be))?\s+$/i.test(before)) return true;
  if (!/^(?:conducted|delivered)\b/i.test(cue)) return false;
  const nouns = matchesOf(PART_OR_EVENT, before);
  const last = nouns[nouns.length - 1]?.[0];
  return last !== undefined && /^(?:sessions?|lessons?|lectures?|modules?|presentations?|classes)$/i.test(last);
}

// "OSCE-organized": the OSCE field office the release names, else the body spelled out before
// "(WORD)", else the word itself.
function compoundBody(word: string, at: number, mentions: OrganizationMention[]): OrganizationMention[] {
  const office = mentions.find((m) => m.name.startsWith(word) && m.name.split(/[\s’']/)[0] === word && FIELD_OFFICE.test(m.name));
  // "the COPES training" → "WCO COPES Project": a programme's acronym stands for the programme named with it.
  const spelled =
    mentions.find((m) => m.name.endsWith(`(${word})`)) ??
    mentions.find((m) => initialsOf(m.name) === word) ??
    mentions.find((m) => m.name.endsWith(` ${word} Project`) || m.name.endsWith(` ${word} Programme`) || m.name.endsWith(` ${word} Program`));
  return [office ?? spelled ?? { name: word, start: at, end: at + word.length }];
}

// A list of bodies from `pos`: "the A, the B and the NGO C, in co-operation with D"; "the Centre"
// stands for the OSCE Centre named earlier.
function readList(text: string, mentions: OrganizationMention[], pos: number, office = true): OrganizationMention[] {
  const list: OrganizationMention[] = [];
  let p = pos;
  let closed = false;
  let byComma = false;
  for (;;) {
    p += LIST_SKIP.exec(text.slice(p))?.[0].length ?? 0;
    const direct = mentions.filter((m) => m.start === p);
    const ref = direct.length > 0 ? undefined : backReference(text, mentions, p) ?? acronymItem(text, p, mentions, office) ?? properNameItem(text, p);
    if (direct.length === 0 && !ref) break;
    // "organized by the US Department of State funded Centre …": the funder qualifies the next name.
    const end = direct.length > 0 ? Math.max(...direct.map((m) => m.end)) : p + ref!.length;
    const funds = FUNDS_AFTER.exec(text.slice(end, end + 12));
    if (funds) {
      p = end + funds[0].length;
      continue;
    }
    // "With the support of the EU, the Police Academy conducted a course": a name after a bare comma
    // that goes on with its verb opens the main clause; the list ended at the comma.
    const after = text.slice(end, end + 200);
    if (byComma && (SUBJECT_VERB.test(after) || runsEvent(pastSeat(after)))) break;
    list.push(...(direct.length > 0 ? direct : [ref!.mention]));
    const described = ref && 'unit' in ref ? (ref.unit as OrganizationMention | undefined) : undefined;
    if (described) list.push(described);
    p = direct.length > 0 ? Math.max(...direct.map((m) => m.end)) : p + ref!.length;
    // "the UNDP country office and the Ministry": a one-word body described in lower case.
    if (direct.length > 0 && /^\p{Lu}{3,}$/u.test(text.slice(direct[0]!.start, p))) p += DESCRIBED_BODY.exec(text.slice(p))?.[0].length ?? 0;
    // "carried out by the Support Team from the Maritime Training Team", "by the Training Centre under
    // the Supreme Court": a unit and the body it comes from or answers to.
    const from = /^\s+(?:from|under)\s+(?:the\s+)?/.exec(text.slice(p, p + 12));
    // "by the Ministry under the Rule of Law project": a project is the framework, not a parent body.
    const parent = from ? mentions.find((m) => m.start === p + from[0].length && !/ (?:project|programme|program|initiative)$/.test(m.name)) : undefined;
    if (parent) {
      list.push(parent);
      p = parent.end;
    }
    // "organized with the support of the Federal Police, namely its Training Centre (TC)": the unit
    // named in apposition says which part of the body did it, and is reported in its place.
    const namely = NAMELY.exec(text.slice(p, p + 80));
    const unit = namely ? mentions.filter((m) => m.start === p + namely[0].length).sort((a, b) => b.end - a.end)[0] : undefined;
    if (unit) {
      list.pop();
      list.push(unit);
      p = unit.end;
    }
    // "A, B and C, Commissioner D said": after "and C" the list is over.
    if (closed) break;
    const rest = text.slice(p);
    const partner = PARTNER_JOIN.exec(rest);
    const join = partner ?? LIST_JOIN.exec(rest);
    if (!join) break;
    closed = !partner && /\band\b/.test(join[0]);
    byComma = !partner && !closed;
    p += join[0].length;
  }
  return list;
}

// "the ECA" → "Egyptian Customs Authority (ECA)"; "the OSCE" → the OSCE office the release names.
function acronymItem(text: string, p: number, mentions: OrganizationMention[], office: boolean): { mention: OrganizationMention; length: number; unit?: OrganizationMention } | undefined {
  const word = ACRONYM_ITEM.exec(text.slice(p))?.[0];
  if (!word) return undefined;
  const seat = ACRONYM_SEAT.exec(text.slice(p + word.length))?.[1];
  if (seat && !isHeadOrTitle(seat)) {
    const name = `${word} ${seat}`;
    return { mention: mentions.find((m) => m.name === name) ?? { name, start: p, end: p + name.length }, length: name.length };
  }
  // "the OAS anti-drug commission, the National … and the …": words in lower case that end in a body's
  // head describe the acronym's own body; the list goes on after them.
  const described = DESCRIBED_BODY.exec(text.slice(p + word.length));
  const mention = resolveAcronym(word, p, mentions, office);
  return { mention, length: word.length + (described?.[0].length ?? 0), unit: described ? describedUnit(text, mentions, mention, described[1]!) : undefined };
}

// "organized by the OAS anti-drug commission" where the release named "The Inter-American Drug Abuse
// Control Commission (CICAD), of the Organization of American States (OAS)": the one body with that
// head said to be the acronym's body's own is the unit described (beside its owner).
function describedUnit(text: string, mentions: readonly OrganizationMention[], owner: OrganizationMention, head: string): OrganizationMention | undefined {
  const Head = head[0]!.toUpperCase() + head.slice(1);
  const owned = mentions.filter((m) => m.name !== owner.name && m.name.split(/[\s(]+/).includes(Head) && text.slice(m.end, m.end + 100).includes(`of the ${owner.name}`));
  return new Set(owned.map((m) => m.name)).size === 1 ? owned[0] : undefined;
}

const NAMELY = /^(?:\s+of\s+the\s+\p{Lu}[\p{L}-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}-]*){0,4})?,?\s+(?:namely|i\.\s?e\.,?|specifically|in\s+particular)\s+(?:the\s+|its\s+|their\s+)?/u;

const DESCRIBED_BODY =
  /^(?:[ \t]+[\p{Ll}-]+){0,2}[ \t]+(office|commission|agency|unit|team|department|ministry|mission|programme|program|project|secretariat|centre|center|division|section)(?=\s*(?:,|\.|;|$|\s+and\s))/u;

// "organised by the EU CyberNet together with the Cyber4Dev project": after "the", capitalised words
// that no head noun closes still name a body where a list of bodies is read. A person takes no
// "the"; a title ("the President"), a country ("the United States"), one plain word ("the French")
// or an owner ("the EU’s …") is no body's whole name.
const PROPER_NAME =
  /^(\p{Lu}[\p{L}\p{N}-]*(?:[ \t]+(?:\p{Lu}[\p{L}\p{N}-]*|\d{1,2})){0,3})(?:[ \t]+(?:project|programme|program|initiative))?(?![\p{L}\p{N}’'])/u;
const SHAPED_WORD = /\p{N}|^\p{Lu}{2,}$|^\p{Lu}\p{Ll}+\p{Lu}/u;

// "the International Narcotics and Law Enforcement Affairs (INL)": joined by "and"/"of", whole where an
// acronym in brackets closes the words whose initials it takes.
const PROPER_NAME_ACRONYM = /^(\p{Lu}[\p{L}-]*(?:[ \t]+(?:(?:and|of|for|on|the)[ \t]+)*\p{Lu}[\p{L}-]*){1,8})[ \t]*\((\p{Lu}{2,}\d?)\)/u;
// A name read no further than it goes: "the International Narcotics and Law …" stops at no "and".
const NAME_GOES_ON = /^(?:[ \t]+(?:and|of|for|on|&)[ \t]+\p{Lu}|[ \t]*\()/u;

function spellsInOrder(acronym: string, words: string): boolean {
  const initials = words.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
  let at = 0;
  for (const letter of initials) if (letter === acronym[at]) at++;
  return initials[0] === acronym[0] && at === acronym.length;
}

function properNameItem(text: string, p: number): { mention: OrganizationMention; length: number } | undefined {
  if (!/\bthe\s+$/i.test(text.slice(Math.max(0, p - 5), p))) return undefined;
  const rest = text.slice(p, p + 200);
  const spelled = PROPER_NAME_ACRONYM.exec(rest);
  if (spelled && spellsInOrder(spelled[2]!, spelled[1]!)) return { mention: { name: spelled[0], start: p, end: p + spelled[0].length }, length: spelled[0].length };
  const m = PROPER_NAME.exec(rest);
  if (!m || NAME_GOES_ON.test(rest.slice(m[0].length))) return undefined;
  const words = m[1]!.split(/\s+/);
  if (words.length < 2 && !SHAPED_WORD.test(words[0]!)) return undefined;
  if (words.some((w) => TITLE_WORDS.has(w) || isHeadOrTitle(w))) return undefined;
  if (findCountryMentions(m[1]!).some((c) => c.start === 0 && c.end === m[1]!.length)) return undefined;
  return { mention: { name: m[0], start: p, end: p + m[0].length }, length: m[0].length };
}

// "DCAF Ljubljana" names a seat; "UNODC Police advisers" and "OSCE Head" do not.
function isHeadOrTitle(word: string): boolean {
  return HEAD_WORDS.has(word) || TITLE_WORDS.has(word) || /^(?:The|This|That|On|In|At|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/.test(word);
}

function backReference(
  text: string,
  mentions: OrganizationMention[],
  p: number,
): { mention: OrganizationMention; length: number } | undefined {
  const word = /^(?:Programme\s+)?(\p{Lu}[\p{L}-]*)(?![\p{L}])/u.exec(text.slice(p));
  const head = word?.[1];
  if (!word || !head || !HEAD_WORDS.has(head)) return undefined;
  const earlier = mentions.filter((m) => m.start < p && m.name.includes(head) && m.name.includes(' '));
  const mention = earlier.find((m) => m.name.startsWith('OSCE')) ?? earlier[0];
  return mention ? { mention, length: word[0].length } : undefined;
}

// Subjects of "held"/"organized", including every body listed before one ("A and B held …").
function subjects(text: string, inSentence: OrganizationMention[]): OrganizationMention[] {
  const found: OrganizationMention[] = [];
  for (let i = inSentence.length - 1; i >= 0; i--) {
    const m = inSentence[i]!;
    const before = text.slice(Math.max(0, m.start - 40), m.start);
    if (AS_ROLE_OF.test(before) || INTRODUCED_BY.test(before) || framesTheEvent(text, m)) continue;
    const next = found[0];
    const listed = next !== undefined && SUBJECT_LIST_GAP.test(text.slice(m.end, next.start));
    const after = pastSeat(text.slice(m.end, m.end + 200));
    const subject = PEOPLE_OF.test(before.slice(-10))
      ? (EXPERTS_OF.test(before) && EXPERTS_RUN.test(after)) || trainsOthers(before, after) || COME_TO_RUN.test(after)
      : SUBJECT_VERB.test(after) || SUBJECT_OPENS.test(after) || runsEvent(after) || (RELATIVE_VERB.test(after) && RELATIVE_RUN.test(before)) || sendsTrainers(after);
    if (listed || subject) found.unshift(m);
  }
  // "BOMCA and the OSCE held …": an acronym listed before the first subject is one too.
  const first = found[0];
  const before = first ? ACRONYM_BEFORE.exec(text.slice(Math.max(0, first.start - 140), first.start)) : null;
  const introduced = first && before ? INTRODUCED_BY.test(text.slice(Math.max(0, first.start - before[0].length - 40), first.start - before[0].length)) : false;
  if (first && before && !introduced) {
    const at = first.start - before[0].length;
    found.unshift(compoundBody(before[1]!, at, inSentence)[0]!);
  }
  return found;
}

// A body named only by its acronym as the subject of running the event, where no named body covers it.
function acronymSubjects(
  text: string,
  s: Sentence,
  acronyms: readonly LooseAcronym[],
  mentions: OrganizationMention[],
): { mention: OrganizationMention; at: number }[] {
  const found: { mention: OrganizationMention; at: number }[] = [];
  for (const { word, start, end } of acronyms) {
    const before = text.slice(Math.max(s.start, start - 40), start);
    if (INTRODUCED_BY.test(before)) continue;
    const after = pastSeat(text.slice(end, end + 200));
    if (PEOPLE_OF.test(before.slice(-10)) && !(EXPERTS_OF.test(before) && EXPERTS_RUN.test(after)) && !trainsOthers(before, after)) continue;
    if (!runsEvent(after) && !(RELATIVE_VERB.test(after) && RELATIVE_RUN.test(before))) continue;
    if (spelledAsTopic(text, word)) continue;
    // "BHC, UNLIREC begin …": an acronym listed before the subject is one too.
    const listed = ACRONYM_BEFORE.exec(before);
    if (listed) found.push({ mention: resolveRun(listed[1]!, start - listed[0].length, mentions, true), at: start - listed[0].length });
    found.push({ mention: resolveRun(word, start, mentions, true), at: start });
  }
  return found;
}

// An international body's own college or centre runs what it hosts; a national academy that lends
// its rooms may only be the venue, which says little: its school is the weak `school-hosts-it`.
function venueBodies(text: string, sentences: readonly Sentence[], mentions: OrganizationMention[]): { international: OrganizationMention[]; schools: OrganizationMention[] } {
  const schools: OrganizationMention[] = [];
  for (const s of sentences) {
    for (const cue of MAY_BE_VENUE.test(s.text) ? matchesOf(VENUE_CUE, s.text) : []) {
      const list = readList(text, mentions, s.start + cue.index + cue[0].length);
      if (list.length > 0 && INTERNATIONAL_OWNER.test(list[0]!.name)) return { international: list.slice(0, 1), schools: [] };
      if (list.length > 0 && SCHOOL.test(list[0]!.name)) schools.push(list[0]!);
    }
    // "an officer will be joining the National Police College for a one-year course".
    if (!EVENT_WORD.test(s.text)) continue;
    for (const cue of matchesOf(JOINS_SCHOOL, s.text)) {
      // "will then be joining the College for a one-year course": a later course is another event.
      if (LATER.test(s.text.slice(0, cue.index))) continue;
      const first = readList(text, mentions, s.start + cue.index + cue[0].length)[0];
      if (first && SCHOOL.test(first.name)) schools.push(first);
    }
  }
  return { international: [], schools: schools.slice(0, 1) };
}

const LATER = /\b(?:then|later|afterwards|subsequently|next\s+year)\b/i;
// Taking a course at a school: joining, attending or enrolling at it.
const JOINS_SCHOOL = /\b(?:join(?:s|ed|ing)?|attend(?:s|ed|ing)?|enrol(?:l)?(?:s|ed|ing)?\s+(?:in|at)|admitted\s+to)\s+(?:the\s+)?/gi;
// A body that teaches: "Police Academy", "National Police College (ENSP)", "Diplomatic Institute of the Ministry".
const SCHOOL = /\b(?:Academy|College|Institute|School|University|Training\s+(?:Centre|Center))\b/;

function uniqueByName(list: OrganizationMention[]): OrganizationMention[] {
  const seen = new Set<string>();
  return list.filter((m) => !seen.has(m.name) && seen.add(m.name) !== undefined);
}

// A shorter name is the same body as a longer one that only adds a seat or a parent ("OSCE Centre"
// → "OSCE Centre in Astana", "State Revenues Committee" → "… of the Finance Ministry") or a
// qualifier in front ("Educational Complex" → "Police Educational Complex"); "State Revenues
// Committee of the Finance Ministry" inside "Training Centre of the State Revenues Committee of …"
// is a different body, and so is "Armenian Police" beside "Armenian Police Educational Complex".
function longerForm(name: string, names: readonly string[]): string | undefined {
  // String tests rather than a regex built per pair of names: this runs for every pair of bodies.
  const longer = names.filter((other) => {
    if (other === name) return false;
    if (other.startsWith(name) && /^(?:\s+(?:of|for|in|to)\s|\s*\()/.test(other.slice(name.length))) return true;
    const before = other.endsWith(name) ? other.slice(0, other.length - name.length) : null;
    return before !== null && /\s$/.test(before) && !/\s(?:of|for|the)\s$/.test(before);
  });
  return longer.sort((a, b) => b.length - a.length)[0];
}

function longestForms(mentions: OrganizationMention[]): OrganizationMention[] {
  const names = [...new Set(mentions.map((m) => m.name))];
  return uniqueByName(mentions.filter((m) => longerForm(m.name, names) === undefined));
}

// An organiser named by a short form is reported by its full name, at its first full mention.
function fullForms(organizers: OrganizationMention[], mentions: OrganizationMention[]): OrganizationMention[] {
  const names = [...new Set(mentions.map((m) => m.name))];
  return organizers.map((o) => {
    const full = longerForm(o.name, names);
    return mentions.find((m) => full !== undefined && m.name === full) ?? o;
  });
}

// "OSCE Centre in Astana", "DCAF Ljubljana", "UNODC Iran": an office of the body, not its full name.
function officeOf(acronym: string, name: string): boolean {
  // A string test, not a RegExp built from the text: a name may hold any character ("(A{West Africa)").
  return FIELD_OFFICE.test(name) || (name.startsWith(`${acronym} `) && /^\p{Lu}\p{Ll}+$/u.test(name.slice(acronym.length + 1)));
}

// "IOM" of "International Organization for Migration's Minsk"; "EASF Police" of "Eastern Africa
// Standby Force Police Component" (an acronym, then words the longer name has too). Null when `short`
// opens with no acronym.
function shortFormTest(short: string): ((name: string) => boolean) | null {
  const [first, ...rest] = short.split(' ');
  if (!first || !/^\p{Lu}{2,}$/u.test(first)) return null;
  return (name) => {
    if (!spells(first, name)) return false;
    const words = new Set(name.split(/\s+/));
    return rest.every((w) => words.has(w));
  };
}

function spells(acronym: string, name: string): boolean {
  if (name.startsWith(`${acronym} `) || name.startsWith(`${acronym}’`) || name.startsWith(`${acronym}'`) || name.includes(`(${acronym})`)) return true;
  return initialsOf(name).startsWith(acronym);
}
