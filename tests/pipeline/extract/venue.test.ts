import { describe, expect, it } from 'vitest';
import type { Venue } from '../../../src/schema/dataset.ts';
import { extractDateline } from '../../../src/pipeline/extract/dateline.ts';
import { extractWhere, type Where } from '../../../src/pipeline/extract/extract-where.ts';
import { bodyOf, spanOf } from './helpers.ts';
import { venueGazetteer } from './venue-gazetteer.ts';
import { analyzeRelease } from '../../../src/pipeline/extract/analyze-release.ts';

function whereOf(text: string): Where {
  return extractWhere(analyzeRelease(text), extractDateline(text), bodyOf(text), venueGazetteer);
}

/** The venues in short: "Osh (KG, city)", "Naryn region (KG, region)", "— (UA, country)". */
function places(text: string): string[] {
  return whereOf(text).venues.map((v: Venue) => `${v.city ?? v.region ?? '—'} (${v.countryCode ?? '—'}, ${v.precision})`);
}

describe('extractWhere: the dateline', () => {
  it('is the venue only when the text names no other place, and says so', () => {
    const text = 'T\nKARAGANDA, Kazakhstan, 3 November 2014 – A seminar was co-organized by the OSCE Centre in Astana.';
    const where = whereOf(text);
    expect(where.venues).toEqual([
      {
        city: 'Karaganda', name: 'Karagandy', region: null, countryCode: 'KZ', lat: 49.8, lon: 73.1, geonameId: 609655,
        precision: 'city', span: spanOf(text, 'KARAGANDA'), reason: 'the dateline: the text names no other place', alsoKnownAs: ['Karaganda'],
      },
    ]);
    expect(where.derivations).toEqual([{ field: 'venues.0', reason: 'the dateline: the text names no other place' }]);
  });

  it("gives way to the event's own place", () => {
    expect(places("T\nALMATY, 20 December 2004 - A training was held by the OSCE in Kazakhstan's capital, Astana, last week.")).toEqual(['Astana (KZ, city)']);
    expect(places('T\nALMATY, 1 June 2015 – A seminar began today in Karaganda.')).toEqual(['Karaganda (KZ, city)']);
    expect(places('T\nALMATY, 1 June 2015 – A course started at the OSCE Staff College in Bishkek today.')).toEqual(['Bishkek (KG, city)']);
    // The town must belong to the place the event is at, not to a later clause.
    expect(places('T\nOSH, 1 June 2015 – A course opened today at the Police Academy, with the Ambassador of Germany in Bishkek attending.')).toEqual(['Osh (KG, city)']);
  });

  it("is not displaced by an organiser's name, the participants' home towns, an earlier event or a quoted name", () => {
    const text = [
      'T',
      'BISHKEK, 1 June 2015 – A course organized by the OSCE Programme Office in Dushanbe ended today.',
      'Officers from Osh and Batken took part.',
      'A similar course was held in Naryn last year.',
      'They discussed the “Almaty Guidelines”.',
    ].join('\n');
    expect(places(text)).toEqual(['Bishkek (KG, city)']);
  });

  it('gives one town for two names of it, and each town of several', () => {
    const one = whereOf('T\nVUSHTRRI/VUČITRN, 8 February 2016 – A six-week course started today.');
    expect(one.venues.map((v) => [v.city, v.geonameId])).toEqual([['Vushtrri', 784097]]);
    expect(places('T\nALMATY / BISHKEK, 1 June 2015 – Two parallel courses on customs began today.')).toEqual(['Almaty (KZ, city)', 'Bishkek (KG, city)']);
  });
});

