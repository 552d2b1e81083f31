import { describe, expect, it } from 'vitest';
import type { Role } from '../../../src/schema/dataset.ts';
import { extractCountries } from '../../../src/pipeline/extract/countries.ts';
import { analyzeRelease } from '../../../src/pipeline/extract/analyze-release.ts';

// Invented sentences, one rule each: which countries a text gives which role.
function roles(text: string, hostCode: string | null = null): Record<string, Role[]> {
  const countries = extractCountries(analyzeRelease(text), { hostCode, organizers: [] });
  return Object.fromEntries(countries.map((c) => [c.code, c.roles]));
}

describe('country roles read from the text', () => {
  it('takes the last noun of the phrase as its head: "police trainers" teach', () => {
    expect(roles('German police trainers will share their experience with their Moldovan counterparts.')).toEqual({
      DE: ['expert'],
      MD: ['participant'],
    });
  });

  it('makes one person of a nation, named as the agent of a teaching verb, an expert ("led by a Slovenian judge and an Italian prosecutor")', () => {
    expect(roles('The seminar for Albanian judges was led by a Slovenian judge and an Italian prosecutor.')).toEqual({ AL: ['participant'], SI: ['expert'], IT: ['expert'] });
    // Those the event is for, after "for", and a person who only opened it, are not teachers.
    expect(roles('The seminar was conducted by the Academy for a Slovenian judge.').SI).not.toContain('expert');
    expect(roles('The seminar for Albanian judges was opened by a Slovenian judge.').SI).toEqual([]);
  });

  it('makes professors teachers ("Austrian professors taught …", "delivered by a German professor")', () => {
    expect(roles('Austrian professors taught Albanian judges.')).toEqual({ AT: ['expert'], AL: ['participant'] });
    expect(roles('Lectures were delivered by a German professor to Albanian judges.')).toEqual({ DE: ['expert'], AL: ['participant'] });
  });

  it('makes people named in a list of teachers, each "of" a country, experts ("The lecturers were Judge Anna Rossi of Italy and …")', () => {
    expect(roles('The lecturers were Judge Anna Rossi of Italy and Prosecutor Juan Perez of Spain.')).toEqual({ IT: ['expert'], ES: ['expert'] });
    // Speakers may only open an event, and a list of those taught is no list of teachers.
    expect(roles('Speakers included Minister Ilir Meta of Albania.').AL).not.toContain('expert');
    expect(roles('The trainers were pleased: participants included Judge Anna Rossi of Italy.').IT).not.toContain('expert');
  });

  it('makes a person "of" a country who gives a presentation or a lecture an expert, said in the sentence or the next', () => {
    const text = 'Officers from Lesotho and Malawi took part. Justice Mara Kell of Lesotho joined them on the last day. In her closing presentation on evidence, she praised the trainers.';
    expect(roles(text)).toEqual({ LS: ['participant', 'expert'], MW: ['participant'] });
    expect(roles('Judge Anna Rossi of Italy gave a short presentation on asset recovery to Albanian prosecutors.')).toEqual({ IT: ['expert'], AL: ['participant'] });
    expect(roles('Officers of Albania attended. Prosecutor Juan Perez of Spain joined them. During his presentation he showed two cases.').ES).toContain('expert');
    // A person who only opened or attended it, or spoke in a speech, does not teach.
    expect(roles('Prosecutor Juan Perez of Spain opened the course. In his speech he welcomed the officers.').ES ?? []).not.toContain('expert');
    expect(roles('Prosecutor Juan Perez of Spain attended the course. The participants gave a presentation.').ES ?? []).not.toContain('expert');
  });

  it('makes one person of a country a teacher in a list of teachers or after a teaching verb ("The lecturers were a US judge and …", "delivered by a judge from …")', () => {
    expect(roles('The lecturers were a US judge and a German prosecutor.')).toEqual({ US: ['expert'], DE: ['expert'] });
    expect(roles('Trainers included a retired US judge and two lawyers.').US).toEqual(['expert']);
    expect(roles('The training was delivered by a judge from Latvia and a prosecutor from Estonia.')).toEqual({ LV: ['expert'], EE: ['expert'] });
    // One the course is for, or who opened it, or a speaker, does not teach.
    expect(roles('The course for a judge from Latvia was held.').LV).toEqual([]);
    expect(roles('The course was opened by a judge from Latvia.').LV).toEqual([]);
    expect(roles('Speakers included a German judge.').DE).toEqual([]);
  });

  it('makes the people a list of teachers names by their body experts ("Trainers were representatives of the Dutch and Belgian police")', () => {
    expect(roles('Trainers were representatives of the Dutch and Belgian police.')).toEqual({ NL: ['expert'], BE: ['expert'] });
    expect(roles('The trainers were members of the Estonian police.')).toEqual({ EE: ['expert'] });
    expect(roles('The trainers were pleased that representatives of the Dutch police attended.').NL).not.toContain('expert');
  });

  it('makes people who serve or act as trainers experts ("Kazakh judges acted as trainers", "with judges from X as trainers")', () => {
    expect(roles('Kazakh judges acted as trainers.')).toEqual({ KZ: ['expert'] });
    expect(roles('Judges from Kazakhstan served as trainers.')).toEqual({ KZ: ['expert'] });
    expect(roles('The course was run with judges from Kazakhstan as trainers.')).toEqual({ KZ: ['expert'] });
    // Trained or certified as trainers, they are taught.
    expect(roles('Kazakh judges trained as trainers.')).toEqual({ KZ: ['participant'] });
    expect(roles('Kazakh judges were selected as trainers.')).toEqual({ KZ: ['participant'] });
  });

  it('reads the people who "represented" a country’s bodies as that country’s ("The participants represented the border services of A and B")', () => {
    expect(roles('The participants represented the border services of Moldova and Ukraine.')).toEqual({ MD: ['participant'], UA: ['participant'] });
    expect(roles('The course was represented as a success by Ukraine.').UA).toEqual([]);
  });

  it('reaches a country over the bodies listed before it after "came from" ("Lecturers came from the IAEA and Italian institutions")', () => {
    expect(roles('Lecturers came from the IAEA and Italian institutions.')).toEqual({ IT: ['expert'] });
    expect(roles('The trainers were from UNODC, the WCO and Spain.')).toEqual({ ES: ['expert'] });
    expect(roles('Participants came from the OSCE and Malta.')).toEqual({ MT: ['participant'] });
    // People with an origin of their own read their own noun, before and after "and".
    expect(roles('Participants came from Italy and experts from Austria.')).toEqual({ IT: ['participant'], AT: ['expert'] });
    expect(roles('Participants came from the OSCE, experts and Malta.').MT ?? []).not.toContain('participant');
  });

  it('makes "<demonym> experts" and "trainers from the <X> Border Guard" experts, never participants', () => {
    expect(roles('The sessions were led by experts from the Estonian Police and Border Guard Board and by Polish trainers.')).toEqual({
      EE: ['expert'],
      PL: ['expert'],
    });
    expect(roles('Five instructors from the Kyrgyz Border Troops conducted the sessions for officers from Kazakhstan.')).toEqual({
      KG: ['expert'],
      KZ: ['participant'],
    });
  });

  it('makes the people learnt from experts: "learn from <demonym> colleagues"', () => {
    expect(roles('Moldovan customs officers learn from Romanian colleagues')).toEqual({ MD: ['participant'], RO: ['expert'] });
    expect(roles('The cadets learned from two Czech instructors how to read a forged visa.')).toEqual({ CZ: ['expert'] });
  });

  it('counts teachers who are taught as participants', () => {
    expect(roles('The study tour to Spain was for trainers from Armenia.')).toEqual({ ES: [], AM: ['participant'] });
    expect(roles('Next spring the new Latvian trainers will deliver a course of their own.')).toEqual({ LV: ['participant'] });
  });

  it('makes the subject of an active verb of teaching an expert', () => {
    expect(roles('Officers from the Drug Control Agency of Kyrgyzstan provide training to Kazakh counterparts.')).toEqual({
      KG: ['expert'],
      KZ: ['participant'],
    });
    expect(roles('The Polish Border Guard conducted a two-week course for Ukrainian officers.')).toEqual({
      PL: ['expert'],
      UA: ['participant'],
    });
  });

  it('makes the people an apposition describes experts when the names before it teach ("A and B, <demonym> judges, conducted the course")', () => {
    expect(roles('Anna Kowalska and Jan Nowak, experienced Polish prosecutors, conducted the trainings for Ukrainian investigators.')).toEqual({
      PL: ['expert'],
      UA: ['participant'],
    });
    // An apposition on the people taught stays with them; a clause that is not an apposition breaks as before.
    expect(roles('The trainees, young Moldovan prosecutors, were taught by the Academy.')).toEqual({ MD: ['participant'] });
    expect(roles('Officers from Moldova, who attended last year, will conduct a course.')).toEqual({ MD: ['participant'] });
  });

  it('does not make funders, adverbials or the taught an expert of a teaching verb', () => {
    expect(roles('With Japanese funding, the OSCE conducted a course for Tajik officers.')).toEqual({ JP: [], TJ: ['participant'] });
    expect(roles('Japan provided funding for the course.')).toEqual({ JP: [] });
    expect(roles('Officers from Moldova were provided training on risk analysis.')).toEqual({ MD: ['participant'] });
    expect(roles('Participants from Serbia will deliver training to their colleagues.')).toEqual({ RS: ['participant'] });
    expect(roles('Border officers from Albania will later conduct courses in their own units.')).toEqual({ AL: ['participant'] });
  });

  it('gives funders, chairs and the seat of a body no role', () => {
    const text =
      'The seminar, funded by the Government of Norway with the support of the Swiss Embassy, was chaired by the Ambassador of Germany. ' +
      'Speakers from the OSCE Secretariat in Vienna, Austria, addressed officials from Serbia.';
    expect(roles(text)).toEqual({ NO: [], CH: [], DE: [], AT: [], RS: ['participant'] });
  });

  it('gives geography no role: "bordering X", "drug routes from X"', () => {
    expect(roles('Police officers from districts bordering Afghanistan studied drug routes from Pakistan.')).toEqual({ AF: [], PK: [] });
  });

  it('gives a topic no role: "the approaches of <demonym> officers", "the police structure of X"', () => {
    expect(roles('The delegates were briefed on the approaches of Finnish police officers to community policing.')).toEqual({ FI: [] });
    expect(roles('The Afghan officers were introduced to the police structure of both Spain and Portugal.')).toEqual({
      AF: ['participant'],
      ES: [],
      PT: [],
    });
  });

  it('gives the bodies a delegation visits no role', () => {
    expect(roles('Officials from Armenia visited the Joint Centre of the Estonian and Latvian Police.')).toEqual({
      AM: ['participant'],
      EE: [],
      LV: [],
    });
  });

  it('makes the countries of the bodies an event is for participants, not bodies named otherwise', () => {
    expect(roles('The workshop for Georgian and Armenian border management agencies ended today.')).toEqual({
      GE: ['participant'],
      AM: ['participant'],
    });
    expect(roles('It will help Moldovan and Romanian authorities protect their borders.')).toEqual({ MD: [], RO: [] });
  });

  it('counts observers as people who attend', () => {
    expect(roles('The course was attended by observers from the Jordanian Customs.')).toEqual({ JO: ['participant'] });
  });

  it('reads past a parenthesised acronym', () => {
    expect(roles('Sessions were delivered by the experts of the European Border Academy (EBA) from Finland.')).toEqual({ FI: ['expert'] });
  });

  it('codes Kosovo XK and the United Kingdom GB', () => {
    expect(roles('Trainers from the United Kingdom taught police officers from Kosovo.')).toEqual({ GB: ['expert'], XK: ['participant'] });
  });

  it('gives "International experts" no country', () => {
    expect(roles('International experts trained customs officials from Tajikistan.')).toEqual({ TJ: ['participant'] });
  });

  it('goes on with a list after "as well as partners such as …", unless people of their own are named', () => {
    const text = 'Participants from five countries - Chad, Mali, Niger and Togo, as well as regional partners such as ECOWAS and the Spanish Guardia Civil - are taking part.';
    expect(roles(text)).toEqual({ TD: ['participant'], ML: ['participant'], NE: ['participant'], TG: ['participant'], ES: ['participant'] });
    expect(roles('Officers from Chad and Mali, as well as experts such as the Spanish Guardia Civil, took part.')).toEqual({
      TD: ['participant'],
      ML: ['participant'],
      ES: ['expert'],
    });
  });

  it('gives a long list the role read at its start', () => {
    expect(
      roles(
        'The 300 senior officers attending the exercise come from the member states of Ruritania, namely Algeria, the Comoros, Bosnia and Herzegovina, Burundi, Chad, Djibouti, Eritrea, Malawi, Mali, Niger, Senegal, Sudan, Tunisia and Uganda.',
      ),
    ).toEqual(Object.fromEntries(['DZ', 'KM', 'BA', 'BI', 'TD', 'DJ', 'ER', 'MW', 'ML', 'NE', 'SN', 'SD', 'TN', 'UG'].map((c) => [c, ['participant']])));
  });

  it('reads lists named as a whole: "countries: …", "countries represented were …", "… were invited"', () => {
    expect(roles('The course trained 30 prosecutors of anti-graft bodies in six southern African countries: Botswana, Lesotho, Malawi and Zambia.')).toEqual({
      BW: ['participant'], LS: ['participant'], MW: ['participant'], ZM: ['participant'],
    });
    expect(roles('Countries represented at the Accra meeting were Benin, Togo and Ghana.')).toEqual({ BJ: ['participant'], TG: ['participant'], GH: ['participant'] });
    expect(roles('Paraguay, Guyana and Suriname were also invited to participate.')).toEqual({ PY: ['participant'], GY: ['participant'], SR: ['participant'] });
    // The verb before the list, with what the sentence adds between: "Six countries were represented at the course run by the Academy: …".
    expect(roles('Five nations were represented at the seminar hosted by the regional centre: Chile, Peru and Bolivia.')).toEqual({ CL: ['participant'], PE: ['participant'], BO: ['participant'] });
    expect(roles('Four countries took part in the exercise: Ghana, Togo and Benin.')).toEqual({ GH: ['participant'], TG: ['participant'], BJ: ['participant'] });
    // A comma dropped inside the list: the country after it is still in the list.
    expect(roles('Five countries took part in the course: Chile, Peru, Bolivia Ecuador and Brazil.')).toEqual({
      CL: ['participant'], PE: ['participant'], BO: ['participant'], EC: ['participant'], BR: ['participant'],
    });
    // Countries that only have something ("countries were affected by the floods: …") are no list of those taking part.
    expect(roles('Several countries were affected by the storms: Chile and Peru.')).toEqual({ CL: [], PE: [] });
  });

  it('makes the people an event is run or delivered by experts', () => {
    expect(roles('Soldiers of the Ruritanian army took part in two seminars conducted by personnel from the U.S. Army.')).toEqual({ US: ['expert'] });
    expect(roles('The course was delivered by police advisers from Portugal, Sweden and The Netherlands.')).toEqual({
      PT: ['expert'], SE: ['expert'], NL: ['expert'],
    });
    expect(roles('Last month the U.S. Government trained twelve members of the Lebanese Armed Forces.')).toEqual({ US: ['expert'], LB: ['participant'] });
  });

  it('gives no role to a head of a body, an embassy, a country that gives training or a mission\'s seat', () => {
    expect(roles('The director of the Colombian police opened the course for Mexican officers.')).toEqual({ CO: [], MX: ['participant'] });
    expect(roles('He thanked the representatives of the Embassies of the United States and Israel.')).toEqual({ US: [], IL: [] });
    expect(roles('Workers in the region get U.S. training.')).toEqual({ US: [] });
    expect(roles('The OSCE Mission to Georgia\'s adviser spoke to officers from Armenia.')).toEqual({ GE: [], AM: ['participant'] });
  });

  it('gives counterparts a role only as the trainees of trainers', () => {
    expect(roles('The skills help Lao officers cooperate with their Vietnamese counterparts.')).toEqual({ LA: ['participant'], VN: [] });
    expect(roles('Officers from the Ruritanian police provide training to Uzbek counterparts.')).toEqual({ UZ: ['participant'] });
  });

  it('reads no country in seas and continents ("Gulf of Guinea", "Southern America")', () => {
    expect(roles('Participants from 11 countries in the Gulf of Guinea met in Tema.')).toEqual({});
    expect(roles('Next year the university will welcome trainees from Central and Southern America.')).toEqual({});
  });
});

