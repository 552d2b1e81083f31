import { describe, expect, it } from 'vitest';
import { analyzeRelease } from '../../../src/pipeline/extract/analyze-release.ts';
import { extractOrganizations } from '../../../src/pipeline/extract/organizations.ts';
import { findOrganizationMentions } from '../../../src/pipeline/extract/organization-mentions.ts';
import { syllabicAcronymOf } from '../../../src/pipeline/organizations/syllabic-acronym.ts';

// Invented releases, one rule of the genre each: who organised the event, read from the shapes
// publishers worldwide write it in.
const organizers = (text: string) => extractOrganizations(analyzeRelease(text), { hostCode: null }).organizers.map((o) => o.name);

describe('organisers of another event are not this one’s', () => {
  it('reads a programme run parallel to another as background', () => {
    expect(
      organizers(
        'Judges trained in Ruritania\nThe Borduria Legal Institute will launch a three-day training programme for judges in Ruritania.\nThe programme will run parallel to a major judicial training programme, led by the Borduria Legal Institute and the Syldavia Judicial Academy.',
      ),
    ).toEqual(['Borduria Legal Institute']);
  });
});

describe('one body described and named by its acronym', () => {
  it('reports a description whose words’ first letters spell an acronym by the acronym’s name', () => {
    expect(
      organizers(
        'Ruritania: EU Police Mission held training for crowd managers\nThe training took place for 19 police officers in Zenda and was delivered by EUPOL RUPS police advisers from Portugal.',
      ),
    ).toEqual(['EUPOL RUPS']);
  });

  it('spells by word prefixes, every word used or all but a last head noun', () => {
    expect(syllabicAcronymOf('EU Police Mission', ['EU Police Mission', 'EUPOL COPPS'])).toBe('EUPOL COPPS');
    expect(syllabicAcronymOf('EU Border Assistance Mission', ['EUBAM'])).toBe('EUBAM');
    expect(syllabicAcronymOf('UN Police', ['UNPOL'])).toBe('UNPOL');
    // A word left out in the middle, or letters that are no word's first, spell nothing.
    expect(syllabicAcronymOf('EU Border Assistance Mission', ['EUAM'])).toBeUndefined();
    expect(syllabicAcronymOf('EU Police Mission', ['EULEX'])).toBeUndefined();
    // An acronym of three letters says too little; a description with its acronym in brackets is named already.
    expect(syllabicAcronymOf('UN Police', ['UNP'])).toBeUndefined();
    expect(syllabicAcronymOf('UN Police (UNPOL)', ['UNPOL'])).toBeUndefined();
  });
});

describe('a programme’s numbered unit', () => {
  it('names the unit whole and apart from the programme it comes under', () => {
    expect(
      organizers(
        'Regional workshop on border training\nSub-programme 2 on Border Cooperation under the Ruritanian Regional Programme for Syldavia (RRP) conducted a regional workshop in Zenda on 3-4 May 2017.',
      ),
    ).toEqual(['Sub-programme 2 on Border Cooperation', 'Ruritanian Regional Programme for Syldavia (RRP)']);
    expect(findOrganizationMentions('Component 3 of the Border Management Programme held a course.').map((m) => m.name)).toEqual([
      'Component 3 of the Border Management Programme',
    ]);
  });
});

describe('the body whose event another helped to organise', () => {
  it('counts the body the event is named after beside the one that helped organise it', () => {
    expect(
      organizers(
        'Riverine training in Ruritania\nZenda, 3 May 2022 - The Syldavian Development Office supported the organization and implementation of the Global River Crime Programme (GRCP) tactical training on riverine operations in Zenda.',
      ),
    ).toEqual(['Syldavian Development Office', 'Global River Crime Programme (GRCP)']);
  });
});

describe('a body contributing to the event', () => {
  it('takes the subject of contributing to the event itself, not to a part of the work around it', () => {
    expect(
      organizers(
        'Training border evaluators\nRBRA contributed to the training of border evaluators in Zenda.\nThe training was organised jointly by the Ruritanian Commission and the Syldavian Border Agency.',
      ),
    ).toEqual(['RBRA', 'Ruritanian Commission', 'Syldavian Border Agency']);
    expect(
      organizers(
        'Training border evaluators\nRBRA contributed to the development of training curricula.\nThe training was organised by the Ruritanian Commission.',
      ),
    ).toEqual(['Ruritanian Commission']);
  });
});