describe('extractWhere: places the text names', () => {
  it('reads a name opening with an abbreviated "Saint" whole, and never "St" alone as a town', () => {
    expect(places('T\n\nThe course was held in St. Petersburg from 3 to 5 May for customs officers.')).toEqual(['St. Petersburg (RU, city)']);
    expect(places('T\n\nThe course was held in St Petersburg from 3 to 5 May for customs officers.')).toEqual(['St Petersburg (RU, city)']);
    const unknown = whereOf('T\n\nThe course was held in St. Gallen from 3 to 5 May for French customs officers.');
    expect(unknown.venues).toEqual([]);
    expect(unknown.absence).toMatchObject({ kind: 'unknown-place', name: 'St. Gallen' });
  });

  it('reads an Arabic article hyphened to the next word as part of the name ("Sharm el-Sheikh")', () => {
    expect(places('T\n\nThe workshop was held in Sharm el-Sheikh for customs officers.')).toEqual(['Sharm el-Sheikh (EG, city)']);
  });

  it('reads a sentence opening with "In X," as "in X"; a country so named is still only the topic', () => {
    expect(places('T\n\nIn Osh, 40 customs officers completed a course on 5 May 2019.')).toEqual(['Osh (KG, city)']);
    expect(places('T\nBISHKEK, 5 May 2019 – In Kazakhstan, a course for 40 customs officers ended today.')).toEqual(['Bishkek (KG, city)']);
  });

  it('reads the place a relative clause says the event was at ("travelled to Riga, where the seminar took place")', () => {
    expect(places('T\n\nThe delegation travelled to Riga, where the seminar took place on 5 May 2019.')).toEqual(['Riga (LV, city)']);
    // Not a clause about something else, nor one cut off by a semicolon.
    expect(places('T\n\nThe officers returned to Osh, where they will train colleagues.')).toEqual([]);
    expect(places('T\n\nThe officers come from Osh, where drug trafficking is rife; a course took place on 5 May 2019.')).toEqual([]);
  });

  it("reads a town opening a hotel's or a hall's name as the site's town, in a country the text names", () => {
    expect(places('T\n\nThe week-long course at Batken Nomad Hotel ended on 5 May 2019 for Kyrgyz police.')).toEqual(['Batken (KG, city)']);
    // A town of a country the text does not name is a person's or a body's name.
    expect(places('T\n\nThe week-long course at Batken Nomad Hotel ended on 5 May 2019 for Latvian police.')).toEqual(['— (LV, country)']);
  });

  it('reads a place that hosts the event, as the subject ("Batken hosted a three-day training"); a person or a body that hosts is no place', () => {
    expect(places('T\n\nBatken hosted a three-day training for 30 police officers from 3 to 5 May 2019.')).toEqual(['Batken (KG, city)']);
    expect(whereOf('T\n\nUNODC hosted a training for 30 police officers on 5 May 2019.').absence).toMatchObject({ kind: 'not-stated' });
    expect(whereOf('T\n\nJohn Smith hosted a training for 30 police officers on 5 May 2019.').absence).toMatchObject({ kind: 'not-stated' });
  });

  it('reads the place people travel to for the event ("travelled to Riga to attend a course", "brought … to Vilnius for a course")', () => {
    expect(places('T\n\nTen Georgian officers travelled to Riga to attend a course on drug control in May 2019.')).toEqual(['Riga (LV, city)']);
    expect(places('T\n\nThe agency brought 30 Georgian prosecutors to Vilnius for a week-long course that ended on 5 May 2019.')).toEqual(['Vilnius (LT, city)']);
    // Not a trip for something else that merely precedes or follows the event.
    expect(places('T\n\nThe Georgian officers went back to Tbilisi for their holidays after the course.')).toEqual([]);
  });

  it('takes the longest name a table knows where a list reads a shorter one ("held in Port of Spain", not "Port")', () => {
    expect(places('T\n\nThe seminar was held in Port of Spain, Trinidad and Tobago, for customs officers.')).toEqual(['Port of Spain (TT, city)']);
  });

  it('finds a venue named only in the text, with no dateline', () => {
    expect(places('T\n\nThe course was held at the Customs Training Centre in Almaty from 6 to 10 December 2021.')).toEqual(['Almaty (KZ, city)']);
  });

  it('lists every town, in text order', () => {
    expect(places('T\nASTANA, 1 June 2015 – Seminars were held in Aktau, in Atyrau and in Uralsk.')).toEqual([
      'Aktau (KZ, city)', 'Atyrau (KZ, city)', 'Uralsk (KZ, city)',
    ]);
    expect(places('T\n\nThe Mission ran a series of courses for police.\nThe courses, held in Podgorica and Budva, ended on Friday.')).toEqual([
      'Podgorica (ME, city)', 'Budva (ME, city)',
    ]);
  });

  it('takes only the first name of a list that does not close with "and"', () => {
    expect(places('T\n\nA course was held in Osh, Ivan Petrov said.')).toEqual(['Osh (KG, city)']);
  });

  it('takes a place followed by the date of the event, anywhere in the text', () => {
    const text = 'T\n\nBorder security matters to the whole region.\nThe agency trained ten officers from the provinces in Tehran in May 2016.';
    expect(places(text)).toEqual(['Tehran (IR, city)']);
  });

  it('takes a place the date of the event stands just before, past what the sentence adds between verb and place', () => {
    // (The publisher's line stands first, so the sentence is not the lead, whose "in X" counts anyway.)
    const text = '[Asia] First course\n01 Apr 2019\nCouncil of Europe\nThe first Training of Trainers (ToT) for justice professionals was held for representatives from Kenya and Uganda on 25–26 March in Tehran.';
    expect(places(text)).toEqual(['Tehran (IR, city)']);
    expect(places('T\n\nJudicial training matters to the region.\nThe course for judges opened on Monday, 4 May 2015 in Budva.')).toEqual(['Budva (ME, city)']);
    // A date that is not the event's, far down the text, places nothing.
    expect(places('T\n\nA course was held in Osh.\nJudges met.\nThey spoke.\nThe agreement was signed on 5 May in Tehran.')).toEqual(['Osh (KG, city)']);
  });

  it('takes the destination and the stops of a study visit, a country only where no town of it is named', () => {
    expect(places('T\n\nTen judges went on a study visit to Poland.')).toEqual(['— (PL, country)']);
    const text = 'T\n\nThe office organised a study visit to Lithuania and Latvia.\nThe officials visited the Border Guard School in Vilnius and the port in Riga.';
    expect(places(text)).toEqual(['Vilnius (LT, city)', 'Riga (LV, city)']);
  });
});