describe('national bodies known by their own-language names', () => {
  it('reads "instructors of the Guardia Civil" as Spain\'s experts', () => {
    const countries = extractCountries(analyzeRelease('The course was taught by instructors of the Guardia Civil for officers from Morocco.'), { hostCode: null, organizers: [] });
    expect(Object.fromEntries(countries.map((c) => [c.code, c.roles]))).toEqual({ ES: ['expert'], MA: ['participant'] });
  });
});

describe('national agencies known abroad by their acronyms', () => {
  it('reads "four FBI instructors" as the United States’ experts', () => {
    expect(roles('Four FBI instructors taught 30 officers of the Ecuadorian police.')).toEqual({ US: ['expert'], EC: ['participant'] });
  });
});

describe('a country that closes a list of bodies', () => {
  it('gives the people of the last body the role read before the list', () => {
    const countries = extractCountries(analyzeRelease('Training involved experts from INTERPOL, the Migration Agency and Austrian police.'), { hostCode: null, organizers: [] });
    expect(Object.fromEntries(countries.map((c) => [c.code, c.roles]))).toEqual({ AT: ['expert'] });
  });

  it('gives no role to those thanked for their support, but reads the people named after "for"', () => {
    expect(roles('The director thanked the coordinators, partners and the Norwegian Government for their support.')).toEqual({ NO: [] });
    expect(roles('The trainers were thanked for having equipped the Seychellois officers with new skills.')).toEqual({ SC: ['participant'] });
  });

  it('makes the country a sentence opens with "Representing X," the people’s', () => {
    expect(roles('Representing Fiji, three officials from the Ministry of Foreign Affairs joined the course.')).toEqual({ FJ: ['participant'] });
    expect(roles('Representing Norway, the ambassador opened the course.')).toEqual({ NO: [] });
  });

  it('reads an acronym given to a country’s body as that country: "Australian Federal Police (AFP) … AFP trainers"', () => {
    const text = 'The Australian Federal Police (AFP) ran a course in Port Moresby. Four AFP trainers taught officers from Papua New Guinea.';
    expect(roles(text)).toEqual({ AU: ['expert'], PG: ['participant'] });
    // The country is not the owner of "the Embassy of Japan (EoJ)", nor of an "Inter-American" body.
    expect(roles('The Inter-American Drug Abuse Control Commission (CICAD) met. Five CICAD experts spoke.')).toEqual({});
  });

  it('takes teams from a country as its people, but a Team with a capital as a body', () => {
    expect(roles('Treatment teams from Honduras and Panama were assisted by experts from Spain.')).toEqual({ HN: ['participant'], PA: ['participant'], ES: ['expert'] });
    expect(roles('The training was carried out by the British Peace Support Team for officers from Seychelles.')).toEqual({ GB: ['expert'], SC: ['participant'] });
    expect(roles('The seminar was held by the Kazakh Ministry of Interior.')).toEqual({ KZ: [] });
  });

  it('gives no role for "the official opening", the people a delegation meets, or a topic "related to" the X Police', () => {
    expect(roles('During the official opening of the course, a deputy director of Kenya’s Ministry of Trade spoke.')).toEqual({ KE: [] });
    expect(roles('An official from Kenya attended.')).toEqual({ KE: ['participant'] });
    expect(roles('The delegation met with Georgian officials in Tbilisi.')).toEqual({ GE: [] });
    expect(roles('Armenian officers trained with Georgian officers.')).toEqual({ AM: ['participant'], GE: ['participant'] });
    expect(roles('Films related to the Indian Police were shown to the visitors.')).toEqual({ IN: [] });
  });

  it('makes the people of a country who give a presentation experts', () => {
    expect(roles('Judge Anna Berg of Sweden gave a presentation on asset recovery to the participants.')).toEqual({ SE: ['expert'] });
  });

  it('makes people of the same kind joined to those an event is run by experts too', () => {
    expect(roles('The course will be taught by Greek senior prosecutors/judges with Portuguese and Maltese judges/prosecutors of the appeal courts.')).toEqual({
      GR: ['expert'],
      PT: ['expert'],
      MT: ['expert'],
    });
    // Other people joined to the trainers are the ones they train.
    expect(roles('The course was conducted by OSCE experts with Afghan officers.')).toEqual({ AF: ['participant'] });
  });

  it('makes a country the subject of a perfect "has trained" an expert, but not of "has been trained"', () => {
    expect(roles('This marks the first time Chile has trained customs officers for a foreign country.')).toEqual({ CL: ['expert'] });
    expect(roles('Since then Chile has been trained by many partners.')).toEqual({ CL: [] });
  });

  it('gives no role to people named as donors or as those who fund', () => {
    expect(roles('Representatives of the donor countries, Japan and Korea, attended the closing ceremony.')).toEqual({ JP: [], KR: [] });
    expect(roles('Japanese officials, who fund the project, attended the opening.')).toEqual({ JP: [] });
    expect(roles('Kenyan officers, who were funded by the project, attended the course.')).toEqual({ KE: ['participant'] });
  });

  it('gives no role to guests who "were present": partners, funders and dignitaries', () => {
    expect(roles('Officials from the Swedish Ministry of Foreign Affairs, UNDP and GIZ were present.')).toEqual({ SE: [] });
    expect(roles('Also present at the ceremony were delegates of the Norwegian Embassy and officers from Malawi.')).toEqual({ NO: [], MW: [] });
    expect(roles('Officials from Malawi took part in the course.')).toEqual({ MW: ['participant'] });
  });
});

