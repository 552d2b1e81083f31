import { describe, expect, it } from 'vitest';
import { extractOrganizations } from '../../../src/pipeline/extract/organizations.ts';
import { analyzeRelease } from '../../../src/pipeline/extract/analyze-release.ts';

const organizers = (text: string) =>
  extractOrganizations(analyzeRelease(text), { hostCode: null }).organizers.map((o) => o.name);

describe('organiser names stay whole', () => {
  it.each([
    ['The course was organized by the OSCE Secretariat’s Action against Terrorism Unit.', 'OSCE Secretariat’s Action against Terrorism Unit'],
    // An owned name with an "and" inside it, though the owner has a head of its own.
    ['The seminar was organized by the Agency’s Search and Rescue Unit.', 'Agency’s Search and Rescue Unit'],
    ['The course was organized by the Department for Combating Trafficking in Human Beings.', 'Department for Combating Trafficking in Human Beings'],
    ['The seminar was organized by the Civil Service Academy under the President of Kazakhstan.', 'Civil Service Academy under the President of Kazakhstan'],
    ['The course was organized by the TNT/Borders Team of the Conflict Prevention Centre.', 'TNT/Borders Team of the Conflict Prevention Centre'],
    [
      'The course was delivered by the Office of the National Rapporteur and Co-ordinator for Combating Trafficking in Human Beings.',
      'Office of the National Rapporteur and Co-ordinator for Combating Trafficking in Human Beings',
    ],
  ])('%s', (text, name) => {
    expect(organizers(text)).toEqual([name]);
  });

  it('splits two bodies where an acronym opens the second', () => {
    expect(organizers('The course was conducted by the U.S. Department of Energy’s Customs and Export Control and U.S. Coast Guard.')).toEqual([
      'U.S. Department of Energy’s Customs and Export Control',
      'U.S. Coast Guard',
    ]);
  });

  it('keeps a first part without a head of its own ("Border Security and Management Unit")', () => {
    expect(organizers('The seminar was organized by the OSCE Border Security and Management Unit.')).toEqual([
      'OSCE Border Security and Management Unit',
    ]);
  });
});

describe('who organises', () => {
  it('reads one body per seat from a plural head', () => {
    expect(organizers('The workshop is organized by the OSCE Mission to Moldova in co-operation with the OSCE Offices in Tirana and Skopje.')).toEqual([
      'OSCE Mission to Moldova',
      'OSCE Office in Tirana',
      'OSCE Office in Skopje',
    ]);
  });

  it('reads a body introduced by its kind and a named project', () => {
    expect(organizers('The seminar was jointly organized by the OSCE Centre in Bishkek and the public foundation Bright Future.')).toEqual([
      'OSCE Centre in Bishkek',
      'Bright Future',
    ]);
    expect(organizers('A police course opened today. The course was co-organized with the EU-funded, UNDP-implemented Caspian Border Security (CABS) project.')).toEqual([
      'Caspian Border Security (CABS) project',
    ]);
  });

  it('reads an international body’s country office and an acronym listed with a subject', () => {
    expect(organizers('UNODC Kyrgyzstan organized a workshop on drug profiling in Osh.')).toEqual(['UNODC Kyrgyzstan']);
    expect(organizers('From 3 to 5 May, CADAP and the OSCE Office in Tajikistan held a seminar in Khujand.')).toEqual([
      'CADAP',
      'OSCE Office in Tajikistan',
    ]);
  });

  it('resolves "OSCE-organized" and a bare acronym to the body the release names', () => {
    expect(organizers('An OSCE-organized seminar for judges ended today.\n“It was useful,” said the Head of the OSCE Centre in Bishkek.')).toEqual([
      'OSCE Centre in Bishkek',
    ]);
    expect(organizers('Officers of the Jordan Customs Department (JCD) attended. The course was hosted by the Government of Jordan and the JCD.')).toEqual([
      // In text order of the names reported: the spelled-out name comes first.
      'Jordan Customs Department (JCD)',
      'Government of Jordan',
    ]);
  });

  it('reads a body that opens or concludes the event, and a subject before a stray comma', () => {
    expect(organizers('The OSCE Mission to Serbia today opened a three-day seminar on hate crimes in Nis.')).toEqual(['OSCE Mission to Serbia']);
    expect(organizers('The Ministry of Interior’s Department for Combating Trafficking in Human Beings (DCTHB), organized a course for police.')).toEqual([
      'Ministry of Interior’s Department for Combating Trafficking in Human Beings (DCTHB)',
    ]);
  });

  it('reads the body that provides the course, not one that provides equipment', () => {
    expect(organizers('The cadets completed the two-month course provided by UNODC’s border policing adviser.')).toEqual(['UNODC']);
    expect(organizers('The cadets used scanners provided by the Embassy of Japan.')).toEqual([]);
  });

  it('reads the bodies whose people deliver the course', () => {
    expect(organizers('The course was delivered by a team of trainers, consisting of representatives from the Police Matters Unit and the Criminal Police Academy.')).toEqual([
      'Police Matters Unit',
      'Criminal Police Academy',
    ]);
  });
});

