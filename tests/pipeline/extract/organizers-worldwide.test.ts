import { describe, expect, it } from 'vitest';
import { analyzeRelease } from '../../../src/pipeline/extract/analyze-release.ts';
import { extractOrganizations } from '../../../src/pipeline/extract/organizations.ts';

// Invented releases, one rule of the genre each, in the shapes publishers outside the OSCE family write.
const organizers = (text: string) => extractOrganizations(analyzeRelease(text), { hostCode: null }).organizers.map((o) => o.name);

describe('who is said to run it, in more shapes', () => {
  it('reads a passive with where or when between the verb and "by"', () => {
    expect(organizers('Profiling course\nA two-day training for 20 customs officers was held in Cahul by the Ruritanian Border Mission.')).toEqual([
      'Ruritanian Border Mission',
    ]);
    expect(organizers('Profiling course\nThe seminar was organised on 5 May in Osh by the Judicial Training Centre.')).toEqual(['Judicial Training Centre']);
    expect(organizers('Profiling course\nThe training was provided by the Ruritanian Customs Academy to 20 officers.')).toEqual(['Ruritanian Customs Academy']);
  });

  it.each([
    'This week the Ruritanian Police Academy kicked off a three-day workshop for 30 officers.',
    'The Ruritanian Police Academy yesterday wrapped up a three-day workshop for 30 officers.',
    'The Ruritanian Police Academy welcomed 30 officers to a three-day workshop on legal aid.',
    'The Ruritanian Police Academy brought together 30 officers for a three-day workshop on legal aid.',
    'The Ruritanian Police Academy gathered 30 officers for a three-day workshop on legal aid.',
    'The Ruritanian Police Academy invited 30 officers to a three-day workshop on legal aid.',
  ])('reads the subject of opening, closing or gathering people for the event: %s', (sentence) => {
    expect(organizers(`Workshop\n${sentence}`)).toEqual(['Ruritanian Police Academy']);
  });

  it('reads bodies that co-host it as its subject', () => {
    expect(organizers('Workshop\nThe Borduria Embassy and the Ruritanian Police Academy co-hosted a three-day workshop.')).toEqual([
      'Borduria Embassy',
      'Ruritanian Police Academy',
    ]);
  });

  it('takes an acronym opening a line before a comma as a subject, not a dateline, when a word in lower case follows', () => {
    expect(organizers('Profiling course\nRUBAM, together with the Customs Service, organized a training on container profiling in Cahul.')).toEqual([
      'RUBAM',
      'Customs Service',
    ]);
    expect(organizers('Profiling course\nCAHUL, 5 May 2019 – The Customs Service organized a training on container profiling.')).toEqual(['Customs Service']);
  });

  it('counts a partner beside a body named only by its acronym', () => {
    expect(organizers('School opens\nThe RAEA is organizing, in cooperation with the RTCP, a school on nuclear security in Trieste.')).toEqual(['RAEA', 'RTCP']);
  });

  it('reads a body at work through its office or branch', () => {
    expect(organizers('Seminar\nThe Kazakhstan office of the Borduria Civic Foundation organised a seminar on political communication.')).toEqual([
      'Borduria Civic Foundation',
    ]);
  });

  it('reports the unit named after "namely" in its body’s place', () => {
    expect(
      organizers('Riverine course\nThe training was organized with the support of the Federal Police (FP) of the State of Ruritania, namely the Centre for Riverine Operations (CRO), for 24 officers.'),
    ).toEqual(['Centre for Riverine Operations (CRO)']);
  });
});

describe('bodies named whole, each once', () => {
  it('reads a unit and the body it answers to as two bodies', () => {
    expect(organizers('Jury trials\nThe Judicial Training Centre under the Supreme Court of Ruritania conducted a seminar on jury trials.')).toEqual([
      'Judicial Training Centre',
      'Supreme Court of Ruritania',
    ]);
    expect(organizers('Jury trials\nThe seminar was organized by the Police Academy under the Ministry of Interior.')).toEqual(['Police Academy', 'Ministry of Interior']);
  });

  it('keeps one body where what comes after "under" is a person or the unit is one word', () => {
    expect(organizers('Jury trials\nThe seminar was organized by the Civil Service Academy under the President of Ruritania.')).toEqual([
      'Civil Service Academy under the President of Ruritania',
    ]);
    expect(organizers('Jury trials\nThe seminar was organized by the Academy under the Ministry of Interior.')).toEqual(['Academy under the Ministry of Interior']);
  });
});