describe('where the people come from, after a linking verb', () => {
  it('reads "the participants, who came from A, B and C", "hailed from", "were from" as "participants from"', () => {
    expect(roles('The 25 participants, who came from Ghana, Togo and Benin, received certificates.')).toEqual({
      GH: ['participant'],
      TG: ['participant'],
      BJ: ['participant'],
    });
    expect(roles('Trainees hailed from Kiribati and Tuvalu.')).toEqual({ KI: ['participant'], TV: ['participant'] });
    expect(roles('The facilitators were all from Canada.')).toEqual({ CA: ['expert'] });
    expect(roles('Resource persons were drawn from Kenya and Uganda.')).toEqual({ KE: ['expert'], UG: ['expert'] });
  });

  it('still reads a place after the verb as a place', () => {
    expect(roles('The trainees were in Canada for two weeks.')).toEqual({ CA: [] });
  });
});

describe('teachers named, then who they are', () => {
  it('makes "The trainers were <demonym> judges" and "Speakers included judges from X" experts', () => {
    expect(roles('The trainers are Latvian police officers and the participants are Estonian border guards.')).toEqual({ LV: ['expert'], EE: ['participant'] });
    expect(roles('Speakers included judges from Canada and Mexico.')).toEqual({ CA: ['expert'], MX: ['expert'] });
    // A verb in -ed between them starts another clause.
    expect(roles('The experts were impressed by the Albanian judges.')).toEqual({ AL: ['participant'] });
  });

  it('makes those learnt "about … from" teachers', () => {
    expect(roles('The Kyrgyz judges learned about jury trials from American judges.')).toEqual({ KG: ['participant'], US: ['expert'] });
  });
});

