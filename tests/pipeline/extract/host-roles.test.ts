import { describe, expect, it } from 'vitest';
import { decideCountries, extractCountries } from '../../../src/pipeline/extract/countries.ts';
import { analyzeRelease } from '../../../src/pipeline/extract/analyze-release.ts';

// Invented releases: the host's roles implied rather than read, each with a reason a person can check.
function host(text: string, hostCode: string) {
  const country = extractCountries(analyzeRelease(text), { hostCode, organizers: [] }).find((c) => c.code === hostCode)!;
  return {
    roles: country.roles,
    reasons: Object.fromEntries(country.evidence.map((e) => [e.role, e.reason])),
  };
}

describe('implied roles of the host country', () => {
  it('makes "local" and "national" trainers the host’s experts, with a reason', () => {
    const local = host('Officers from Tajikistan worked under the guidance of local and OSCE trainers.', 'KG');
    expect(local.roles).toEqual(['host', 'expert']);
    expect(local.reasons.expert).toBe('host country: "local and OSCE trainers" at an event it hosts');
    expect(host('Judges will learn from a Supreme Court judge from Poland and prominent national experts.', 'LT').roles).toContain('expert');
  });

  it('does not make the host an expert for national experts of named countries, nor for trainers it trains', () => {
    expect(host('Officers heard national and international experts from Georgia and Estonia.', 'AM').roles).not.toContain('expert');
    expect(host('The course for national trainers from the customs service began today.', 'MD').roles).not.toContain('expert');
    expect(host('The project aims to build a pool of local trainers.', 'MD').roles).not.toContain('expert');
  });

  it('makes the host’s own trainers experts: "in-house", "of the host country", "drawn from" its state body', () => {
    expect(host('The course was conducted by in-house trainers.', 'GH').roles).toContain('expert');
    expect(host('Trainers from the host country’s police academy led the sessions.', 'GH').roles).toContain('expert');
    expect(host('Facilitators were drawn from the Ministry of Justice and the Judicial Service.', 'GH').roles).toEqual(['host', 'expert']);
    expect(host('Senior officers of the Ghana Police Service facilitated the sessions.', 'GH').roles).toContain('expert');
    // People trained as facilitators are not the ones who teach this event.
    expect(host('The course for facilitators from the Ministry of Justice began today.', 'GH').roles).not.toContain('expert');
  });

  it('makes people of the state’s various ministries or agencies the host’s participants, and with no venue the one home state’s', () => {
    const found = host('A training was held for officials from different state agencies.', 'GE');
    expect(found.roles).toEqual(['host', 'participant']);
    expect(found.reasons.participant).toBe('host country: people of its state bodies ("officials from different state agencies")');
    const home = extractCountries(analyzeRelease('The Diplomatic Institute of the Ministry of Foreign Affairs of Georgia held a training for civil servants of various ministries.'), { hostCode: null, organizers: [] });
    expect(home.find((c) => c.code === 'GE')?.roles).toContain('participant');
    // Bodies whose owners are named, or people of other countries read, are not the host's.
    expect(host('A training was held for officials of various ministries of ten participating States.', 'AT').reasons.participant).not.toMatch(/state bodies/);
    expect(host('Officials from Kenya and Uganda attended. They came from various government agencies.', 'ET').roles).not.toContain('participant');
  });

  it('does not make the host a participant when the participants go home after the event', () => {
    expect(host('Twelve officials attended the course in Osaka.', 'JP').roles).toContain('participant');
    expect(host('Twelve officials attended the course in Osaka. They will apply the skills upon their return.', 'JP').roles).not.toContain('participant');
    expect(host('Twelve officials attended the course in Osaka. They will apply the skills upon their return to their units.', 'JP').roles).toContain('participant');
  });

  it('makes a listed speaker or trainer who holds a legal post of a state the host’s expert', () => {
    const text = 'Rangers and prosecutors met in Kasane for a workshop. Speakers during the workshop were Jo Ames – Programme Director, and Mrs Lea Tau – Senior State Counsel, North-East District.';
    const found = host(text, 'BW');
    expect(found.roles).toContain('expert');
    expect(found.reasons.expert).toBe('host country: one of the speakers listed is "Senior State Counsel", at an event it hosts');
    // A post of another named country, a list of trainees, or no legal post: no expert of the host.
    expect(host('Speakers during the workshop were Jo Ames – State Counsel of Namibia, and Lea Tau.', 'BW').roles).not.toContain('expert');
    expect(host('A course for trainers: the trainees were Lea Tau – Senior State Counsel, and others.', 'BW').roles).not.toContain('expert');
    expect(host('Speakers during the workshop were Jo Ames – Programme Director, and Lea Tau – Regional Coordinator.', 'BW').roles).not.toContain('expert');
  });

  it('reads a state body named in full once, then by its acronym after a teaching verb, as the host’s teachers', () => {
    const text = 'The National Institute of Public Administration (NIPA) has run such courses since 2009.\nThe workshop is organized by the Planning Commission and conducted by the NIPA.';
    const found = host(text, 'GH');
    expect(found.roles).toContain('expert');
    expect(found.reasons.expert).toBe('host country: the trainers belong to the National Institute of Public Administration (NIPA), one of its state bodies');
    // The acronym of a body that is not the host’s, or one not said to teach, gives no teachers.
    expect(host('The Basel Institute on Governance (BIG) has run such courses since 2009.\nThe workshop is conducted by the BIG.', 'GH').roles).not.toContain('expert');
    expect(host('The National Institute of Public Administration (NIPA) has run such courses since 2009.\nThe workshop is funded by the NIPA.', 'GH').roles).not.toContain('expert');
  });

  it('does not make the host’s officials who "were present" its participants', () => {
    expect(host('Officials from the Ministry of Interior and UNDP were present.', 'SE').roles).toEqual(['host']);
  });

  it('gives "International experts" no country, not even the host', () => {
    expect(host('International experts trained 20 police officers.', 'GE').roles).toEqual(['host', 'participant']);
  });

  it('does not take a body of a region of several countries for the host’s, though it sits there', () => {
    // An agency of a regional forum, a regional economic community's commission, a UN or EU mission: no one state's.
    expect(host('Trainers from the Caribbean Fisheries Agency taught the 18 officers.', 'BB').roles).not.toContain('expert');
    expect(host('Staff of the West African Monetary Agency trained the 30 clerks.', 'SN').roles).not.toContain('expert');
    expect(host('Officers of the SADC Police Service trained the 12 recruits.', 'BW').roles).not.toContain('expert');
    expect(host('Instructors of the EUPOL Service taught the course for 20 officers.', 'AF').roles).not.toContain('expert');
    // A country whose name holds a region's word keeps its own bodies: they are its state's.
    expect(host('Trainers from the South African Police Service taught the 25 officers.', 'ZA').roles).toContain('expert');
    expect(host('Trainers from the Central African Police Service taught the 25 officers.', 'CF').roles).toContain('expert');
    expect(host('Trainers from the Fisheries Agency taught the 18 officers.', 'BB').roles).toContain('expert');
  });

  it('makes trainers of the host’s own state body its experts, not those taught there', () => {
    const academy = host('Twenty officers attended. Police Academy instructor Captain Ivan Petrov said the course met its aims.', 'KZ');
    expect(academy.roles).toEqual(['host', 'participant', 'expert']);
    expect(academy.reasons.expert).toBe('host country: the trainers belong to the Police Academy, one of its state bodies');
    expect(host('The course for instructors at the Border Guard Academy ended today.', 'UZ').roles).not.toContain('expert');
    expect(host('It raised the skills of Academy instructors.', 'UZ').roles).not.toContain('expert');
  });

  it('makes the host a participant when officers come from across the country, with a reason', () => {
    const across = host('Some 30 police officers from across the country attended, along with officials from Armenia.', 'GE');
    expect(across.roles).toEqual(['host', 'participant']);
    expect(across.reasons.participant).toBe('host country: people came "from across the country"');
  });

  it('does not take "from various provinces of <another country>" for the host', () => {
    expect(host('The course for 12 officers from various provinces of Afghanistan was held in Tehran.', 'IR').roles).toEqual(['host']);
  });

  it('makes the host a participant when its national police academy sends people', () => {
    const cadets = host('Forty cadets of the national police academy took part.', 'RS');
    expect(cadets.roles).toEqual(['host', 'participant']);
    expect(cadets.reasons.participant).toBe('host country: people of its own national body ("cadets of the national police academy")');
  });

  it('reads "<host demonym> border guards" without a reason, and falls back with one when no country is named', () => {
    expect(host('Latvian border guards completed the course in Riga.', 'LV').reasons.participant).toBeNull();
    const fallback = host('Twenty customs officers completed the course.', 'TM');
    expect(fallback.roles).toEqual(['host', 'participant']);
    expect(fallback.reasons.participant).toBe('host country: people take part and no other country is named for them');
  });

  it('does not make the host a participant when the people come from member states or other countries', () => {
    expect(host('Representatives from EU Member States took part in the training in Warsaw.', 'PL').roles).toEqual(['host']);
    expect(host('He thanked the Member States for sending the trainees to the workshop.', 'KE').roles).toEqual(['host']);
    expect(host('Electoral officials from six Pacific countries met for two days.', 'FJ').roles).toEqual(['host']);
    // "all" of a region's countries names the host among them.
    expect(host('Officials from all 13 Caribbean countries met for two days.', 'DM').roles).toEqual(['host', 'participant']);
  });

  it('gives a body named after another country to that country, not to the host', () => {
    const text = 'Representing Fiji, three officials from the Ministry of Foreign Affairs joined the course.';
    expect(host(text, 'NZ').roles).toEqual(['host']);
    expect(host('Three officials from the Ministry of Foreign Affairs joined the course.', 'NZ').roles).toEqual(['host', 'participant']);
  });

  it('does not make the host a participant when its own people teach another country’s', () => {
    const text = 'The U.S. Government trained twelve members of the Internal Security Forces and twelve members of the Lebanese Armed Forces.';
    const countries = extractCountries(analyzeRelease(text), { hostCode: 'US', organizers: [] });
    expect(countries.map((c) => [c.code, c.roles])).toEqual([['US', ['host', 'expert']], ['LB', ['participant']]]);
  });

  it('keeps the weighed roles in a decision, the lost ones with the evidence against them', () => {
    const { decision } = decideCountries(analyzeRelease('Representatives from EU Member States took part in the training.'), { hostCode: 'PL', organizers: [] });
    expect(decision?.fact).toBe('countryRoles');
    expect(decision?.candidates).toEqual([
      expect.objectContaining({
        label: 'Poland: participant',
        chosen: false,
        score: -1,
        evidence: [
          { feature: 'people-take-part', weight: 1, note: 'people take part' },
          { feature: 'no-other-participants', weight: 1, note: 'no other country is named for them' },
          { feature: 'regional-participants', weight: -3, note: 'the participants come "Representatives from EU Member States"' },
        ],
      }),
    ]);
  });

  it('keeps no decision when every role is read from the text', () => {
    expect(decideCountries(analyzeRelease('Experts from Latvia trained officers from Estonia.'), { hostCode: null, organizers: [] }).decision).toBeNull();
  });
});