describe('trainees placed with a body', () => {
  it('takes the bodies trainees are placed with, in a release about training, as training them', () => {
    expect(
      organizers(
        'Ruritanian police to Syldavia for training\n17 police from Ruritania are to receive training in Syldavia.\nThe 17, who will include 6 women officers, will be placed with the Syldavian Federal Police and the Klow Police Service.',
      ),
    ).toEqual(['Syldavian Federal Police', 'Klow Police Service']);
  });

  it('needs people as the subject, and a release about training', () => {
    expect(organizers('Ruritanian police to Syldavia for training\nThe new radios will be placed with the Klow Police Service.')).toEqual([]);
    expect(organizers('Ruritanian police to Syldavia\nThe 17 officers will be placed with the Klow Police Service.')).toEqual([]);
  });
});

describe('a body at work through its office, named in lower case after it', () => {
  it.each([
    ['The RNDP country office in Zenda organised a workshop for 20 officials.', 'RNDP'],
    ['The Borduria Civic Foundation (BCF) office in Zenda held a seminar on political communication.', 'Borduria Civic Foundation (BCF)'],
    ['The RNODC regional office conducted a three-day course for 30 prosecutors.', 'RNODC'],
  ])('%s', (sentence, body) => {
    expect(organizers(`Seminar\n${sentence}`)).toEqual([body]);
  });

  it('does not read past a lower-case word that is no office', () => {
    expect(organizers('Seminar\nThe Borduria Civic Foundation staff member opened a seminar on political communication.')).toEqual([]);
  });
});

describe('a project after “under” is the framework, not part of a body’s name', () => {
  it('ends the body’s name before “under the … project”', () => {
    expect(findOrganizationMentions('It was organised by the Ministry of Justice under the EU-funded Rule of Law project.').map((m) => m.name)).toEqual([
      'Ministry of Justice',
      'Rule of Law project',
    ]);
    expect(organizers('Workshop\nThe course was organised by the Ministry of Justice under the Rule of Law project.')).toEqual(['Ministry of Justice']);
    // A later phase named with a plus ("the TRAINEX+ project") is a project too.
    expect(organizers('Workshop\nThe course was organised by the Council of Europe under the TRAINEX+ project together with the Andean Commission.')).toEqual([
      'Council of Europe',
      'Andean Commission',
    ]);
    // A body under another body, or under a person's office, is still named whole.
    expect(findOrganizationMentions('The Civil Service Academy under the President held a course.').map((m) => m.name)).toEqual([
      'Civil Service Academy under the President',
    ]);
  });
});

describe('who it was for, between the verb and “by”', () => {
  it('reads a passive with the people it was for before “by”', () => {
    expect(organizers('Course\nThe course was organized for 25 judges by the Judicial Training Centre.')).toEqual(['Judicial Training Centre']);
    expect(organizers('Course\nA course was held in Zenda for 30 young lawyers by the Legal Aid Centre.')).toEqual(['Legal Aid Centre']);
  });

  it('does not read “by” of a clause about the people', () => {
    expect(organizers('Course\nThe seminar was held for officers who were trained by the Border Mission.')).toEqual([]);
  });
});

describe('a backer named in an aside is not the subject', () => {
  it.each([
    'The Ministry of Justice, supported by the Borduria Mission to Ruritania, organised a seminar for 30 judges.',
    'The Ministry of Justice, supported by RNDP, organised a seminar for 30 judges.',
    'The Ministry of Justice, funded by the Borduria Mission to Ruritania, organised a seminar for 30 judges.',
  ])('%s', (sentence) => {
    expect(organizers(`Seminar\n${sentence}`)).toEqual(['Ministry of Justice']);
  });
});