describe('extractWhere: regions and countries', () => {
  it('places a named district at its seat, with no city', () => {
    const text = 'T\nTBILISI, 7 August 2010 – A workshop for border guards ended today in the Georgian district of Lagodekhi.';
    const [venue] = whereOf(text).venues;
    expect(venue).toMatchObject({ city: null, region: 'Lagodekhi district', countryCode: 'GE', precision: 'region', lat: 41.83, lon: 46.28 });
    expect(venue!.reason).toMatch(/seat/);
  });

  it("places regions from the regions table, and keeps one it does not know with the dateline's country", () => {
    expect(places('T\nBISHKEK, 1 June 2015 – Seminars were held in the Chui and Naryn regions.')).toEqual([
      'Chui region (KG, region)', 'Naryn region (KG, region)',
    ]);
    const unknown = whereOf('T\nDUSHANBE, 1 June 2015 – Training sessions took place in the Zarbdor district.');
    expect(unknown.venues).toMatchObject([{ city: null, region: 'Zarbdor district', countryCode: 'TJ', lat: null, lon: null }]);
    expect(unknown.warnings).toContain("region 'Zarbdor district' has no point on the map");
  });

  it('reads a region the table knows even without the word "region", unless a town bears its name', () => {
    expect(places('T\nDUSHANBE, 1 June 2015 – Courses were held in Sughd and Khatlon.')).toEqual(['Sughd (TJ, region)', 'Khatlon (TJ, region)']);
    expect(places('T\nBISHKEK, 1 June 2015 – A seminar was held in Issyk-Kul.')).toEqual(['Issyk-Kul (KG, region)']);
    expect(places('T\nBISHKEK, 1 June 2015 – A seminar was held in Naryn.')).toEqual(['Naryn (KG, city)']);
  });

  it('gives the country for an event held across it', () => {
    expect(places('T\nKYIV, 1 June 2015 – The first of 500 planned training seminars has started in Ukraine.')).toEqual(['— (UA, country)']);
    const across = whereOf('T\nOSH, 1 June 2015 – The six roundtables, held throughout the country, ended today.');
    expect(across.venues).toMatchObject([{ city: null, countryCode: 'KG', precision: 'country' }]);
    expect(across.derivations).toEqual([{ field: 'venues.0', reason: "held across the country: the dateline's country" }]);
  });

  it('gives a border crossing between two countries no country', () => {
    const where = whereOf('T\n\nA course on searches ran for a week.\nPractical sessions were held at the Dostyk border crossing point between Kazakhstan and China.');
    expect(where.venues).toMatchObject([{ city: null, region: 'Dostyk border crossing point', countryCode: null, precision: 'region' }]);
  });

  it("takes a title's country tag when nothing else places the event", () => {
    expect(places('Georgia: Course Held At The Defence Office\nFebruary 17, 2014\nA course for sergeants was opened at the Defence Office today.')).toEqual([
      '— (GE, country)',
    ]);
  });
});

