import { describe, expect, it } from 'vitest';
import { mergeOrganizations, organizationId } from '../../src/pipeline/organizations/merge-organizations.ts';
import { sameStem } from '../../src/pipeline/organizations/acronym-spelling.ts';
import { organizationKey } from '../../src/pipeline/organizations/organization-key.ts';
import { seatFreeName } from '../../src/pipeline/organizations/seat-free-name.ts';

describe('organizationKey', () => {
  it.each([
    ['US Embassy in Kazakhstan', 'United States Embassy in Kazakhstan'],
    ['U.S. Embassy in Kazakhstan', 'the US Embassy in Kazakhstan'],
    ['United States of America Embassy in Kazakhstan', 'US embassy in  Kazakhstan'],
    ['OSCE Centre in Almatý', 'OSCE Centre in Almaty'],
    ['OSCE Programme Office in Dushanbe', 'OSCE Programme Office, in Dushanbe'],
    ['OSCE Mission to BiH', 'OSCE Mission to Bosnia and Herzegovina'],
    ['Central Election Commission (CEC)', 'Central Election Commission'],
    ["OSCE Secretariat's Strategic Police Matters Unit (SPMU)", "Strategic Police Matters Unit of the OSCE's Transnational Threats Department"],
    ['OSCE Border Security and Management Unit', 'Border Security and Management Unit of the OSCE Transnational Threats Department'],
  ])('%s and %s are one body', (a, b) => {
    expect(organizationKey(a)).toBe(organizationKey(b));
  });

  it.each([
    ['OSCE Centre in Bishkek', 'OSCE Programme Office in Bishkek'],
    ['US Embassy in Kazakhstan', 'US Embassy in Kyrgyzstan'],
    ['UN Office on Drugs and Crime', 'UNODC'],
    ['Ministry of Internal Affairs of Georgia', 'Georgia Ministry of Internal Affairs'],
    ['Russian Embassy', 'Russia Embassy'],
    ['OSCE Centre in Bishkek', 'OSCE Academy in Bishkek'],
    ['OSCE Mission to Serbia', 'OSCE Mission to Montenegro'],
    ['OSCE Border Security and Management Unit', 'OSCE Strategic Police Matters Unit'],
    ['Министерство внутренних дел', 'Министерство юстиции'],
  ])('%s and %s stay apart', (a, b) => {
    expect(organizationKey(a)).not.toBe(organizationKey(b));
  });
});

describe('organizationId', () => {
  it('is the words of a name as a URL slug', () => {
    expect(organizationId('us embassy in kazakhstan')).toBe('us-embassy-in-kazakhstan');
  });

  it('ends in a hash of the whole key when the slug would lose something, so two bodies never share an id', () => {
    const long = (end: string) => organizationKey(`${'Programme of the Organization for Security and Co-operation '.repeat(2)}${end}`);
    expect(organizationId(long('A'))).not.toBe(organizationId(long('B')));
    expect(organizationId(long('A'))).toMatch(/^[a-z0-9][a-z0-9-]{0,79}$/);
    const a = organizationId(organizationKey('Министерство внутренних дел'));
    const b = organizationId(organizationKey('Министерство юстиции'));
    expect(a).toMatch(/^org-[0-9a-f]{8}$/);
    expect(a).not.toBe(b);
  });
});

describe('mergeOrganizations', () => {
  it('merges spellings under one id, named by the most frequent, and gives each event its bodies once, sorted by name', () => {
    const { organizations, rows } = mergeOrganizations([
      ['United States Embassy in Kazakhstan', 'OSCE Centre in Astana'],
      ['US Embassy in Kazakhstan', 'U.S. Embassy in Kazakhstan'],
      ['US Embassy in Kazakhstan'],
    ]);
    expect(organizations).toEqual([
      { id: 'osce-centre-in-astana', name: 'OSCE Centre in Astana', variants: ['OSCE Centre in Astana'] },
      {
        id: 'us-embassy-in-kazakhstan',
        name: 'US Embassy in Kazakhstan',
        variants: ['US Embassy in Kazakhstan', 'United States Embassy in Kazakhstan', 'U.S. Embassy in Kazakhstan'],
      },
    ]);
    expect(rows).toEqual([[1, 0], [1], [1]]);
  });

  it('names a body by the first spelling seen when two are as frequent', () => {
    expect(mergeOrganizations([['United States Embassy in Kazakhstan'], ['US Embassy in Kazakhstan']]).organizations[0]!.name).toBe('United States Embassy in Kazakhstan');
  });
});