describe('a body helped by another to run the event', () => {
  it('counts the body helped and the helper', () => {
    expect(organizers('Seminar\nThe Borduria Mission to Ruritania supported the Ministry of Justice in organising a seminar for 30 judges.')).toEqual([
      'Borduria Mission to Ruritania',
      'Ministry of Justice',
    ]);
    expect(organizers('Course\nRNDP helped the Police Academy to hold a course for 30 cadets.')).toEqual(['RNDP', 'Police Academy']);
  });

  it('counts nothing helped that is not an event', () => {
    expect(organizers('Reform\nThe Borduria Mission supported the Ministry of Justice in reforming the courts.')).toEqual([]);
  });
});

describe('a world region as a body’s seat', () => {
  it('keeps a compass word and the word it qualifies in the name', () => {
    expect(findOrganizationMentions('It is part of the Border Management Programme in Central Asia (BOMCA), implemented by RNDP.').map((m) => m.name)).toEqual([
      'Border Management Programme in Central Asia (BOMCA)',
    ]);
    expect(findOrganizationMentions('The Police Cooperation Office in South East Europe held a course.').map((m) => m.name)).toEqual([
      'Police Cooperation Office in South East Europe',
    ]);
  });
});

describe('a nation’s service written in lower case, whose trainers run the training', () => {
  it.each([
    ['Forty Japanese police instructors specialising in forensics are in the process of training 900 Thai investigators.', 'Japanese police'],
    ['Kenyan customs trainers have trained 60 officers of the Revenue Authority.', 'Kenyan customs'],
  ])('%s', (sentence, body) => {
    expect(organizers(`Officers trained\n${sentence}`)).toEqual([body]);
  });

  it('is no organiser where its people are trained or train together', () => {
    expect(organizers('Officers trained\nKenyan police experts were trained on forensics.')).toEqual([]);
    expect(organizers('Officers trained\nAfghan border police trainers are training together in Dushanbe.')).toEqual([]);
    expect(organizers('Officers trained\nThirty Kenyan police officers trained 60 colleagues.')).toEqual([]);
  });
});

describe('a headline saying a body’s programme was held', () => {
  it('names the body, by the name the text spells for its acronym, beside the host', () => {
    expect(
      organizers(
        'RICA Trainee Program held for Pacific officials\nFrom 3 May 2015, the Zenda Institute hosted twelve officials for a two-week course.\nThe Ruritanian International Cooperation Agency (RICA) has sent trainees to Zenda since 2006.',
      ),
    ).toEqual(['Zenda Institute', 'Ruritanian International Cooperation Agency (RICA)']);
  });

  it('takes no country’s name or a headline that is not a passive “held” for a body', () => {
    expect(organizers('US Course held for Pacific officials\nThe Zenda Institute hosted twelve officials for a two-week course.')).toEqual(['Zenda Institute']);
    expect(organizers('RICA Trainee Program ends\nThe Zenda Institute hosted twelve officials for a two-week course.')).toEqual(['Zenda Institute']);
  });
});

describe('a service’s own training, named by the service in lower case', () => {
  it('takes the one body of that service named, where no one is said to run it', () => {
    expect(
      organizers(
        'President backs National Police\nThe President praised the National Police of Ruritania (NPR) at the closing of the 41st and 42nd police training programs on crowd safety.',
      ),
    ).toEqual(['National Police of Ruritania (NPR)']);
  });

  it('gives way to a body said to run it, and names none where two bodies of the service are named', () => {
    expect(
      organizers('Police course\nThe National Police of Ruritania sent officers to the police training course organised by the Borduria Mission.'),
    ).toEqual(['Borduria Mission']);
    expect(
      organizers('Police course\nThe National Police of Ruritania and the Border Police of Syldavia attended the closing of the police training course.'),
    ).toEqual([]);
  });
});

describe('a relative clause whose subject is the body', () => {
  it('reads what the body did in “, which organized …”', () => {
    expect(
      organizers('Course\nThe event took place at the Zenda Diplomatic Institute, which organized the course in partnership with the Strelsau Institute of International Relations.'),
    ).toEqual(['Zenda Diplomatic Institute', 'Strelsau Institute of International Relations']);
  });

  it('reads no event run in a relative clause about something else', () => {
    expect(organizers('Course\nOfficers of the Customs Service, which hosted 30 guests last year, attended a course organised by the Borduria Mission.')).toEqual([
      'Borduria Mission',
    ]);
  });
});