describe('extractWhere: what is never a venue', () => {
  it("reads a city-state's name as the dateline's town, not its country", () => {
    expect(places('T\nLUXEMBOURG, 4 May 2021 – A three-day seminar for judges began today in Luxembourg.')).toEqual(['Luxembourg (LU, city)']);
    // Without such a dateline the same words name the country.
    expect(places('T\nRIGA, 4 May 2021 – Judges from Latvia began a study visit to Luxembourg today.')).toEqual(['— (LU, country)']);
  });

  it('never takes a country name or a common word for a town', () => {
    const text = 'T\nOSH, 1 June 2015 – Organized by the OSCE Centre in Bishkek, a seminar on training in Police methods began.';
    expect(places(text)).toEqual(['Osh (KG, city)']);
    expect(places('T\nKARAGANDA, 3 November 2014 – A seminar on police reform in Kazakhstan began today.')).toEqual(['Karaganda (KZ, city)']);
    expect(whereOf('T\n\nA conference was held in Kazakhstan.').venues.map((v) => [v.city, v.countryCode, v.precision])).toEqual([[null, 'KZ', 'country']]);
  });

  it('takes no place from a language, a bare year, or a dated place far from the lead', () => {
    expect(places('T\nOSH, 1 June 2015 – A seminar was held in Kazakh and Russian.')).toEqual(['Osh (KG, city)']);
    const text = [
      'T',
      'OSH, 1 June 2015 – A seminar on border security began today.',
      'It follows the decision taken in Madrid in 2007.',
      'Thirty officers took part.',
      'Police work was discussed.',
      'The plan was agreed in Bishkek on 5 May 2014.',
    ].join('\n');
    expect(places(text)).toEqual(['Osh (KG, city)']);
  });

  it("prefers a national capital to a same-named town of a country the text merely names", () => {
    const text = 'US and Egypt train customs officers\n\nUS instructors taught the course, which was conducted in Cairo for officers from Egypt.';
    expect(whereOf(text).venues.map((v) => [v.city, v.countryCode])).toEqual([['Cairo', 'EG']]);
  });

  it('names a town the gazetteer does not know instead of placing it: no venue, a typed reason with its name and span', () => {
    const text = 'T\nALMATY, 21 August 2009 - A course concluded in the town of Zhanabazar near the border today.';
    const where = whereOf(text);
    expect(where.venues).toEqual([]);
    expect(where.absence).toEqual({ fact: 'venues', kind: 'unknown-place', name: 'Zhanabazar', span: spanOf(text, 'Zhanabazar') });
    expect(where.warnings).toEqual(["venue 'Zhanabazar' not found in the gazetteer"]);
    // The dateline's town lost to it, and the decision keeps both.
    expect(where.decision?.candidates.map((c) => [c.label, c.chosen])).toEqual([['Zhanabazar (no table knows it)', false], ['Almaty, KZ', false]]);
  });

  it('abstains when neither a dateline nor the text names a place', () => {
    expect(whereOf('T\n\nThe OSCE held a course from 6 to 10 December 2021.')).toEqual({
      venues: [], derivations: [], warnings: ['no venue: the release names no place for the event'], decision: null,
      absence: { fact: 'venues', kind: 'not-stated', name: null, span: null },
    });
  });
});