describe('mergeOrganizations: spellings of one body, never two bodies', () => {
  const names = (events: (string | { name: string; seatGeonameId: number })[][]) =>
    mergeOrganizations(events).organizations.map((o) => [o.name, ...o.variants.filter((v) => v !== o.name)]);

  it('merges a body renamed in the table, under its newest name', () => {
    expect(names([['OSCE Centre in Astana'], ['OSCE Programme Office in Astana'], ['OSCE Centre in Astana']])).toEqual([
      ['OSCE Programme Office in Astana', 'OSCE Centre in Astana'],
    ]);
    // Renamed twice: the Centre in Almaty moved to Astana, then became the Programme Office.
    expect(names([['OSCE Centre in Almaty'], ['OSCE Programme Office in Astana']])).toEqual([['OSCE Programme Office in Astana', 'OSCE Centre in Almaty']]);
  });

  it('merges two transliterations of the town the gazetteer knows as one place, not two towns', () => {
    expect(names([[{ name: 'OSCE Centre in Ashgabad', seatGeonameId: 162183 }], [{ name: 'OSCE Centre in Ashgabat', seatGeonameId: 162183 }]])).toHaveLength(1);
    expect(names([[{ name: 'OSCE Office in Osh', seatGeonameId: 1527534 }], [{ name: 'OSCE Office in Oshi', seatGeonameId: 1 }]])).toHaveLength(2);
  });

  it('merges an acronym with the name a release spells it out by, unless two bodies give it', () => {
    expect(names([['Central Election Commission (CEC)'], ['CEC']])).toEqual([['Central Election Commission (CEC)', 'CEC']]);
    expect(names([['Central Election Commission (CEC)'], ['Customs Enforcement Committee (CEC)'], ['CEC']])).toHaveLength(3);
  });

  it('keeps near-misses apart: the OSCE Centre in Bishkek is not the OSCE Academy in Bishkek', () => {
    expect(names([['OSCE Centre in Bishkek'], ['OSCE Academy in Bishkek'], ['OSCE Programme Office in Bishkek']])).toEqual([
      ['OSCE Academy in Bishkek'],
      ['OSCE Programme Office in Bishkek', 'OSCE Centre in Bishkek'],
    ]);
  });
});

describe('mergeOrganizations: a specific owned name and the same name in its one town', () => {
  const names = (events: string[][]) => mergeOrganizations(events).organizations.map((o) => [o.name, ...o.variants.filter((v) => v !== o.name)].sort());

  it('merges "X (ACR)" with "X in <town>" when the archive names X in that town only', () => {
    expect(names([['OSCE Customs Risk Training School (CRTS)'], ['OSCE Customs Risk Training School in Termez'], ['OSCE Customs Risk Training School (CRTS)']])).toEqual([
      ['OSCE Customs Risk Training School (CRTS)', 'OSCE Customs Risk Training School in Termez'],
    ]);
  });

  it('keeps X apart when it is also named in another town: it could be either', () => {
    expect(names([['OSCE Customs Risk Training School'], ['OSCE Customs Risk Training School in Termez'], ['OSCE Customs Risk Training School in Osh']])).toHaveLength(3);
  });

  it('never lets a kind of body swallow another event\'s offices: a lone "OSCE Office" is no body of its own and is left out', () => {
    expect(names([['OSCE Office'], ['OSCE Office in Yerevan'], ['OSCE Office in Baku']])).toEqual([['OSCE Office in Baku'], ['OSCE Office in Yerevan']]);
    expect(names([['OSCE Office'], ['OSCE Office in Yerevan']])).toEqual([['OSCE Office in Yerevan']]);
    expect(names([['OSCE Programme Office'], ['OSCE Programme Office in Dushanbe']])).toEqual([['OSCE Programme Office in Dushanbe']]);
    expect(names([['OSCE Academy'], ['OSCE Academy in Bishkek'], ['OSCE Centre in Bishkek']])).toHaveLength(2);
  });

  it('needs an owner that is an organisation: every country has a Ministry of Internal Affairs', () => {
    expect(names([['Ministry of Internal Affairs'], ['Ministry of Internal Affairs in Tbilisi']])).toHaveLength(2);
    expect(names([['US Border Management Staff College'], ['US Border Management Staff College in Dushanbe']])).toHaveLength(2);
  });

  it('keeps them apart when their brackets give different acronyms, and reads "trafficking in" as no town', () => {
    expect(names([['OSCE Customs Risk Training School (CRTS)'], ['OSCE Customs Risk Training School in Termez (TCS)']])).toHaveLength(2);
    expect(seatFreeName('OSCE Office for Combating Trafficking in Human Beings')).toBeNull();
    expect(seatFreeName('OSCE Customs Risk Training School in Termez (CRTS)')).toBe('OSCE Customs Risk Training School');
  });
});

