// An archive of our own writing for the analyst's-day journeys (issue 24): each release's text is
// ours, and what extraction keeps beside the facts (decisions with their candidates, typed reasons
// for null facts) is written out as the build step stores it (src/schema/evidence.ts), so the app's
// side is tested whatever the extraction rules of the day choose. Served through the real encoder.
import type { Page } from 'playwright-core';
import type { AtlasEvent, Dataset, Organization, Span, Venue } from '../../../src/schema/dataset.ts';
import type { Absence, Candidate, Decision } from '../../../src/schema/evidence.ts';
import { makeEvent, makeVenue } from '../../fixtures/make-event.ts';
import { serveAppFiles } from './serve-app-files.ts';

/** The span of the first `words` in `text` (the fixture's own text: a missing phrase is a bug here). */
function spanOf(text: string, words: string): Span {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`fixture: “${words}” is not in the text`);
  return { start, end: start + words.length };
}

const town = (city: string, countryCode: string, geonameId: number, lat: number, lon: number): Venue => makeVenue({ city, name: city, countryCode, geonameId, lat, lon });

const candidate = (text: string, label: string, words: string | null, chosen: boolean, evidence: [string, number, string][]): Candidate => ({
  label,
  span: words ? spanOf(text, words) : null,
  score: evidence.reduce((s, [, w]) => s + w, 0),
  evidence: evidence.map(([feature, weight, note]) => ({ feature, weight, note })),
  chosen,
});

/** Organising bodies, one per event, so the organiser facet is long enough to fold and to search. */
const BODIES = ['OSCE Office in Yerevan', 'UNODC Regional Office for Central Asia', 'Border Management Staff College', 'EU Border Assistance Mission', 'Ministry of Internal Affairs', 'Customs Academy of the Region', 'Lakeside Police Academy', 'Regional Training Centre'];

function organizer(text: string, name: string): Organization {
  return { name, countryCode: null, span: spanOf(text, name) };
}

function release(id: string, text: string, facts: Parameters<typeof makeEvent>[1] & { body?: string }): AtlasEvent {
  const { body, ...rest } = facts;
  const event = makeEvent(id, { title: text.split('\n')[0]!, organizers: body ? [organizer(text, body)] : [], ...rest });
  return { ...event, source: { ...event.source, text } };
}

const SERIES = `Three towns host a border training series
ALMATY, 14 May 2010 - The ${BODIES[1]} held a five-day training series for 40 border officers in Almaty, Talgar and Kaskelen from 10 to 14 May 2010. The course was prepared at the organisers' office in Astana.`;
const DUSHANBE = `Officers complete a course on risk profiling
DUSHANBE, 3 June 2011 - Twenty-five officers completed a course on risk profiling in Dushanbe, run by the ${BODIES[2]} from 1 to 3 June 2011. Since 2005, more than 4,000 officers have been trained by the programme.`;
const LAKESIDE = `Rangers learn first aid at Lakeside Camp
12 September 2012 - The ${BODIES[6]} trained rangers in first aid at Lakeside Camp from 10 to 12 September 2012.`;
const ONLINE = `Webinar on customs valuation
11 November 2010 - The ${BODIES[5]} held a webinar on customs valuation online on 11 November 2010 for 60 officials.`;
const NOWHERE = `Prosecutors discuss cyber evidence
5 February 2008 - The ${BODIES[4]} gathered prosecutors to discuss cyber evidence on 2 February 2008.`;
const UNDATED = `Seminar on gender in policing in Tashkent
A seminar on gender in policing was held in Tashkent from 12 to 16 June, organised by the ${BODIES[7]}.`;
const VIENNA = `Experts meet in Vienna on trafficking
VIENNA, 20 March 2009 - The ${BODIES[0]} brought experts together in Vienna on 20 March 2009.`;
const TBILISI = `Study visit to Tbilisi
TBILISI, 4 April 2003 - The ${BODIES[3]} organised a study visit to Tbilisi on 4 April 2003.`;
const YEREVAN = `Training of trainers in Yerevan
YEREVAN, 1 February 2016 - A training of trainers took place in Yerevan on 1 February 2016.`;
const LEGACY = `A course with no place of its own
8 August 2015 - A course was held on 8 August 2015.`;

const seriesDecisions: Decision[] = [
  {
    fact: 'venues',
    threshold: 2,
    candidates: [
      candidate(SERIES, 'Almaty, Kazakhstan', 'Almaty, Talgar', true, [['held-in', 3, 'in the sentence that says where the course was'], ['dateline', 1, 'the dateline names it']]),
      candidate(SERIES, 'Talgar, Kazakhstan', 'Talgar', true, [['held-in', 3, 'listed with Almaty after “in”']]),
      candidate(SERIES, 'Kaskelen, Kazakhstan', 'Kaskelen', true, [['held-in', 3, 'listed with Almaty after “in”']]),
      candidate(SERIES, 'Astana, Kazakhstan', 'Astana', false, [['in', 1, 'after “in”'], ['organiser-seat', -2, 'names the organisers’ office']]),
    ],
  },
  {
    fact: 'dates',
    threshold: 2,
    candidates: [
      candidate(SERIES, '10–14 May 2010', 'from 10 to 14 May 2010', true, [['range', 3, 'a range in the body']]),
      candidate(SERIES, '14 May 2010', '14 May 2010', false, [['dateline', 1, 'the date of the release']]),
    ],
  },
];