describe('lists of countries named as a whole, in other orders', () => {
  it('reads "with the participation of A, B and C" and "the participating states — A, B and C — sent three officers"', () => {
    expect(roles('The course was held with the participation of Armenia, Georgia and Moldova.')).toEqual({ AM: ['participant'], GE: ['participant'], MD: ['participant'] });
    expect(roles('Each of the participating states — Armenia, Azerbaijan and Georgia — sent three officers.')).toEqual({
      AM: ['participant'],
      AZ: ['participant'],
      GE: ['participant'],
    });
    expect(roles('Armenia and Georgia sent two experts each.')).toEqual({ AM: [], GE: [] });
  });

  it('reads "The participating countries were …" and a "Participants:" line', () => {
    expect(roles('The participating countries were Peru, Chile and Bolivia.')).toEqual({ PE: ['participant'], CL: ['participant'], BO: ['participant'] });
    expect(roles('Participants: Nepal, Bhutan and Bangladesh.')).toEqual({ NP: ['participant'], BT: ['participant'], BD: ['participant'] });
  });
});

describe('a country’s body named by its initials', () => {
  it('makes the body teach after "led by", and its people take part', () => {
    const text = 'The course of the Ghana Armed Forces ended. It was led by GAF instructors, and one ZDF officer from the Zimbabwe Defence Forces joined it. The training led by ZDF was praised.';
    expect(roles(text)).toEqual({ GH: ['expert'], ZW: ['participant', 'expert'] });
  });
});