describe('extractWhere: the genre worldwide', () => {
  it('reads "the city of X" as the venue only in a sentence about the event, not in geography', () => {
    expect(places('T\n\nThe Agency ran a course for police in Kazakhstan.\nTraffickers gather in the port city of Aktau before crossing the sea.')).toEqual(['— (KZ, country)']);
    expect(places('T\n\nThe Agency ran a course for police in Kazakhstan.\nThe course took place in the port city of Aktau.')).toEqual(['Aktau (KZ, city)']);
  });

  it('counts a later event "due to take place" elsewhere against its town', () => {
    const text = 'T\n\nOfficers are taking part in a workshop in Osh this week.\nIt is the second of three workshops: the final one is due to take place in Bishkek in May.';
    expect(places(text)).toEqual(['Osh (KG, city)']);
  });

  it('does not take the town where past participants once trained for the venue', () => {
    const text = 'Trainers sent to Kazakhstan\n\nThe team gave a course for 16 officers, including six past course participants trained in Georgia.';
    expect(places(text)).toEqual(['— (KZ, country)']);
  });

  it("reads a title tag's ampersand as the country's \"and\"", () => {
    expect(places('Bosnia & Herzegovina: Police Trained\n\nA course for police officers was opened today.')).toEqual(['— (BA, country)']);
  });

  it("reads a headline's town before an office's word as the body's name, not the venue", () => {
    const where = whereOf('Visit By The Bishkek Drug Control Agency\n\nStaff of the agency visited the centre.');
    expect(where.venues).toEqual([]);
    expect(where.decision?.candidates.find((c) => c.label.startsWith('Bishkek'))?.evidence.map((e) => e.feature)).toContain('organiser-seat');
  });

  it('never names an office or a body as a place no table knows', () => {
    expect(whereOf('T\n\nOn 3 May the director attended an orientation session held in KOICA Tashkent office.').absence).toMatchObject({ kind: 'not-stated' });
    expect(whereOf('T\n\nThe director opened a course held in Lakeside Garden office today.').absence).toMatchObject({ kind: 'not-stated' });
  });

  it('names the site the event was held at or visited when nothing places it, but not a bare kind of site', () => {
    const held = whereOf('T\n\nA seminar for court clerks will take place on 13-14 April at the Higher School of Magistrates.');
    expect(held.venues).toEqual([]);
    expect(held.absence).toMatchObject({ kind: 'unknown-place', name: 'Higher School of Magistrates' });
    expect(whereOf('T\n\nOn 10 May officers of the drug agency visited RILOCC to learn about its work.').absence).toMatchObject({ kind: 'unknown-place', name: 'RILOCC' });
    expect(whereOf('T\n\nThe meeting was held on Wednesday at the Academy with delegations from abroad.').absence).toMatchObject({ kind: 'not-stated' });
  });

  it("reads the town of an address after a site's name (\"at the Conference Hall, Kwambeleza, Hillshire\")", () => {
    const where = whereOf('T\n\nTwo lecturers are conducting a workshop at the RDC Conference Hall, Kwambeleza, Hillshire for district officers.');
    expect(where.absence).toMatchObject({ kind: 'unknown-place', name: 'Kwambeleza' });
  });

  it("places a town no table knows at its address's unit written as one word, though the text names no country, and a namesake town does not outvote it", () => {
    const text = 'T\n\nTwo lecturers are conducting a workshop at the RDC Conference Hall, Kwambeleza, Wangduephodrang for district heads.\nThe training for Cairo district started on 15 November.';
    const where = whereOf(text);
    expect(where.venues).toMatchObject([{ city: null, name: 'Wangdue Phodrang', region: 'Wangduephodrang', countryCode: 'BT', precision: 'region', span: spanOf(text, 'Wangduephodrang') }]);
    expect(where.absence).toMatchObject({ kind: 'unknown-place', name: 'Kwambeleza' });
    // A one word no table knows whole, and no split of it names one place: not guessed.
    expect(places('T\n\nTwo lecturers are conducting a workshop at the RDC Conference Hall, Kwambeleza, Wangduelumolumo for district heads.')).toEqual([]);
    // With no country named, a unit is a district named for its seat: a village of that name is not taken for it.
    expect(places('T\n\nTwo lecturers are conducting a workshop at the RDC Conference Hall, Kwambeleza, Balykchy for district heads.')).toEqual([]);
  });

  it('does not call a country named in a quotation, or only as the participants\' home, the likeliest place', () => {
    const quoted = whereOf('T\n\nThis week the agency is training 26 officers. It is part of the project “Safer borders in Egypt, Tunisia and Libya”.');
    expect(quoted.absence).toMatchObject({ kind: 'not-stated', name: null });
    const home = whereOf('T\n\nOn 10 May employees of the drug agency of Tajikistan met the staff of the centre.');
    expect(home.absence).toMatchObject({ kind: 'not-stated', name: null });
  });

  it('places a town no table knows at the known town the text says it is near, in a country the text names; the town stays named', () => {
    const text = 'T\n\nAn officer from Georgia will join the Kazakhstan police school located in Kwambeleza, near Almaty, for a one-year course.';
    const where = whereOf(text);
    expect(where.venues).toMatchObject([{ city: null, name: 'Almaty', region: 'near Almaty', countryCode: 'KZ', precision: 'region', lat: 43.26, span: spanOf(text, 'Almaty') }]);
    expect(where.venues[0]!.reason).toBe("'Kwambeleza' is not in the gazetteer: placed at Almaty, the town the text says it is near");
    expect(where.absence).toMatchObject({ kind: 'unknown-place', name: 'Kwambeleza' });
    expect(places('T\n\nThe course was held in Kwambeleza, near Osh, in Kyrgyzstan.')).toEqual(['near Osh (KG, region)']);
    expect(places('T\n\nThe Kyrgyz course ended at the Police Academy in Kwambeleza, on the outskirts of Osh.')).toEqual(['on the outskirts of Osh (KG, region)']);
    // A town of a country the text does not name, or a name no table knows: the town is not guessed.
    expect(places('T\n\nAn officer from Georgia will join the Kazakhstan police school located in Kwambeleza, near Madrid, for a course.')).toEqual([]);
    expect(places('T\n\nAn officer from Georgia will join the Kazakhstan police school located in Kwambeleza, near Lumo, for a course.')).toEqual([]);
  });

  it("names a site's own town, without the words that say what kind of site it is", () => {
    expect(whereOf('T\n\nThe course ended this morning at the Kwambeleza Police Barracks.').absence).toMatchObject({ kind: 'unknown-place', name: 'Kwambeleza' });
  });
});

describe('extractWhere: the nation of the body, when no place is named', () => {
  it("places the event in the country of the national body the title or the lead is about, or of its host, saying why", () => {
    const where = whereOf('Georgian police complete a course on public order\n\nThe course ended today.');
    expect(where.venues).toMatchObject([{ city: null, countryCode: 'GE', precision: 'country' }]);
    expect(where.derivations[0]!.reason).toMatch(/no place the text names for the event could be placed/);
    expect(places('T\n\nA course for ASEAN officers was held last week.\nThe course was hosted by the Royal Latvia Police Force.')).toEqual(['— (LV, country)']);
    expect(places('T\n\nA course ended for the Counter Narcotics Police of Tajikistan.')).toEqual(['— (TJ, country)']);
    expect(places('T\n\nStaff were trained in project management.\nParticipants were from the Georgia Border Police and its agencies.')).toEqual(['— (GE, country)']);
  });

  it('gives way to a town named with the unit it lies in, though no table knows it: the town is named, the nation not guessed', () => {
    const where = whereOf('Police trained\n8 November 2013 – Georgian police today concluded a training conducted by UN Police (UNPOL) in Kwambeleza, Lumo County.');
    expect(where.venues).toEqual([]);
    expect(where.absence).toMatchObject({ kind: 'unknown-place', name: 'Kwambeleza' });
  });

  it('never outweighs a named place or a dateline, and gives nothing for two nations', () => {
    expect(places('Georgian police complete a course\nOSH, 1 June 2015 – The course ended today.')).toEqual(['Osh (KG, city)']);
    expect(places('Georgian and Latvian police complete a course\n\nThe course ended today.')).toEqual([]);
  });
});

