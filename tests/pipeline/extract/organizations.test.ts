import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { extractOrganizations } from '../../../src/pipeline/extract/organizations.ts';
import { spanOf } from './span-of.ts';
import { analyzeRelease } from '../../../src/pipeline/extract/analyze-release.ts';

const run = (text: string, hostCode: string | null = null) =>
  extractOrganizations(analyzeRelease(text), { hostCode });

describe('extractOrganizations', () => {
  it('reads a co-organiser list and every named body with its country', () => {
    const text = [
      'BISHKEK, Kyrgyzstan, 4 May 2016 – A three-day workshop on border checks opened today in Bishkek.',
      'It was co-organized by the OSCE Centre in Bishkek, the Border Service of the State Committee for National Security and the Canadian Embassy in Kazakhstan.',
      'Officers from the Interior Ministry and Interpol took part.',
    ].join('\n');
    const border = 'Border Service of the State Committee for National Security';
    const { decision, ...found } = run(text, 'KG');
    // Three bodies considered, each chosen for its place in the "co-organized by" list.
    expect(decision?.candidates.map((c) => [c.label, c.chosen, c.evidence.map((e) => e.feature)])).toEqual([
      ['OSCE Centre in Bishkek', true, ['organised-by']],
      [border, true, ['organised-by']],
      ['Canadian Embassy in Kazakhstan', true, ['organised-by']],
    ]);
    expect(found).toEqual({
      organizers: [
        { name: 'OSCE Centre in Bishkek', countryCode: null, span: spanOf(text, 'OSCE Centre in Bishkek') },
        { name: border, countryCode: 'KG', span: spanOf(text, border) },
        { name: 'Canadian Embassy in Kazakhstan', countryCode: 'CA', span: spanOf(text, 'Canadian Embassy in Kazakhstan') },
      ],
      organizations: [
        { name: 'OSCE Centre in Bishkek', countryCode: null, span: spanOf(text, 'OSCE Centre in Bishkek') },
        { name: border, countryCode: 'KG', span: spanOf(text, border) },
        { name: 'Canadian Embassy in Kazakhstan', countryCode: 'CA', span: spanOf(text, 'Canadian Embassy in Kazakhstan') },
        { name: 'Interior Ministry', countryCode: 'KG', span: spanOf(text, 'Interior Ministry') },
        { name: 'Interpol', countryCode: null, span: spanOf(text, 'Interpol') },
      ],
    });
  });

  it('reads "Organized by A, in co-operation with B and the NGO C" and "the Office" as the office named before', () => {
    const text = [
      'Head of the OSCE Office in Chisinau said the course matters.',
      'Organized by the Office, in co-operation with the Moldovan Border Police and the NGO Safe Roads, the course was held by two Romanian customs officials.',
    ].join('\n');
    expect(run(text, 'MD').organizers).toEqual([
      { name: 'OSCE Office in Chisinau', countryCode: null, span: spanOf(text, 'OSCE Office in Chisinau') },
      { name: 'Moldovan Border Police', countryCode: 'MD', span: spanOf(text, 'Moldovan Border Police') },
      { name: 'Safe Roads', countryCode: null, span: spanOf(text, 'Safe Roads') },
    ]);
  });

  it('reads bodies that hold the event as the subject, keeping a parenthesised acronym', () => {
    const text =
      'To help the police of Serbia, the OSCE’s Strategic Police Matters Unit (SPMU), in co-operation with the OSCE Mission to Serbia, held a seminar in Novi Sad.';
    expect(run(text, 'RS').organizers).toEqual([
      { name: 'OSCE’s Strategic Police Matters Unit (SPMU)', countryCode: null, span: spanOf(text, 'OSCE’s Strategic Police Matters Unit (SPMU)') },
      { name: 'OSCE Mission to Serbia', countryCode: null, span: spanOf(text, 'OSCE Mission to Serbia') },
    ]);
  });

  it('falls back to the body the course was held at, plus its supporters', () => {
    const text = [
      'A course for customs officers started at the OSCE Border Management Staff College in Dushanbe today.',
      'The course is organized with the support of the Embassy of Japan in Tajikistan.',
    ].join('\n');
    expect(run(text, 'TJ').organizers).toEqual([
      { name: 'OSCE Border Management Staff College in Dushanbe', countryCode: null, span: spanOf(text, 'OSCE Border Management Staff College in Dushanbe') },
      { name: 'Embassy of Japan in Tajikistan', countryCode: 'JP', span: spanOf(text, 'Embassy of Japan in Tajikistan') },
    ]);
  });

  it('falls back to the OSCE field office named when nothing organises', () => {
    const text = 'Teachers trained with OSCE support.\n“It went well,” said Anna Berg, Head of the OSCE Office in Yerevan.';
    expect(run(text, 'AM').organizers).toEqual([
      { name: 'OSCE Office in Yerevan', countryCode: null, span: spanOf(text, 'OSCE Office in Yerevan') },
    ]);
  });

  it('reports the seeds’ organisers', () => {
    const karaganda = readFileSync('seeds/000_d4ec6a025d7df8af.txt', 'utf8');
    const almaty = readFileSync('seeds/001_7dafee3892481c7c.txt', 'utf8');
    const names = (text: string) => run(text, 'KZ').organizers.map((o) => [o.name, o.countryCode]);
    expect(names(karaganda)).toEqual([
      ['OSCE Centre in Astana', null],
      ['State Revenues Committee of the Finance Ministry', 'KZ'],
      ['US Embassy in Kazakhstan', 'US'],
    ]);
    expect(names(almaty)).toEqual([
      ['OSCE Programme Office in Astana', null],
      ['State Revenues Committee of the Finance Ministry', 'KZ'],
      ['United States Embassy in Kazakhstan', 'US'],
    ]);
  });

  it('never throws', () => {
    fc.assert(fc.property(fc.string(), (s) => void run(s, 'KZ')));
  });
});