describe('the event as the bodies’ joint work', () => {
  it('reads “a joint initiative / effort of A and B”', () => {
    expect(organizers('Workshop\nThe workshop, a joint initiative of the Ministry of Justice and RNDP, gathered 40 judges.')).toEqual(['Ministry of Justice', 'RNDP']);
    expect(organizers('Workshop\nThe workshop was a joint effort of the High Council of Justice and the School of Magistrates.')).toEqual([
      'High Council of Justice',
      'School of Magistrates',
    ]);
  });

  it('takes no joint project for the event', () => {
    expect(organizers('Workshop\nThe course is part of a joint project of the Ministry of Justice and RNDP.')).toEqual([]);
  });
});

describe('a body the event is co-ordinated under', () => {
  it('reads “is co-ordinated under the auspices of X” as X co-ordinating it, beside a funder', () => {
    expect(
      organizers(
        'Judges to study trial practice\nThe Zenda Judicial Institute (ZJI) will launch a training programme for judges in Ruritania.\nThe ZJI training programme is funded by the Borduria Development Agency, and is coordinated under the auspices of the Syldavian Legal Network (SLN).',
      ),
    ).toEqual(['Zenda Judicial Institute (ZJI)', 'Syldavian Legal Network (SLN)']);
  });

  it('takes no patron the event was held under', () => {
    expect(
      organizers('Judges trained\nThe Zenda Judicial Institute held a course for judges. The course was held under the auspices of the Syldavian Legal Network.'),
    ).toEqual(['Zenda Judicial Institute']);
  });
});

describe('a body that helped the subject hold one event', () => {
  it('counts the helper beside the subject, also a subject named by an acronym with a slash and its people in brackets', () => {
    expect(
      organizers(
        'Labour inspectors trained\nRUR/LABOUR officials (Ms A. Novak, Director, and Mr B. Horvat, Specialist) with the assistance of the Zenda Labour Office gave a two-day training workshop for 25 inspectors.',
      ),
    ).toEqual(['RUR/LABOUR', 'Zenda Labour Office']);
    expect(organizers('Course\nThe Police Academy, with the help of the Borduria Mission, held a course for 30 cadets.')).toEqual([
      'Police Academy',
      'Borduria Mission',
    ]);
  });

  it('takes no help with the body’s work at large, and no support or funding, for a part in running the event', () => {
    expect(
      organizers(
        'Police cooperation\nThe Ruritania Police Force with the assistance of the Chiefs of Police Network has been able to provide training and other forms of cooperation to small states.',
      ),
    ).not.toContain('Chiefs of Police Network');
    expect(organizers('Course\nThe Police Academy, with the financial assistance of the Borduria Mission, held a course for 30 cadets.')).toEqual([
      'Police Academy',
    ]);
  });
});

describe('a headline listing the bodies behind the event', () => {
  it('gives a body listed with one the text says ran it the same part', () => {
    expect(
      organizers(
        'Ruritanian police complete crowd training with RBAM and Syldavian Gendarmerie Force support\nThe course was carried out in cooperation with the Syldavian Gendarmerie Force, which trained 20 police officers.\nThe Ruritanian Border Assistance Mission (RBAM) advises the police.',
      ),
    ).toEqual(['Syldavian Gendarmerie Force', 'Ruritanian Border Assistance Mission (RBAM)']);
  });

  it('gives nothing where no body listed ran it, or where the text says the other paid for it', () => {
    expect(organizers('Police complete crowd training with RBAM and Syldavian Gendarmerie Force support\nThe course ended with a ceremony.')).toEqual([]);
    expect(
      organizers(
        'Police complete crowd training with RBAM and Syldavian Gendarmerie Force support\nThe course was carried out in cooperation with the Syldavian Gendarmerie Force and funded by RBAM.',
      ),
    ).toEqual(['Syldavian Gendarmerie Force']);
  });
});