describe('a uniformed service named as a body', () => {
  it('makes a navy or an army that conducts the training an expert', () => {
    expect(roles('Officers of the Sri Lanka Navy attended training conducted by the Indian Navy.')).toEqual({ LK: ['participant'], IN: ['expert'] });
    expect(roles('The exercise was led by the Kenyan Army for soldiers from Somalia.')).toEqual({ KE: ['expert'], SO: ['participant'] });
  });
});

describe('national trainers of an event held nowhere (online)', () => {
  it('makes "the national tutor" an expert of the one country whose people take part', () => {
    const text = 'The online course for Moldovan judges ran from March to June. It was led by the national tutor, Ms Ana Rusu.';
    expect(roles(text)).toEqual({ MD: ['participant', 'expert'] });
  });

  it('gives no such expert when the participants come from several countries', () => {
    const text = 'The online course for Moldovan and Romanian judges ran from March to June. It was led by the national tutor, Ms Ana Rusu.';
    expect(roles(text)).toEqual({ MD: ['participant'], RO: ['participant'] });
  });
});

describe('teachers joined by their counterparts, and people dispatched to another country’s body', () => {
  it('makes "trainers and their <X> counterparts" teach with them, but not counterparts the trainers teach', () => {
    expect(roles('The course for 30 officers was taught by OSCE trainers and their Kyrgyz counterparts.', 'KZ')).toMatchObject({ KG: ['expert'] });
    expect(roles('Swedish instructors together with their Latvian counterparts ran the drills.')).toEqual({ SE: ['expert'], LV: ['expert'] });
    expect(roles('Trainers will share their experience with their Kyrgyz counterparts.', 'KZ')).toMatchObject({ KG: ['participant'] });
  });

  it('makes a country’s body that dispatches its people to another country’s body their teacher', () => {
    const text = 'The Japan Coast Guard (JCG) dispatched two members of its Mobile Team, a unit that builds the skills of partner agencies, to the Malaysia Maritime Agency (MMA) from 3 to 9 May.';
    expect(roles(text, 'MY')).toMatchObject({ JP: ['expert'] });
    // Not its people sent to an event, nor a body that is not the subject.
    expect(roles('Kazakhstan sent four officers to the course in Bishkek.', 'KG')).toEqual({ KZ: ['participant'], KG: ['host'] });
    expect(roles('With support from Japan, the OSCE dispatched two trainers to the Kyrgyz Border Service.', 'KG')).not.toMatchObject({ JP: ['expert'] });
  });
});

