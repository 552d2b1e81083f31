import type { Decision } from '../../schema/evidence.ts';
import { decide, type FeatureTable, type Scorable, type Scored } from './decide.ts';
import type { OrganizationMention } from './organization-mentions.ts';

/**
 * What the text says of a body, for or against its having organised the event. The genre names an
 * organiser in a few ways ("organised by X", "X held a course", "in co-operation with Y", "the X
 * course") and a funder in a few others ("funded by Z", "with the support of Z", "the Z-funded …").
 */
export type OrganizerFeature =
  | 'organised-by'
  | 'runs-it'
  | 'announces-it'
  | 'partner'
  | 'compound'
  | 'acronym-runs'
  | 'names-the-event'
  | 'its-event-organised'
  | 'trainees-placed'
  | 'held-at-its-site'
  | 'school-hosts-it'
  | 'trains-its-own'
  | 'ran-other-events'
  | 'hosts-visit'
  | 'lends-its-site'
  | 'field-office'
  | 'in-title'
  | 'funder'
  | 'co-funder'
  | 'supporter'
  | 'outside-joint-list'
  | 'assists-it'
  | 'title-list-mate'
  | 'named-organiser'
  | 'joint-compound';

/**
 * One table, so a reader sees every weight at once. A strong cue alone makes an organiser; the weak
 * ones ("the OSCE course", the college it was held at, the field office the release names) count
 * only where no strong cue names anyone, and add up (the title's "OSCE training" beats a field office
 * merely named). A funder is never an organiser, whatever else is said of it.
 */
export const ORGANIZER_FEATURES: FeatureTable<OrganizerFeature> = {
  'organised-by': { weight: 4, note: 'after “organised / held / conducted by”' },
  'runs-it': { weight: 4, note: 'the subject of holding or running it' },
  // Alone it still names the organiser; beside an account of who organised it, it gives way.
  'announces-it': { weight: 2, note: 'the subject of a plan to hold it (“will hold”)' },
  partner: { weight: 4, note: '“in co-operation with” it, in a sentence about running it' },
  compound: { weight: 4, note: '“X-organised”' },
  'acronym-runs': { weight: 4, note: 'named by its acronym as the subject of running it' },
  'names-the-event': { weight: 2, note: 'the event is named as its own (“the OSCE course”)' },
  // "X supported the organization of the Y tactical training", "X supported Y in organising a seminar":
  // the helper runs it (`runs-it`), and so does the body it is named after or the one helped.
  'its-event-organised': { weight: 4, note: 'another helped it organise the event (“supported the organization of the Y training”, “supported Y in organising”)' },
  // "The 27 officers will be placed with the State Police Service": a placement's host trains them.
  'trainees-placed': { weight: 4, note: 'the trainees are placed with or attached to it, in a release about training' },
  // Sought only where no body is said to organise or run it, so it stands alone as the old fallback did.
  'held-at-its-site': { weight: 4, note: 'held at its own college or centre, and no other said to run it' },
  // "completed a course at the Diplomatic Institute": a school the event was held at, where no one is
  // said to run it, most often runs its own course; the weakest guess, beaten by any other sign.
  'school-hosts-it': { weight: 1, note: 'held at a school or academy, and no other said to run it' },
  // "Thirty officers of the Customs Division completed a training": a body training its own staff.
  'trains-its-own': { weight: 1, note: 'its own people took it, and no other said to run it' },
  // "Since 2005 the Academy has held similar courses": running other events is a weak sign of running this one.
  'ran-other-events': { weight: 1, note: 'ran other events (“similar courses”, “since 2005”)' },
  // "A group of police officers visited the X Training Centre yesterday": a visit's host receives it.
  'hosts-visit': { weight: 4, note: 'the one body the visitors visited, in a release about a visit' },
  // "… thank the Public Safety Academy for providing facilities for the training": the body that gave
  // its premises hosts it (merely "held at" a national academy does not say so).
  'lends-its-site': { weight: 4, note: 'provided its facilities or premises for it' },
  'field-office': { weight: 1, note: 'the field office the release names' },
  'in-title': { weight: 1, note: 'named so in the title' },
  funder: { weight: -6, note: 'funds or supports it (“funded by”, “with the support of”)' },
  // "co-financed by A, B and C": bodies sharing the cost are often those running it ("in collaboration
  // with B … co-financed by A, B and C"); paying a share says nothing for or against, so only what
  // else the text says of the body counts, and a co-funder alone is below the threshold.
  'co-funder': { weight: 0, note: 'shares its cost (“co-financed by”)' },
  // "The training was held with support from EUBAM": backing that pays for nothing says the body took
  // part in running it, weakly: where another body is said to run it, the backer gives way ("The Police
  // Force, with the support of the Chiefs of Police, provided training").
  supporter: { weight: 1, note: 'supports it (“with the support of”, “supported by”), no payment named' },
  // "It was jointly organised by A and B" says who organised it: a body the title has supporting it
  // ("OSCE supports workshop …") and the text has holding it backs it, no more.
  'outside-joint-list': { weight: -4, note: 'backs it in the title, and not among those the text says jointly organised it' },
  // "X officials with the assistance of the Y Office gave a workshop": help in holding one event is a
  // part in running it (with "supporter" read from the same words, above the strong score).
  'assists-it': { weight: 4, note: 'helped the body that held it (“X, with the assistance of Y, gave a workshop”)' },
  // "Police complete training with A and B support", the text saying B ran it: A shares the part.
  'title-list-mate': { weight: 4, note: 'listed in the title with a body the text says ran it (“with A and B support”)' },
  // "A and B are the organisers of the seminar", "the organisers were A and B", "with B as co-organiser".
  'named-organiser': { weight: 4, note: 'named as its organiser or co-organiser (“A is the organiser of the seminar”)' },
  // "a joint RNDP–RNODC course": the bodies joined after "joint" hold it together.
  'joint-compound': { weight: 4, note: 'one of the bodies in “a joint A–B course”' },
};