describe('bodies named by their role', () => {
  it.each([
    ['The Zenda Judicial Academy and the Borduria Foundation are the organisers of the seminar.', ['Zenda Judicial Academy', 'Borduria Foundation']],
    ['The organisers of the seminar were the Zenda Judicial Academy and the Borduria Foundation.', ['Zenda Judicial Academy', 'Borduria Foundation']],
    ['The Borduria Foundation organised the seminar for 30 judges, with the Zenda Judicial Academy as co-organiser.', ['Borduria Foundation', 'Zenda Judicial Academy']],
    ['RNDP acted as co-organizer of the seminar, held by the Zenda Judicial Academy.', ['RNDP', 'Zenda Judicial Academy']],
  ])('%s', (sentence, bodies) => {
    expect(organizers(`Seminar\n${sentence}`)).toEqual(bodies);
  });

  it('takes no body merely thanked by the organisers or working with them', () => {
    expect(organizers('Seminar\nThe organisers thanked the Borduria Foundation for its help.')).toEqual([]);
    expect(organizers('Seminar\nThe Borduria Foundation worked with the Zenda Judicial Academy as partner on court reform.')).toEqual([]);
  });
});

describe('bodies that joined forces to run the event', () => {
  it.each([
    ['The Borduria Foundation and the Zenda Judicial Academy joined forces to organise a seminar for judges.', ['Borduria Foundation', 'Zenda Judicial Academy']],
    ['The Borduria Foundation partnered with the Zenda Judicial Academy to deliver a three-day seminar for judges.', ['Borduria Foundation', 'Zenda Judicial Academy']],
    ['The Borduria Foundation and RNDP teamed up to hold a seminar for judges.', ['Borduria Foundation', 'RNDP']],
  ])('%s', (sentence, bodies) => {
    expect(organizers(`Seminar\n${sentence}`)).toEqual(bodies);
  });

  it('needs them to run an event, not to reform courts or to attend', () => {
    expect(organizers('Seminar\nThe Borduria Foundation partnered with the Zenda Judicial Academy to reform the courts.')).toEqual([]);
    expect(organizers('Seminar\nThe Borduria Foundation partnered with the Zenda Judicial Academy to attend a seminar.')).toEqual([]);
  });
});

describe('a co-host', () => {
  it('counts a body that co-hosted the event beside its organiser', () => {
    expect(organizers('Seminar\nThe Borduria Foundation organised the seminar for 30 judges. The Zenda Judicial Academy co-hosted the event.')).toEqual([
      'Borduria Foundation',
      'Zenda Judicial Academy',
    ]);
  });
});

describe('a joint event of bodies named by their acronyms', () => {
  it('reads “a joint A–B course” as A and B, not one body named “A–B”', () => {
    expect(organizers('Course\nA joint RNDP-RNODC course for 30 prosecutors took place in Zenda.')).toEqual(['RNDP', 'RNODC']);
    expect(organizers('Course\nThe joint RNDP/RNODC training for 30 prosecutors ended today in Zenda.')).toEqual(['RNDP', 'RNODC']);
  });

  it('keeps a name written with a dash whole where no “joint” says two bodies', () => {
    expect(organizers('Course\nRIHR-CAPEL organized a course for 30 electoral officials.')).toEqual(['RIHR-CAPEL']);
  });
});

describe('heads of bodies worldwide', () => {
  it.each([
    ['The seminar was organised by the Ruritanian Rule of Law Initiative.', 'Ruritanian Rule of Law Initiative'],
    ['The EU Delegation organised a seminar for 30 judges.', 'EU Delegation'],
    ['The course was held by the Syldavian Development Bank.', 'Syldavian Development Bank'],
    ['The Borduria Judo Federation conducted a course for 30 coaches.', 'Borduria Judo Federation'],
    ['The Ruritanian National Gendarmerie held a course for 30 cadets.', 'Ruritanian National Gendarmerie'],
  ])('%s', (sentence, body) => {
    expect(organizers(`Course\n${sentence}`)).toEqual([body]);
  });
});