describe('trainees sent abroad: the bodies and schools that take them teach', () => {
  it('makes a body trainees are placed with, or a school another country’s officer joins, the teacher', () => {
    expect(roles('The 27 Fijian officers will be placed with the New Zealand Police.', 'NZ')).toEqual({ FJ: ['participant'], NZ: ['host', 'expert'] });
    expect(roles('An officer from the Nepal Police will be joining the Royal Thai Police Academy for a one-year course.')).toEqual({
      NP: ['participant'],
      TH: ['expert'],
    });
    // A school the country's own people join is not shown to teach another country's.
    expect(roles('Twenty cadets will be joining the Royal Thai Police Academy next year.')).toEqual({ TH: [] });
  });

  it('does not put people stationed in another country than the host at the event', () => {
    const text = 'Twelve officers from Papua New Guinea will train in Australia. There are 50 Australian Federal Police in the PNG cities of Lae and Port Moresby.';
    expect(roles(text, 'AU')).toEqual({ PG: ['participant'], AU: ['host'] });
    // In their own country, or in the host country, they may be.
    expect(roles('Afghan officers serving in Afghanistan’s border provinces attended the course in Dushanbe.', 'TJ')).toMatchObject({ AF: ['participant'] });
    // "in <adjective> <topic>" is what they learn, not where they are.
    expect(roles('The course trained Turkmen officers in Afghan drug trends.', 'TM')).toEqual({ TM: ['host', 'participant'], AF: [] });
  });
});

describe('a body named for its people', () => {
  it('takes part where the sentence says someone does, not where it only names the body', () => {
    expect(roles('The course was attended by the Royal Bhutan Police and the Royal Thai Police.', 'IN')).toEqual({ IN: ['host'], BT: ['participant'], TH: ['participant'] });
    expect(roles('A workshop for the Tajik Border Troops opened today.')).toEqual({ TJ: ['participant'] });
    expect(roles('The programme between the local forces and the Australian Federal Police including New Zealand Police ended this morning.', 'PG')).toMatchObject({
      AU: [],
      NZ: [],
    });
    // Title-case people are people, not a body: "to Uzbek Counterparts".
    expect(roles('Officers from Afghanistan Provide Training to Uzbek Counterparts')).toMatchObject({ UZ: ['participant'] });
  });
});