describe('extractWhere: where people go afterwards, and named areas', () => {
  it('does not take the town the trained officers are deployed to for the venue', () => {
    const text = 'Latvian police retrained\n\nThe mission completed the training of 20 officers and deployed them in various districts of the capital, Riga.';
    expect(places(text)).toEqual(['— (LV, country)']);
  });

  it('names an area no table knows ("in the Zarbdor border area") rather than falling back on the dateline, placed at the one country the text names', () => {
    const where = whereOf('T\nDUSHANBE, 1 June 2015 – Experts carried out a training in the Zarbdor border area for customs staff.');
    expect(where.venues).toMatchObject([{ city: null, countryCode: 'TJ', precision: 'country', reason: "'Zarbdor' is not in the gazetteer: placed at the one country the text names" }]);
    expect(where.absence).toMatchObject({ kind: 'unknown-place', name: 'Zarbdor' });
    // Two countries named: the area's is not guessed.
    const two = whereOf('T\nDUSHANBE, 1 June 2015 – Experts from Latvia carried out a training in the Zarbdor border area for customs staff.');
    expect(two.venues).toEqual([]);
    expect(two.absence).toMatchObject({ kind: 'unknown-place', name: 'Zarbdor' });
  });
});

describe('extractWhere: online', () => {
  const online = (text: string) => whereOf(text).absence?.kind === 'online';
  it('is said of the event: a meeting word qualified by online or virtual, a verb of holding, a webinar', () => {
    expect(online('Customs officers trained online\nAn online training course for customs officers from four countries ended on 3 May 2021.')).toBe(true);
    expect(online('Prosecutors meet\nProsecutors from six countries met virtually on 3 May 2021 to discuss asset recovery.')).toBe(true);
    expect(online('Judges discuss cybercrime\nA virtual two-day workshop for judges opened on 3 May 2021.')).toBe(true);
    expect(online('Police train by video\nPolice officers joined a videoconference on 3 May 2021.')).toBe(true);
  });
  it('is not said of the subject: virtual currencies, online radicalisation', () => {
    expect(online('Investigators trained in Osh\nInvestigators learned to trace virtual currencies at a seminar in Osh on 3 May 2021.')).toBe(false);
    expect(online('Countering online radicalisation\nA seminar on online radicalisation was held in Bishkek on 3 May 2021.')).toBe(false);
  });
});

describe('extractWhere: towns named by a common word', () => {
  it('are the word unless the sentence frames them as a place', () => {
    expect(places('Search teams trained\nMembers of the Mobile Detection Team trained 20 customs officers in Osh on 3 May 2021.')).toEqual(['Osh (KG, city)']);
    expect(places('Search teams trained\nMobile teams trained 20 customs officers on 3 May 2021.')).toEqual([]);
    expect(places('Coast guards trained\nOver the next two weeks, 20 coast guards trained in Split, Croatia.')).toEqual(['Split (HR, city)']);
  });
});

describe('extractWhere: series in several towns', () => {
  it("reads an announcement's future tense as its own event's, and a report's as another event's", () => {
    const announced = 'T\n\nA series of seminars for local police begins in spring.\nTwo seminars will take place in Osh, and three will be held in Batken.';
    expect(places(announced)).toEqual(['Osh (KG, city)', 'Batken (KG, city)']);
    const reported = 'T\n\nA seminar for local police was held in Bishkek on 3 May.\nTwo more seminars will take place in Osh.';
    expect(places(reported)).toEqual(['Bishkek (KG, city)']);
  });

  it('takes a name the text calls a town ("in X city")', () => {
    expect(places('T\n\nCustoms officers of Kazakhstan started a series of workshops this week.\nFour workshops were given in Atirau city.')).toEqual(['Atirau (KZ, city)']);
  });

  it('takes the towns a list names after "places such as"', () => {
    const text = 'T\n\nA mobile team trained customs officers of Kazakhstan this spring.\nThe courses went to several towns such as Aktau, Atyrau and Uralsk.';
    expect(places(text)).toEqual(['Aktau (KZ, city)', 'Atyrau (KZ, city)', 'Uralsk (KZ, city)']);
  });

  it("reads the towns of a text that names no country in the country most of them lie in", () => {
    expect(places('T\n\nTwo seminars for judges were held in Almaty and Karagandi.')).toEqual(['Almaty (KZ, city)', 'Karagandi (KZ, city)']);
  });
});