describe('an acronym and the words completing its name', () => {
  it('names the body by both as the subject of running the event', () => {
    expect(organizers('Course\nRUCAP Nestor organised a basic investigation course for 21 police officers.')).toEqual(['RUCAP Nestor']);
  });

  it('takes no title, head or weekday for part of the name, and no subject of anything but running it', () => {
    expect(organizers('Course\nRNODC Chairman Smith opened a course for 21 police officers.')).toEqual([]);
    expect(organizers('Course\nRUCAP Nestor welcomed the new law on police.')).toEqual([]);
  });
});

describe('those who teach or facilitate the whole event', () => {
  it.each([
    ['The course was taught by experts from the Borduria Foundation.', ['Borduria Foundation']],
    ['Experts from the Borduria Foundation conducted the training for 30 judges.', ['Borduria Foundation']],
    ['The Borduria Foundation facilitated a three-day seminar for judges.', ['Borduria Foundation']],
    ['The training was implemented by the Borduria Foundation with funding from RNDP.', ['Borduria Foundation']],
    ['The training was given by the Borduria Foundation.', ['Borduria Foundation']],
    ['The training was organised and funded by the Borduria Foundation.', ['Borduria Foundation']],
    ['A training on negotiation skills for 25 officials was launched by the Ministry of Foreign Affairs of Ruritania.', ['Ministry of Foreign Affairs of Ruritania']],
  ])('%s', (sentence, bodies) => {
    expect(organizers(`Seminar\n${sentence}`)).toEqual(bodies);
  });

  it('takes no one who taught a session of it', () => {
    expect(organizers('Seminar\nThe first session was taught by experts from the Borduria Foundation.')).toEqual([]);
    expect(organizers('Seminar\nThe Police Component, which is implemented by the Borduria Foundation, sent 30 officers to the seminar.')).toEqual([]);
  });
});

describe('a programme in an opening phrase frames the event', () => {
  it.each([
    'Under its Justice Programme, the Borduria Foundation organised a seminar for 30 judges.',
    'Within the framework of the Justice Reform project, the Borduria Foundation conducted a course for 30 judges.',
  ])('%s', (sentence) => {
    expect(organizers(`Seminar\n${sentence}`)).toEqual(['Borduria Foundation']);
  });

  it('still lists a body before the subject with a comma', () => {
    expect(organizers('Seminar\nRNDP, the Borduria Foundation and the Zenda Judicial Academy organised a seminar for 30 judges.')).toEqual([
      'RNDP',
      'Borduria Foundation',
      'Zenda Judicial Academy',
    ]);
  });
});

describe('a named body listed before an acronym that is the subject', () => {
  it('counts the body listed with the acronym', () => {
    expect(organizers('Seminar\nThe Supreme Court and RNDP organised trainings on jury trials for judges in Zenda and Strelsau.')).toEqual(['Supreme Court', 'RNDP']);
  });

  it('takes no body named after a preposition before the acronym', () => {
    expect(organizers('Seminar\nAt the request of the Supreme Court, RNDP organised trainings on jury trials for judges.')).toEqual(['RNDP']);
  });
});

describe('who trained the participants, and who was thanked for hosting', () => {
  it('reads “were trained by X” as X running the training', () => {
    expect(organizers('Seminar\nParticipants from the Ministry of Justice and the Prosecutor General’s Office were trained by the Borduria Foundation.')).toEqual([
      'Borduria Foundation',
    ]);
  });

  it('counts a body thanked for hosting or organising the event, not for its support', () => {
    expect(organizers('Seminar\nThe Borduria Foundation organised the seminar. The Ministry of Justice thanked the Zenda Judicial Academy for hosting the event.')).toEqual([
      'Borduria Foundation',
      'Zenda Judicial Academy',
    ]);
    expect(organizers('Seminar\nThe Borduria Foundation organised the seminar. The Minister thanked the Zenda Judicial Academy for its support.')).toEqual([
      'Borduria Foundation',
    ]);
  });
});

describe('an earlier or a later event', () => {
  it.each([
    'Last year, the Zenda Judicial Academy organised a course on ethics.',
    'The next seminar will be organised by the Zenda Judicial Academy.',
  ])('takes no runner of it: %s', (sentence) => {
    expect(organizers(`Seminar\nThe Borduria Foundation organised the seminar. ${sentence}`)).toEqual(['Borduria Foundation']);
  });
});