describe('implied roles with no venue: the country whose state bodies are named', () => {
  const roles = (text: string) => Object.fromEntries(extractCountries(analyzeRelease(text), { hostCode: null, organizers: [] }).map((c) => [c.code, c.roles]));

  it('gives its people a role on strong evidence: "officers from across the country"', () => {
    expect(roles('Officers from across the country attended a course run by the Namibian Police Force.')).toEqual({ NA: ['participant'] });
  });

  it('gives none on weak evidence alone, nor when two countries’ bodies are named', () => {
    expect(roles('Twenty officers attended a course run by the Namibian Police Force.')).toEqual({ NA: [] });
    expect(roles('Officers from across the country attended a course of the Namibian Police Force and the Angolan Customs Service.')).toEqual({ NA: [], AO: [] });
  });
});

describe('the host’s own people teaching beside others', () => {
  it('makes the counterparts of foreign trainers the host’s teachers, with a reason', () => {
    const text = 'General Musa of the National Police (NP) opened a course for 40 police officers in the presence of UN trainers and their NP counterparts.';
    const joined = host(text, 'CD');
    expect(joined.roles).toEqual(['host', 'participant', 'expert']);
    expect(joined.reasons.expert).toBe('host country: "trainers and their NP counterparts" at an event it hosts');
    // Counterparts of another country are that country's, and counterparts who are taught are not teachers.
    expect(host('The course was taught by UN trainers and their Kyrgyz counterparts.', 'KZ').roles).not.toContain('expert');
    expect(host('The trainers will share their experience with their counterparts.', 'CD').roles).not.toContain('expert');
  });

  it('makes a listed teacher of the host’s state body its expert when the list teaches', () => {
    const text = 'Thirty sergeants attended. The speakers – the Director of the Strategic Centre and the Deputy Head of the Office of Georgia on European Integration – delivered lectures to the sergeants.';
    expect(host(text, 'GE').roles).toEqual(['host', 'participant', 'expert']);
    // Speakers who only speak are not teachers; neither are trainers who are trained.
    expect(host('Thirty sergeants attended. The speakers – the Head of the Office of Georgia on Integration – welcomed the guests.', 'GE').roles).not.toContain('expert');
    expect(host('A course for trainers: officers of the Ministry of Interior of Georgia attended.', 'GE').roles).not.toContain('expert');
  });
});