describe('a national agency that implements a training', () => {
  it('makes the country of the agency that implements a course for others its teacher', () => {
    expect(roles('The Korea International Cooperation Agency (KOICA) will implement a training programme for 15 officials from Pakistan.')).toEqual({
      KR: ['expert'],
      PK: ['participant'],
    });
    // Funding or supporting the course is not carrying it out.
    expect(roles('With Korean funding, the OSCE implemented a training programme for 15 officials from Tajikistan.')).toEqual({ KR: [], TJ: ['participant'] });
  });
});

describe('trainees of the programme’s earlier rounds', () => {
  it('makes the one country they came from a participant when no venue and no other participant is named, with a reason', () => {
    const text = 'The agency will run a two-week course for 15 senior officials. More than 1,000 Pakistani trainees have taken part in its programmes since 1992.';
    const countries = extractCountries(analyzeRelease(text), { hostCode: null, organizers: [] });
    expect(countries.map((c) => [c.code, c.roles])).toEqual([['PK', ['participant']]]);
    expect(countries[0]!.evidence[0]!.reason).toBe('trainees of earlier rounds: the programme’s earlier trainees came from it and no other country is named for them');
    // Not over a country read for this event, and not from two countries.
    expect(roles('The course for 15 officials from Nepal opened today. Since 1992, 1,000 Pakistani trainees have taken part.')).toEqual({ NP: ['participant'], PK: [] });
    expect(roles('The course opened today. Since 1992, 1,000 Pakistani and Indian trainees have taken part.')).toEqual({ PK: [], IN: [] });
  });
});

describe('people the sentence names as its teachers', () => {
  it('makes everyone a list of teachers names an expert, whatever their trade ("Trainers included … a police officer from X")', () => {
    expect(roles('Trainers included a judge from Latvia, a prosecutor from Estonia and a police officer from Finland.')).toEqual({ LV: ['expert'], EE: ['expert'], FI: ['expert'] });
    expect(roles('The instructors were senior officers from Norway.')).toEqual({ NO: ['expert'] });
    // A list that names the trainees too, and speakers (who may only open it), are not lists of teachers.
    expect(roles('Trainers and participants included police officers from Finland.').FI).toEqual(['participant']);
    expect(roles('Speakers included the Minister of the Interior and police officers from Finland.').FI).not.toContain('expert');
  });

  it('makes the people an appositive puts beside the teachers experts ("The trainers, two police officers from X, …")', () => {
    expect(roles('The trainers, two police officers from Sweden, explained the new law to Albanian prosecutors.')).toEqual({ SE: ['expert'], AL: ['participant'] });
    // A list of people after the teachers is not an appositive: "Trainers, judges and prosecutors from X".
    expect(roles('Trainers, judges and prosecutors from Sweden attended the course.').SE).toEqual(['participant']);
  });
});

describe('a country in parentheses after its people', () => {
  it('gives a person listed among the teachers the expert role ("Lecturers: Prof. Anna Rossi (Italy), …")', () => {
    expect(roles('Lecturers: Prof. Anna Rossi (Italy), Dr. Jean Dupont (France) and Ms Ines Garcia (Spain).')).toEqual({ IT: ['expert'], FR: ['expert'], ES: ['expert'] });
    // A person in any other sentence gives no role by the parenthesis alone.
    expect(roles('The course was opened by Mr Ilir Hoxha (Albania).').AL).toEqual([]);
  });

  it('gives a group the role of its people noun ("25 officers (A, B, C)"), and nothing to a body or a place before it', () => {
    expect(roles('The course was attended by 25 officers (Ghana, Togo, Benin).')).toEqual({ GH: ['participant'], TG: ['participant'], BJ: ['participant'] });
    expect(roles('The course was taught by two experts (Canada).')).toEqual({ CA: ['expert'] });
    expect(roles('The officers visited the Border Guard School in Holesov (Czech Republic).').CZ).toEqual([]);
  });
});

describe('lists of countries in the United Nations’ forms and named as those represented', () => {
  it('goes on with a list past a name’s short aside ("Bolivia (Plurinational State of), Iran (Islamic Republic of) and …")', () => {
    expect(roles('Participants came from Bolivia (Plurinational State of), Iran (Islamic Republic of), the Syrian Arab Republic and Viet Nam.')).toEqual({
      BO: ['participant'],
      IR: ['participant'],
      SY: ['participant'],
      VN: ['participant'],
    });
    expect(roles('Officers from Bosnia and Herzegovina (BiH), Serbia and Montenegro attended.')).toEqual({ BA: ['participant'], RS: ['participant'], ME: ['participant'] });
  });

  it('makes the countries "represented: A, B" or "among the countries represented" participants, not those merely named', () => {
    expect(roles('Countries represented: Ghana, Togo and Benin.')).toEqual({ GH: ['participant'], TG: ['participant'], BJ: ['participant'] });
    expect(roles('Ghana, Togo and Benin were among the countries represented.')).toEqual({ GH: ['participant'], TG: ['participant'], BJ: ['participant'] });
    expect(roles('Ghana and Togo were among the participating countries.')).toEqual({ GH: ['participant'], TG: ['participant'] });
    expect(roles('Ghana and Togo were among the first countries to ratify the convention.')).toEqual({ GH: [], TG: [] });
  });
});