describe('support, which is not payment', () => {
  it('takes a body that helped organise it as an organiser', () => {
    expect(
      organizers('Riverine course\nBRASILIA, 31 August 2022 - The Ruritanian Office on Maritime Crime (ROMC) in Brazil supported the organization and implementation of the riverine training in Manaus.'),
    ).toEqual(['Ruritanian Office on Maritime Crime (ROMC)']);
  });

  it('takes a body the event was held with support from, where no other is said to run it', () => {
    expect(organizers('Profiling course\nThe course was held with support from the Ruritanian Border Mission (RBM).')).toEqual(['Ruritanian Border Mission (RBM)']);
  });

  it('gives way to the body said to run it', () => {
    expect(organizers('Profiling course\nWith the support of RUBAM, the Customs Service held a seminar on container profiling.')).toEqual(['Customs Service']);
    expect(organizers('Profiling course\nThe Customs Service hosted a seminar on profiling for 20 officers, with support from the Borduria Embassy.')).toEqual(['Customs Service']);
  });

  it('never takes a body that pays for it', () => {
    expect(organizers('Profiling course\nThe course was held with financial support from the Borduria Embassy.')).toEqual([]);
    expect(organizers('Profiling course\nThe course was funded by the Borduria Embassy.')).toEqual([]);
  });
});

describe('the weakest guesses, where no one is said to run it', () => {
  it('takes the body whose own people took the course', () => {
    expect(organizers('Customs officers trained\nThirty officers from the Customs Division of the Revenue Authority have completed a training programme.')).toEqual([
      'Customs Division of the Revenue Authority',
    ]);
    expect(organizers('Language course\nSeventeen members of the Ruritanian Coast Guard graduated from a language course in Port Town.')).toEqual(['Ruritanian Coast Guard']);
  });

  it('takes the school the course was held at', () => {
    expect(organizers('Civil servants trained\nA group of civil servants completed a training course at the Diplomatic Institute of the Ministry of Foreign Affairs.')).toEqual([
      'Diplomatic Institute of the Ministry of Foreign Affairs',
    ]);
  });

  it('lets any stronger sign win over them', () => {
    expect(
      organizers('Customs officers trained\nThirty officers from the Customs Division have completed a course at the Customs Academy. The course was organized by the Borduria Embassy.'),
    ).toEqual(['Borduria Embassy']);
    expect(organizers('Customs officers trained\nThe Customs Division will hold a course at the Customs Academy for its officers.')).toEqual(['Customs Division']);
  });
});

describe('bodies whole, never a fragment', () => {
  it('cuts "the Ministry of Justice to the Prosecutor’s Office" into two bodies', () => {
    expect(organizers('Course\nThe course was organised by the Ministry of Justice to the Prosecutor’s Office.')).toEqual(['Ministry of Justice']);
  });

  it('keeps a body accredited to another whole', () => {
    expect(organizers('Course\nThe course was organised by the Permanent Mission of Ruritania to the United Nations Office at Geneva.')).toEqual([
      'Permanent Mission of Ruritania to the United Nations Office',
    ]);
  });

  it('keeps a body named after "and" whole, and reads past the framework it worked in', () => {
    expect(organizers('Course\nThe course was organised by the Embassy of Trinidad and Tobago.')).toEqual(['Embassy of Trinidad and Tobago']);
    expect(organizers('Course\nThe course was organised under the Border Management Northern Ruritania project by the Borduria Revenue Authority.')).toEqual([
      'Borduria Revenue Authority',
    ]);
  });
});