describe('mergeOrganizations: a spelling that spells out the acronym another gives', () => {
  const names = (events: string[][]) => mergeOrganizations(events).organizations.map((o) => [o.name, ...o.variants.filter((v) => v !== o.name)].sort());

  it('merges them under an owner possessive, stem by stem ("Terror" / "Terrorism" agree through the acronym)', () => {
    expect(names([['OSCE Counter Terror Liaison Unit (CTLU)'], ["OSCE Secretariat's Counter Terrorism Liaison Unit"]])).toEqual([
      ['OSCE Counter Terror Liaison Unit (CTLU)', "OSCE Secretariat's Counter Terrorism Liaison Unit"],
    ]);
    expect(names([['OSCE Drug Threat Analysis Team (DTAT)'], ['OSCE’s Drugs Threat Analysis Team']])).toHaveLength(1);
  });

  it('keeps other words apart, even when their initials spell the acronym', () => {
    expect(names([['OSCE Action Against Terror Unit (ATU)'], ['OSCE Anti-Terrorism Unit']])).toHaveLength(2);
    expect(names([['OSCE Action Against Terror Unit (ATU)'], ['OSCE Secretariat’s Action Team Unit']])).toHaveLength(2);
    // "Mine" → "Mineral" adds no English ending: another word.
    expect(names([['OSCE Mine Action Unit (MAU)'], ["OSCE Secretariat's Mineral Action Unit"]])).toHaveLength(2);
  });

  it('keeps another owner apart: a UN unit, or a field mission’s unit, is not the OSCE Secretariat’s', () => {
    expect(names([['OSCE Action Against Terror Unit (ATU)'], ['UNODC Action against Terrorism Unit']])).toHaveLength(2);
    expect(names([['OSCE Action Against Terror Unit (ATU)'], ["OSCE Mission to Serbia's Action against Terrorism Unit"]])).toHaveLength(2);
    expect(names([['Action Against Terror Unit (ATU)'], ['OSCE Action against Terrorism Unit']])).toHaveLength(2);
  });

  it('merges nothing when two bodies give the acronym', () => {
    expect(names([['OSCE Action Against Terror Unit (ATU)'], ['OSCE Anti-Trafficking Unit (ATU)'], ["OSCE Secretariat's Action against Terrorism Unit"]])).toHaveLength(3);
  });

  it('tells a stem from another word', () => {
    expect([sameStem('Terror', 'Terrorism'), sameStem('Borders', 'Border'), sameStem('Mine', 'Mineral'), sameStem('Law', 'Laws'), sameStem('Unit', 'United')]).toEqual([true, true, false, false, false]);
  });
});

describe('mergeOrganizations: organisers a person would list', () => {
  const merged = (events: string[][]) => mergeOrganizations(events);
  const names = (events: string[][]) => merged(events).organizations.map((o) => [o.name, ...o.variants.filter((v) => v !== o.name)].sort());

  it('merges a fragment into the specific body of its own event, never into another event\'s', () => {
    const { organizations, rows } = merged([['OSCE Mission', 'OSCE Mission to Skopje'], ['OSCE Mission to Serbia']]);
    expect(organizations.map((o) => o.name)).toEqual(['OSCE Mission to Serbia', 'OSCE Mission to Skopje']);
    expect(rows).toEqual([[1], [0]]);
    expect(names([['OSCE Mission', 'Police'], ['OSCE Mission to Serbia']])).toEqual([['OSCE Mission to Serbia']]);
  });

  it('merges a ministry named by its kind into its event\'s ministry of that kind, and keeps it where it is the only one', () => {
    expect(names([['Interior Ministry', 'Ministry of Interior of the Republic of North Macedonia']])).toEqual([
      ['Ministry of Interior of the Republic of North Macedonia'],
    ]);
    expect(names([['Ministry of Internal Affairs']])).toEqual([['Ministry of Internal Affairs']]);
  });

  it('merges spellings of one country\'s ministry, but not two countries\' ministries', () => {
    expect(names([['Austrian Interior Ministry'], ['Austrian Federal Ministry of the Interior'], ['Ministry of Internal Affairs of Austria']])).toHaveLength(1);
    expect(names([['Austrian Interior Ministry'], ['German Interior Ministry']])).toHaveLength(2);
  });

  it('merges a department named with and without its owner, and British and American spellings', () => {
    expect(names([['OSCE Transnational Threats Department'], ['Transnational Threats Department'], ['OSCE’s Transnational Threats Department']])).toHaveLength(1);
    expect(names([['Korea International Co-operation Agency'], ['Korea International Cooperation Agency']])).toHaveLength(1);
    expect(names([['International Organisation for Migration'], ['International Organization for Migration']])).toHaveLength(1);
    expect(names([['OSCE Centre in Ashgabat'], ['OSCE Center in Ashgabat']])).toHaveLength(1);
  });

  it('keeps an owner-free name apart when the owned name is no single body', () => {
    expect(names([['OSCE Mission to Skopje'], ['Mission to Skopje']])).toHaveLength(2);
  });
});