describe('a list of countries one a line under a heading', () => {
  it('gives each country alone on its line the role its heading names', () => {
    expect(roles('The course ended.\nParticipating countries:\n- Ghana\n- Togo (3)\nBurkina Faso\n')).toEqual({ GH: ['participant'], TG: ['participant'], BF: ['participant'] });
    expect(roles('The course ended.\nTrainers came from:\nNorway\nDenmark\n')).toEqual({ NO: ['expert'], DK: ['expert'] });
    // A line of prose, or a list under another heading, gives no role.
    expect(roles('The course ended.\nParticipating countries:\nThe officials thanked Ghana for its support.\n').GH).toEqual([]);
    expect(roles('The course ended.\nFunded by:\nNorway\nDenmark\n')).toEqual({ NO: [], DK: [] });
  });
});

describe('presentations made by people', () => {
  it('makes those "presentations were made by" experts', () => {
    expect(roles('Presentations were made by officers from Spain and Colombia on successful cases.')).toEqual({ ES: ['expert'], CO: ['expert'] });
    expect(roles('Presentations were made to officers from Spain.').ES).toEqual(['participant']);
  });
});

describe('a body’s name many countries’ bodies bear', () => {
  it('names the table’s country only when no other country qualifies it ("la Policía Nacional de Colombia")', () => {
    expect(roles('Instructors of the Policía Nacional taught Peruvian officers.')).toEqual({ ES: ['expert'], PE: ['participant'] });
    expect(roles('Instructors of the Policía Nacional de Colombia taught Peruvian officers.')).toEqual({ CO: ['expert'], PE: ['participant'] });
    expect(roles('Officers of the Haitian Police Nationale attended.')).toEqual({ HT: ['participant'] });
    expect(roles('Officers of the Police nationale (Senegal) attended.').FR).toBeUndefined();
  });
});

describe('shares of the people counted, each with its origin', () => {
  it('gives the country after a share the role of the people counted ("30 judges: 20 from Albania and 10 from Kosovo")', () => {
    expect(roles('The course involved 30 judges: 20 from Albania and 10 from Kosovo.')).toEqual({ AL: ['participant'], XK: ['participant'] });
    expect(roles('The course was attended by 30 judges, of whom 6 from Kosovo and 4 from Montenegro.')).toEqual({ XK: ['participant'], ME: ['participant'] });
    expect(roles('The course was taught by five trainers: two from Austria and three from Germany.')).toEqual({ AT: ['expert'], DE: ['expert'] });
    // A sum of money is no share of people.
    expect(roles('The course for 30 judges was funded by a grant of 50,000 from Japan.').JP).toEqual([]);
  });

  it('makes the countries of "participation from A, B and C" participants', () => {
    expect(roles('The course included participation from Albania, Kosovo and Montenegro.')).toEqual({ AL: ['participant'], XK: ['participant'], ME: ['participant'] });
  });
});

describe('teachers from a national body named with its country', () => {
  it('makes the country "in" which the teachers’ body is their country ("faculty from the … School of Public Policy in Singapore")', () => {
    expect(roles('The programme for Omani officials was delivered by faculty from the Lee Kuan Yew School of Public Policy in Singapore.')).toEqual({ OM: ['participant'], SG: ['expert'] });
    // An international body's office has no country, and a place after other people is only a place.
    expect(roles('Experts from the OSCE Office in Tajikistan trained Afghan officers.').TJ).toEqual([]);
    expect(roles('Officers from the Border Academy in Tajikistan attended.').TJ).not.toContain('expert');
  });
});

describe('people named by a pronoun, and countries that provide the teachers', () => {
  it('gives the countries "they came from" the role of the people named before', () => {
    expect(roles('The course was attended by 30 judges. They came from Albania, Kosovo and Montenegro.')).toEqual({ AL: ['participant'], XK: ['participant'], ME: ['participant'] });
    expect(roles('The course was attended by 30 judges. Most of them were from Albania; others came from Kosovo.')).toEqual({ AL: ['participant'], XK: ['participant'] });
    expect(roles('Three trainers led the course. They came from Austria.')).toEqual({ AT: ['expert'] });
    // No people named before: no role.
    expect(roles('The idea is new. They came from Austria.')).toEqual({ AT: [] });
  });

  it('makes the countries that provided or sent the trainers experts', () => {
    expect(roles('Austria and Germany provided the trainers.')).toEqual({ AT: ['expert'], DE: ['expert'] });
    expect(roles('Austria sent two instructors to the course.')).toEqual({ AT: ['expert'] });
    expect(roles('Austria provided the funding.')).toEqual({ AT: [] });
  });
});