describe('the host’s people named by their body', () => {
  it('makes people of its own body its participants, but not one named person described by the body', () => {
    const officers = host('Officers from the State Border Service attended the course.', 'UA');
    expect(officers.roles).toEqual(['host', 'participant']);
    expect(officers.reasons.participant).toBe('host country: the participants represent the State Border Service');
    // "Ana Lupu, a senior specialist from …" is one person who speaks or teaches, not those taught.
    expect(host('Officers from Moldova attended the course in Kyiv. The lecture by Ana Lupu, a senior specialist from the State Border Service, is online.', 'UA').roles).toEqual(['host']);
  });
});

describe('the host’s state body teaching, however its people are named', () => {
  it('reads its people as the agent of a verb of teaching, or serving as trainers', () => {
    expect(host('The workshop for 25 prosecutors was facilitated by officers of the National Prosecution Authority.', 'ZM').roles).toContain('expert');
    expect(host('Senior officials of the Attorney General’s Office served as resource persons.', 'KE').roles).toContain('expert');
    expect(host('Experienced prosecutors from the Prosecutor General’s Office acted as trainers.', 'UA').roles).toContain('expert');
    // Its people who are trained, or a body that only organises, do not teach.
    expect(host('A course for 20 officers of the Border Service ended today.', 'UA').roles).not.toContain('expert');
    expect(host('The workshop was organised by the Ministry of Justice for 30 judges.', 'UA').roles).not.toContain('expert');
  });

  it('reads the body, or its people, as the subject of a verb of teaching', () => {
    expect(host('The Coast Guard conducted a course for 12 officers from Fiji and Tonga.', 'PG').roles).toEqual(['host', 'expert']);
    expect(host('Instructors of the Federal Police taught the course for 24 officers from Mozambique.', 'BR').roles).toEqual(['host', 'expert']);
    expect(host('Judges of the Supreme Court lectured the 40 participants.', 'AL').roles).toContain('expert');
  });

  it('does not take a body owned by another country, named after it, for the host’s', () => {
    const text = 'Employees of the Federal Service for Drug Control (FSDC) of RF will train Tajik counterparts.';
    expect(host(text, 'TJ').roles).not.toContain('expert');
  });
});