/** Below this no body is an organiser. */
export const ORGANIZER_THRESHOLD = 1;
/** A score a strong cue reaches alone: every body at or above it organised the event. */
export const ORGANIZER_STRONG = 4;

/** One thing the text says of a body: the body (by the name it is reported under) and where it was said. */
export interface OrganizerSighting {
  mention: OrganizationMention;
  feature: OrganizerFeature;
  /** Where the cue was read (a title's acronym resolves to a body named in the text). */
  at: number;
}

/**
 * Evidence, then decision: the sightings of each body add up (one of each feature), and the bodies
 * at or above ORGANIZER_STRONG are the organisers; where none is, the best below it (ties kept:
 * "BHC, UNLIREC begin …" names two), or none under ORGANIZER_THRESHOLD. Returns them in the order
 * the text first says so, and the decision with every body considered.
 */
export function decideOrganizers(sightings: readonly OrganizerSighting[], titleEnd: number): { chosen: OrganizationMention[]; decision: Decision | null } {
  const byName = new Map<string, { mention: OrganizationMention; features: Set<OrganizerFeature> }>();
  for (const s of [...sightings].sort((a, b) => a.at - b.at)) {
    const entry = byName.get(s.mention.name) ?? { mention: s.mention, features: new Set<OrganizerFeature>() };
    entry.features.add(s.feature);
    if (s.at < titleEnd && s.feature !== 'funder' && s.feature !== 'co-funder' && s.feature !== 'supporter' && s.feature !== 'field-office') entry.features.add('in-title');
    // The first sighting in the body (not the title) gives the span a reader is sent to.
    if (entry.mention.start < titleEnd && s.mention.start >= titleEnd) entry.mention = s.mention;
    byName.set(s.mention.name, entry);
  }
  const entries = [...byName.values()];
  const candidates: Scorable<OrganizerFeature, { mention: OrganizationMention }>[] = entries.map((e) => ({
    value: { mention: e.mention },
    label: e.mention.name,
    span: { start: e.mention.start, end: e.mention.end },
    features: [...e.features].map((feature) => ({ feature })),
  }));
  const { chosen, decision } = decide('organizers', ORGANIZER_FEATURES, ORGANIZER_THRESHOLD, candidates, chooseOrganizers);
  return { chosen: chosen.map((c) => c.value.mention).sort((a, b) => a.start - b.start), decision };
}

function chooseOrganizers<V>(ranked: readonly Scored<V>[]): readonly Scored<V>[] {
  const strong = ranked.filter((r) => r.candidate.score >= ORGANIZER_STRONG);
  if (strong.length > 0) return strong;
  const best = ranked[0]?.candidate.score;
  return ranked.filter((r) => r.candidate.score === best);
}