describe('extractWhere: where the participants are', () => {
  it('is the place of the event they are there to attend, said in the sentence or the next about them', () => {
    expect(places('T\n\nThe police sent officers abroad this summer. Two inspectors are presently in Riga, Latvia. They are attending a course on forged documents.')).toEqual(['Riga (LV, city)']);
    expect(places('T\n\nTwo inspectors are in Vilnius, attending a seminar on border checks.')).toEqual(['Vilnius (LT, city)']);
  });

  it("is not the place of an event other people attend", () => {
    expect(places('T\n\nA seminar on risk analysis was held in Bishkek.\nThe minister was in Riga that week.\nOfficers of the border service attended the seminar.')).toEqual(['Bishkek (KG, city)']);
  });
});

describe('extractWhere: an address whose town no table knows', () => {
  it('places the event at the unit the address puts the town in, naming the town', () => {
    const text = 'T\n\nA workshop for customs officers of Kazakhstan was held at the Regional Training Hall, Zhanakent, Karagandi, on 3 May.';
    const where = whereOf(text);
    expect(where.venues.map((v) => [v.region, v.name, v.countryCode, v.precision, v.lat])).toEqual([['Karagandi', 'Karagandy', 'KZ', 'region', 49.8]]);
    expect(where.venues[0]!.reason).toContain("'Zhanakent' is not in the gazetteer");
    expect(where.absence).toMatchObject({ kind: 'unknown-place', name: 'Zhanakent' });
  });

  it('places it at the country written after it, though the sentence goes on', () => {
    expect(places('T\n\nA workshop for customs officers was held at the Regional Training Hall, Zhanakent, Kazakhstan from 3 to 5 May.')).toEqual(['— (KZ, country)']);
  });
});

describe('extractWhere: towns each with its own dates', () => {
  it('holds the event in every town of a list whose towns give their dates in parentheses', () => {
    expect(places('T\nTrainings on jury trials were held for judges in Bishkek (2-3 March) and Osh (5-6 March 2009).')).toEqual(['Bishkek (KG, city)', 'Osh (KG, city)']);
    // With no dates, "in A and B" after another noun is not read as the event's places beyond the lead sentence's weak reading.
    expect(places('T\nTrainings on jury trials were held for judges in Bishkek (the capital) and Osh.')).toEqual(['Bishkek (KG, city)']);
  });
});

describe('extractWhere: an office that hosts the event', () => {
  it('holds the event at the seat of an office that hosts it, and only when its sentence names no other place', () => {
    expect(places('T\nThe General Secretariat in Bishkek hosted a meeting of investigators from ten countries on 3 May 2014.')).toEqual(['Bishkek (KG, city)']);
    expect(places('T\nThe OSCE Centre in Bishkek hosted a roundtable in Osh on 3 May 2014.')).toEqual(['Osh (KG, city)']);
    // An office that organises is no venue: it runs events anywhere in its country.
    expect(places('T\nThe OSCE Centre in Bishkek organised a roundtable for judges on 3 May 2014.')).toEqual([]);
  });
});

describe('extractWhere: an event at an office, and people who gathered or met at a place', () => {
  it('holds the event at the seat of an office it took place at ("the conference at the Secretariat in X")', () => {
    expect(places('T\nMore than 100 investigators attended the conference on fugitives at the General Secretariat in Bishkek.')).toEqual(['Bishkek (KG, city)']);
    // With no event before "at", or an office only named as the organiser, the seat is not the event's place.
    expect(places('T\nThe officers thanked the staff at the OSCE Centre in Bishkek.')).toEqual([]);
    expect(places('T\nThe conference was organised by the OSCE Centre in Bishkek.')).toEqual([]);
  });

  it('holds the event where its people gathered or met ("gathered at the Secretariat, X, for a meeting")', () => {
    expect(places('T\nInvestigators gathered at the General Secretariat, Bishkek, Kyrgyzstan, for a three-day meeting on 3-5 May 2014.')).toEqual(['Bishkek (KG, city)']);
    expect(places('T\nProsecutors from ten countries met in Osh on 3-5 May 2014 to discuss asset recovery.')).toEqual(['Osh (KG, city)']);
  });

  it('holds the event at the seat of an office that welcomed its people to it', () => {
    expect(places('T\nThe Training Centre of the Police in Bishkek welcomed 25 participants to a seminar on negotiation.')).toEqual(['Bishkek (KG, city)']);
    expect(places('T\nThe Training Centre of the Police in Bishkek welcomed the new law.')).toEqual([]);
  });
});