describe('one body, however the release writes it', () => {
  it('reads "the ACRONYM anti-drug commission" as the commission the release says is that body’s own, beside its owner', () => {
    expect(
      organizers('Seminar\nThe Regional Drug Control Commission, of the Union of Borduria States (UBS), will hold a workshop.\nThe workshop is organized by the UBS anti-drug commission and the Ruritanian Health Agency.'),
    ).toEqual(['Regional Drug Control Commission', 'Union of Borduria States (UBS)', 'Ruritanian Health Agency']);
  });

  it('reads an acronym mistyped by a letter as the body it misspells', () => {
    expect(
      organizers('Police trained\n8 November 2013 – Police today concluded a training conducted by the Ruritanian Police Mission (RUPOM) in Bunj.\nThe training was jointly organized by RPOM and the Borduria Refugee Agency.'),
    ).toEqual(['Ruritanian Police Mission (RUPOM)', 'Borduria Refugee Agency']);
  });
});

describe('background, not this event', () => {
  it.each([
    'Since 2005, the Borduria Police Academy has held similar courses for officers.',
    'In 2017, a similar course was organized by the Borduria Police Academy in Kiev.',
    'The Borduria Police Academy has organized more than 50 trainings for border guards.',
    'The mission previously organized courses with the Borduria Police Academy.',
  ])('leaves out a body that ran other events: %s', (background) => {
    expect(organizers(`Course\nThe course was conducted by the Ruritanian Border Mission. ${background}`)).toEqual(['Ruritanian Border Mission']);
  });

  it('reads "past course participants" as people, not other events', () => {
    expect(organizers('Course\nThe Ruritanian Boarding Team provided training for 16 officers, including six past instructor course participants.')).toEqual([
      'Ruritanian Boarding Team',
    ]);
  });

  it('still takes it where no one is said to run this one', () => {
    expect(organizers('Course\nTwenty officers attended a course on profiling. Since 2005, the Borduria Police Academy has held similar courses.')).toEqual([
      'Borduria Police Academy',
    ]);
  });
});

describe('more ways a release names who runs it', () => {
  it('reads "by A and by B" as one list', () => {
    expect(organizers('Course\nThe course was organized by the Ruritanian Border Agency and by the Borduria Police Academy.')).toEqual([
      'Ruritanian Border Agency',
      'Borduria Police Academy',
    ]);
  });

  it('takes a body whose people come to run the event, with the counterparts they run it with', () => {
    expect(
      organizers('Police exchange\nOfficers from the Ruritanian City Police Department (RCPD) are due in Port Town today to conduct training programs with their counterparts in the Borduria National Police.'),
    ).toEqual(['Ruritanian City Police Department (RCPD)', 'Borduria National Police']);
  });

  it('takes a body that sends its trainers, and the body it sends them to', () => {
    expect(
      organizers('Team dispatched\nThe Ruritanian Coast Guard (RCG) dispatched two members of its Boarding Training Team (BTT), a unit that trains foreign agencies, to the Borduria Maritime Agency (BMA) in May.\nThe BTT provided training on boarding for 16 BMA officers.'),
    ).toEqual(['Ruritanian Coast Guard (RCG)', 'Boarding Training Team (BTT)', 'Borduria Maritime Agency (BMA)']);
  });

  it('does not take a body that sends experts to support an event others run, nor the body they go to', () => {
    expect(
      organizers('Workshop\nA workshop for prosecutors opened today. The sessions are run by the Ruritanian Prosecution Service.\nThe Borduria Cooperation Agency dispatched two experts to the Ruritanian Investigation Bureau to support the workshop.'),
    ).toEqual(['Ruritanian Prosecution Service']);
  });

  it('does not take the body of people who are sent to be trained', () => {
    expect(organizers('Course\nThe Borduria Police sent 40 officers to undergo training in Port Town.')).toEqual([]);
  });

  it('does not take the body of people who come to attend it', () => {
    expect(organizers('Police exchange\nOfficers from the Borduria National Police are in Port Town this week to attend a training course.')).toEqual([]);
  });

  it('does not take the school an officer will join later for another course', () => {
    expect(organizers('Officers travel\nTwelve officers will travel to Port Town for an attachment. One officer will then be joining the Ruritanian Police College for a one-year course.')).toEqual([]);
  });

  it('takes the school an officer joins for a course, where no one is said to run it', () => {
    expect(organizers('Inspector selected\nAn inspector of the Borduria Police will be joining the Ruritanian National Police College for a one-year training course.')).toEqual([
      'Ruritanian National Police College',
    ]);
  });
});