describe('bodies that run the event as the subject of the sentence', () => {
  it('reads a body, or its people, running the event with time words or an auxiliary between', () => {
    expect(organizers('Title\nThe Ruritanian Mission in Borduria (RMB) on Friday completed the training of 20 police officers.')).toEqual([
      'Ruritanian Mission in Borduria (RMB)',
    ]);
    expect(organizers('Title\nThis week, the Ruritanian Organization for Migration (ROM) is organizing a workshop for 26 officers.')).toEqual([
      'Ruritanian Organization for Migration (ROM)',
    ]);
    expect(organizers('Title\nThe Borduria Development Agency will implement a country focused training programme for 15 officials.')).toEqual([
      'Borduria Development Agency',
    ]);
    expect(organizers('Title\nLast month the Ruritanian Government trained twelve members of the Border Police.')).toEqual(['Ruritanian Government']);
  });

  it('reads a body that acts through one of its own', () => {
    expect(organizers('Title\nThe Regional Development Authority through its Special Mission to Borduria is training senior officials.')).toEqual([
      'Regional Development Authority',
      'Special Mission to Borduria',
    ]);
  });

  it('reads a body named only by its acronym when no body named in full runs the event', () => {
    expect(organizers('Title\nThe workshops RUPOL organized for the city police were cancelled.')).toEqual(['RUPOL']);
    expect(organizers('Title\nTo build capacity, RUPOL organized a two-day meeting in the capital.')).toEqual(['RUPOL']);
  });

  it('does not take the trained for the trainers, nor a part of the course for the event', () => {
    expect(organizers('Title\nThirty officers from the Customs Division of the Revenue Authority have completed a training programme.')).toEqual([]);
    expect(organizers('Title\nThe course was organized by the Ruritanian Police Academy. The Borduria Red Cross will deliver a session on first aid.')).toEqual([
      'Ruritanian Police Academy',
    ]);
  });

  it('reports a title\'s acronym once, by the body it stands for', () => {
    expect(organizers('ROM and RPA co-organize course\nThe course is organized by the Ruritanian Police Academy jointly with the Ruritanian Organization for Migration.')).toEqual([
      'Ruritanian Police Academy',
      'Ruritanian Organization for Migration',
    ]);
  });
});

describe('who does not organise', () => {
  it('leaves funders and supporters out', () => {
    expect(organizers('The course was organized by the OSCE Office in Yerevan. It was funded by the Government of Norway, with the support of the Embassy of Finland in Armenia.')).toEqual([
      'OSCE Office in Yerevan',
    ]);
  });

  it('leaves out the bodies of people who teach a part of the course', () => {
    expect(organizers([
      'The course was organized by the OSCE Office in Tajikistan.',
      'Lessons on first aid were delivered by experts from the Red Crescent Society.',
      'Four instructors from the State Border Service conducted the sessions.',
    ].join('\n'))).toEqual(['OSCE Office in Tajikistan']);
  });

  it('leaves out a partner of another activity', () => {
    expect(organizers('The Mission also published a handbook on training together with the National Police Academy.')).toEqual([]);
  });

  it('takes a national academy that lends its rooms for a venue only', () => {
    expect(organizers('A course for police officers started at the National Police Academy in Almaty today.')).toEqual([]);
  });
});