describe('the home of the people taking part, when it is not the host', () => {
  function all(text: string, hostCode: string) {
    return Object.fromEntries(extractCountries(analyzeRelease(text), { hostCode, organizers: [] }).map((c) => [c.code, c.roles]));
  }

  it('gives the weak "people take part" to the one other country whose state body is named, not to the host', () => {
    const text = 'Ten police officers attended a regional seminar in Antigua. The courses promise to enhance the capabilities of the Belize Police Department.';
    const home = extractCountries(analyzeRelease(text), { hostCode: 'GT', organizers: [] });
    expect(Object.fromEntries(home.map((c) => [c.code, c.roles]))).toEqual({ GT: ['host'], BZ: ['participant'] });
    expect(home.find((c) => c.code === 'BZ')!.evidence[0]!.reason).toBe(
      'home country: people take part and no other country is named for them and its state body, the Belize Police Department, is the only one named',
    );
  });

  it('keeps the host when the other body is a government, teaches, or when the host’s people are named', () => {
    expect(all('Thirty officers attended the workshop, supported by the German Government.', 'BW')).toEqual({ BW: ['host', 'participant'], DE: [] });
    expect(all('Trainers from the Kyrgyz Drug Control Agency conducted a course for officers.', 'KZ')).toEqual({ KZ: ['host', 'participant'], KG: ['expert'] });
    expect(all('Thirty officers from across the country attended. The Belize Police Department sent a guest.', 'GT')).toMatchObject({ GT: ['host', 'participant'] });
  });
});

