import { writeDatelineDate, writeRange } from './calendar.ts';
import type { ReleaseFacts } from './choose-facts.ts';
import { joinList } from './list-words.ts';
import { capitalise, numberInWords } from './number-words.ts';
import { stateNames } from './osce-states.ts';
import { chance, pick, type Rng } from './prng.ts';
import { writeParticipants } from './write-participants.ts';
import { writeQuotes } from './write-quotes.ts';

/** The text of a release stating `facts`: title, dateline, event, people, organisers, quotes. */
export function writeRelease(rng: Rng, facts: ReleaseFacts): string {
  const lines = [writeTitle(rng, facts)];
  const imageFirst = facts.image && chance(rng, 0.5);
  if (imageFirst) lines.push(imageLine(rng));
  lines.push(writeDateline(rng, facts) + writeEventSentence(rng, facts));
  lines.push(writeParticipants(rng, facts));
  if (facts.experts.length > 0) lines.push(writeExperts(rng, facts));
  lines.push(writeOrganisers(rng, facts));
  lines.push(...writeQuotes(rng, facts));
  if (facts.image && !imageFirst) lines.push(imageLine(rng));
  return `${lines.join('\n')}\n`;
}

function writeTitle(rng: Rng, f: ReleaseFacts): string {
  const host = stateNames(f.venue.countryCode).name;
  const kind = f.kind.noun;
  // A release names the OSCE in its title only when an OSCE body runs the event: "OSCE seminar" over
  // a text saying that others organised it is no real publisher's wording, and no truth can score it.
  const osce = runByOsce(f);
  return pick(rng, [
    () => (osce ? `OSCE supports ${kind} on ${f.topic} in ${host}` : `${f.organisers[0]} supports ${kind} on ${f.topic} in ${host}`),
    () => `${capitalise(f.topic)} in focus at ${kind} in ${f.venue.name}`,
    () => `${f.organisers[0]} holds ${kind} on ${f.topic}`,
    () => `${capitalise(f.audience)} trained in ${f.topic}`,
    () => `${f.venue.name} hosts ${kind} on ${f.topic}`,
    () => `Regional ${kind} in ${f.venue.name} looks at ${f.topic}`,
    () => `New skills in ${f.topic}: ${osce ? 'OSCE ' : ''}${kind} for ${f.audience}`,
  ])();
}

function runByOsce(f: ReleaseFacts): boolean {
  return f.organisers.some((o) => /^OSCE\b/.test(o));
}

function writeDateline(rng: Rng, f: ReleaseFacts): string {
  const city = chance(rng, 0.8) ? f.venue.name.toUpperCase() : f.venue.name;
  const country = stateNames(f.venue.countryCode).bare;
  const where = !f.datelineCountry ? city : chance(rng, 0.8) ? `${city}, ${country},` : `${city} (${country}),`;
  const date = writeDatelineDate(f.published, pick(rng, ['dmy', 'dmy', 'dmy', 'mdy', 'short'] as const));
  const sep = f.datelineCountry ? ' ' : ', ';
  return `${where}${sep}${date} ${pick(rng, ['–', '–', '-', '—'])} `;
}

// Weeks only where the dates are stated: a "two-week" course that "ended today" gives no start
// (the corpus convention: weeks are not exact day counts), so a derived date needs days.
function lengthWord(rng: Rng, days: number, datesStated: boolean): string {
  if (datesStated && days === 7 && chance(rng, 0.5)) return 'week-long';
  if (datesStated && days === 14) return 'two-week';
  return `${chance(rng, 0.85) ? numberInWords(days) : String(days)}-day`;
}

function writeEventSentence(rng: Rng, f: ReleaseFacts): string {
  const t = f.timing;
  const what = `${f.kind.noun} on ${f.topic} for ${f.audience}`;
  const at = f.venue.name;
  if (t.type === 'range') {
    const thing = t.statesDays ? `${lengthWord(rng, dayCount(t.start, t.end), true)} ${what}` : what;
    const when = writeRange(t.start, t.end, chance(rng, 0.3));
    return chance(rng, 0.5)
      ? `${capitalise(article(thing))} will take place in ${at} ${when}.`
      : `The ${runByOsce(f) ? 'OSCE' : f.organisers[0]} will hold ${article(thing)} in ${at} ${when}.`;
  }
  const thing = capitalise(article(t.days ? `${lengthWord(rng, t.days, false)} ${what}` : what));
  const verbs = t.type === 'ended' ? ['ended today in', 'concluded in {at} today'] : ['began today in', 'opened in {at} today', 'started today in'];
  const verb = pick(rng, verbs);
  return verb.includes('{at}') ? `${thing} ${verb.replace('{at}', at)}.` : `${thing} ${verb} ${at}.`;
}

/** "a seminar", "an eight-day course". */
function article(phrase: string): string {
  return `${/^(?:[aei]|o(?!ne)|8|11-|18-)/i.test(phrase) ? 'an' : 'a'} ${phrase}`;
}

function dayCount(start: { year: number; month: number; day: number }, end: { year: number; month: number; day: number }): number {
  return Math.round((Date.UTC(end.year, end.month - 1, end.day) - Date.UTC(start.year, start.month - 1, start.day)) / 86_400_000) + 1;
}

function writeExperts(rng: Rng, f: ReleaseFacts): string {
  const names = joinList(f.experts.map((c) => stateNames(c).name));
  const adjectives = f.experts.map((c) => stateNames(c).adjective);
  const options = [
    () => `Experts from ${names} shared their experience with the participants.`,
    () => `The sessions were led by trainers from ${names}.`,
    () => `Instructors from ${names} ran the practical exercises.`,
  ];
  if (adjectives.every((a) => a !== null)) options.push(() => `${joinList(adjectives as string[])} experts delivered the sessions.`);
  return pick(rng, options)();
}

function writeOrganisers(rng: Rng, f: ReleaseFacts): string {
  const [first, second] = f.organisers;
  const kind = f.kind.noun;
  if (!second) return pick(rng, [`The ${kind} was organized by the ${first}.`, `The ${first} organized the ${kind}.`]);
  return pick(rng, [
    `The ${kind} was organized by the ${first} together with the ${second}.`,
    `The ${first} organized the ${kind} in co-operation with the ${second}.`,
    `It was jointly organized by the ${first} and the ${second}.`,
  ]);
}

function imageLine(rng: Rng): string {
  const id = Math.floor(rng.next() * 1e9).toString(36);
  return `![Participants during a practical session](https://www.example.org/media/${id}.jpg)`;
}