const dushanbeDecisions: Decision[] = [
  {
    fact: 'participantCount',
    threshold: 2,
    candidates: [
      candidate(DUSHANBE, '25', 'Twenty-five officers', true, [['people-noun', 2, 'a number of officers'], ['event-sentence', 1, 'in the sentence about the course']]),
      candidate(DUSHANBE, 'more than 4,000', 'more than 4,000 officers', false, [['people-noun', 2, 'a number of officers'], ['since-year', -3, 'a total since 2005, not this course']]),
    ],
  },
];

const absence = (text: string, a: Omit<Absence, 'span'> & { words?: string }): Absence => ({ fact: a.fact, kind: a.kind, name: a.name, span: a.words ? spanOf(text, a.words) : null });

const KZ = [{ code: 'KZ', name: 'Kazakhstan', roles: ['host' as const], evidence: [{ role: 'host' as const, span: { start: 0, end: 1 }, reason: null }] }];

/** Ten releases: three towns of one event in one cluster, three events off the map for three true reasons, one undated, two outside 2008–2012. */
export function analystDataset(): Dataset {
  const events: AtlasEvent[] = [
    release('series', SERIES, { startDate: '2010-05-10', endDate: '2010-05-14', venues: [town('Almaty', 'KZ', 1526384, 43.25, 76.95), town('Talgar', 'KZ', 1517060, 43.3, 77.24), town('Kaskelen', 'KZ', 1522751, 43.2, 76.62)], participantCount: { value: 40, qualifier: 'exact' }, countries: KZ, body: BODIES[1], decisions: seriesDecisions }),
    release('dushanbe', DUSHANBE, { startDate: '2011-06-01', endDate: '2011-06-03', venue: { city: 'Dushanbe', name: 'Dushanbe', countryCode: 'TJ', geonameId: 1221874, lat: 38.54, lon: 68.78 }, participantCount: { value: 25, qualifier: 'exact' }, body: BODIES[2], decisions: dushanbeDecisions }),
    release('lakeside', LAKESIDE, { startDate: '2012-09-10', endDate: '2012-09-12', venues: [], body: BODIES[6], absences: [absence(LAKESIDE, { fact: 'venues', kind: 'unknown-place', name: 'Lakeside Camp', words: 'Lakeside Camp from' })] }),
    release('online', ONLINE, { startDate: '2010-11-11', venues: [], participantCount: { value: 60, qualifier: 'exact' }, body: BODIES[5], absences: [absence(ONLINE, { fact: 'venues', kind: 'online', name: null, words: 'online' })] }),
    release('nowhere', NOWHERE, { startDate: '2008-02-02', venues: [], body: BODIES[4], absences: [absence(NOWHERE, { fact: 'venues', kind: 'not-stated', name: null }), absence(NOWHERE, { fact: 'participantCount', kind: 'not-stated', name: null })] }),
    release('undated', UNDATED, { startDate: null, dates: { start: null, end: null, approximate: null, written: '12 to 16 June, year not stated' }, venue: { city: 'Tashkent', name: 'Tashkent', countryCode: 'UZ', geonameId: 1512569, lat: 41.26, lon: 69.22 }, body: BODIES[7], absences: [absence(UNDATED, { fact: 'startDate', kind: 'no-year', name: '12 to 16 June', words: '12 to 16 June' })] }),
    release('vienna', VIENNA, { startDate: '2009-03-20', venue: { city: 'Vienna', name: 'Vienna', countryCode: 'AT', geonameId: 2761369, lat: 48.21, lon: 16.37 }, body: BODIES[0] }),
    release('tbilisi', TBILISI, { startDate: '2003-04-04', venue: { city: 'Tbilisi', name: 'Tbilisi', countryCode: 'GE', geonameId: 611717, lat: 41.69, lon: 44.83 }, body: BODIES[3] }),
    release('yerevan', YEREVAN, { startDate: '2016-02-01', venue: { city: 'Yerevan', name: 'Yerevan', countryCode: 'AM', geonameId: 616052, lat: 40.18, lon: 44.51 } }),
    // A dataset from before reasons were kept: the app falls back to what the summary can say.
    release('legacy', LEGACY, { startDate: '2015-08-08', venues: [] }),
  ];
  return { schemaVersion: 2, generatedAt: '2026-12-06T00:00:00.000Z', events, rejected: [] };
}

export const ANALYST = Object.fromEntries(analystDataset().events.map((e) => [e.id, e])) as Record<string, AtlasEvent>;

/** Answers the app's data requests with `dataset`'s app files (the real encoder). */
export async function serveDataset(page: Page, dataset: Dataset = analystDataset()): Promise<void> {
  await serveAppFiles(page, dataset);
}