describe('extractWhere: a small town the sentence frames as the event’s place', () => {
  it('takes a small town after the event noun and "in", though its country is not named', () => {
    expect(places('T\nOfficials took part in a training on negotiation skills in Lagodekhi.')).toEqual(['Lagodekhi (GE, city)']);
    // A small town named in any other way still needs its country named, or a large size.
    expect(places('T\nOfficials from Lagodekhi took part in a training on negotiation skills.')).toEqual([]);
  });

  it('does not take an office’s seat for the event’s place when a post is named there ("Programme Manager at the Office in X")', () => {
    expect(places('T\nThe training ended. “It helps,” said Ivan Petrov, Programme Manager at the OSCE Programme Office in Bishkek.')).toEqual([]);
  });
});

describe('extractWhere: a verb of holding, its event, then "in" the places', () => {
  it('holds the event in every town after the event noun the verb holds ("held trainings … for 60 judges in A and B")', () => {
    expect(places('T\nThe Supreme Court held trainings on jury trials for 60 judges in Bishkek and Osh.')).toEqual(['Bishkek (KG, city)', 'Osh (KG, city)']);
    // An office's name after "by" is no event ("co-organized by the OSCE Programme Office in X").
    expect(places('T\nThe five-day event was co-organized by the OSCE Programme Office in Bishkek and the Customs Service.')).toEqual([]);
  });
});

describe('extractWhere: a respelling is looked for only where the text places things', () => {
  it('does not respell a town into a country only its trainers come from, when the dateline gives another', () => {
    // "Lagodekhy" is one letter from Lagodekhi (Georgia); the dateline is in Kazakhstan, Georgia only the trainers'.
    const text = 'T\nALMATY, 1 June 2015 – Georgian trainers ran a course held at the academy in Lagodekhy.';
    expect(places(text)).toEqual([]);
    expect(whereOf(text).absence).toMatchObject({ kind: 'unknown-place', name: 'Lagodekhy' });
    // With no dateline, the countries the text names are where a respelling may be.
    expect(places('T\nGeorgian trainers ran a course held at the academy in Lagodekhy.')).toEqual(['Lagodekhy (GE, city)']);
  });
});

describe('extractWhere: a verb of taking part, its event, then "in" the place', () => {
  it('gives way to a town no table knows that people attended the event in, rather than taking the dateline', () => {
    const text = 'T\nOSH, 1 June 2015 – Forty nurses attended a five-day course on first aid in Kyzyl-Bulak Sai, which ended yesterday.';
    expect(places(text)).toEqual([]);
    expect(whereOf(text).absence).toMatchObject({ kind: 'unknown-place', name: 'Kyzyl-Bulak Sai' });
    expect(places('T\nOSH, 1 June 2015 – Forty nurses took part in a workshop in Bishkek.')).toEqual(['Bishkek (KG, city)']);
    // Where the people come from is not where they attended.
    expect(places('T\nOSH, 1 June 2015 – Forty nurses from Kyzyl-Bulak Sai attended a five-day course on first aid.')).toEqual(['Osh (KG, city)']);
  });
});

describe('extractWhere: people brought for a length of an event, gathered at an office, a state body that runs it', () => {
  it('holds the event where people were brought "for a week of lectures"', () => {
    expect(places('T\nThe programme brought 25 senior officials to Bishkek for a week of lectures.')).toEqual(['Bishkek (KG, city)']);
  });

  it('holds the event at the seat of an office its people gathered at', () => {
    expect(places('T\nSome 100 investigators gathered at the General Secretariat in Bishkek for the annual conference.')).toEqual(['Bishkek (KG, city)']);
  });

  it('holds the event in the country of the state body that runs it, when no place is named, also under a date line', () => {
    expect(places('T\n12 June 2016\nThe Diplomatic Institute of the Ministry of Foreign Affairs of Georgia completed a training for civil servants.')).toEqual(['— (GE, country)']);
    // A body that only funds it is not where it was.
    expect(places('T\n12 June 2016\nThe Ministry of Foreign Affairs of Georgia funded a training for civil servants.')).toEqual([]);
  });
});

describe('extractWhere: the headline’s places', () => {
  it('holds the event in every town of the headline’s "in A and B"', () => {
    expect(places('EUBAM trains customs officers in Bishkek and Balykchy\nFifteen officers completed a course on container profiling.')).toEqual(['Bishkek (KG, city)', 'Balykchy (KG, city)']);
  });

  it('holds the event in the town of a headline’s town tag, a town anyone would know', () => {
    expect(places('Osh: course for customs officers\nFifteen officers completed a course on container profiling.')).toEqual(['Osh (KG, city)']);
    // A small place no country of the text holds is no tag's town: "Police: …" is a word.
    expect(places('Police: course for customs officers\nFifteen officers completed a course on container profiling.')).toEqual([]);
  });

  it('holds the event in a small town the headline says hosts it', () => {
    expect(places('Lagodekhi hosts negotiation training\nOfficials took part in a training on negotiation skills.')).toEqual(['Lagodekhi (GE, city)']);
  });
});