describe('a school of the host’s state that teaches', () => {
  it('takes a school with a state service in its name and no country for the host’s', () => {
    expect(host('The training for 25 judges was delivered by trainers of the School of Magistrates.', 'AL').roles).toContain('expert');
    expect(host('The course was taught by lecturers from the Diplomatic Training Institute.', 'GE').roles).toContain('expert');
  });

  it('does not take an institute named for a town, an international one, or another country’s', () => {
    expect(host('The workshop was conducted by experts from the Basel Institute on Governance for 30 investigators.', 'BW').roles).not.toContain('expert');
    expect(host('The course was taught by lecturers from the International Police Training Institute.', 'GE').roles).not.toContain('expert');
    expect(host('The course was taught by lecturers from the Turkish National Police Academy.', 'GE').roles).not.toContain('expert');
  });
});

describe('more ways the host’s own people teach', () => {
  it('reads presentations, experience shared with the trainees, learning from them, and "whose instructors"', () => {
    expect(host('Representatives of the Prosecutor General’s Office made presentations on the new code to the 30 participants.', 'GE').roles).toContain('expert');
    expect(host('Judges of the Constitutional Court shared their experience with the 30 young lawyers.', 'AL').roles).toContain('expert');
    expect(host('The participants learned from experienced officers of the State Border Service.', 'AZ').roles).toContain('expert');
    expect(host('The course was held at the Police Academy, whose instructors taught 40 cadets.', 'UZ').roles).toContain('expert');
  });

  it('does not take teachers another country is named for, or experience shared among the trainees, for the host’s', () => {
    expect(host('Georgian lecturers from Tbilisi State University taught the course.', 'AM').roles).toEqual(['host']);
    expect(host('Officers of the Border Service shared their experience with each other.', 'KZ').roles).not.toContain('expert');
    expect(host('The course was held at the Police Academy, whose instructors were trained by the OSCE.', 'UZ').roles).not.toContain('expert');
  });
});
