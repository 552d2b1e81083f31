import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import type { Organization } from '../../../src/schema/dataset.ts';
import { extractCountries } from '../../../src/pipeline/extract/countries.ts';
import { extractOrganizations } from '../../../src/pipeline/extract/organizations.ts';
import { splitSentences, type Sentence } from '../../../src/pipeline/text/sentences.ts';
import { spanOf } from './span-of.ts';
import { analyzeRelease } from '../../../src/pipeline/extract/analyze-release.ts';

function run(text: string, hostCode: string | null, organizers: Organization[] = []) {
  return extractCountries(analyzeRelease(text), { hostCode, organizers });
}

function sentence(text: string, part: string): { start: number; end: number } {
  const s = splitSentences(text).find((x: Sentence) => x.text.includes(part));
  if (!s) throw new Error(`no sentence with "${part}"`);
  return { start: s.start, end: s.end };
}

describe('extractCountries', () => {
  it('reads participants, experts, the host and a mention without a role', () => {
    const text = [
      'OSCE trains Tajik and Afghan law enforcement officers in Dushanbe',
      'DUSHANBE, Tajikistan, 2 March 2012 – A course for officers from Tajikistan and Afghanistan began today.',
      'Lithuanian experts will lead the sessions, and a trainer from Türkiye will join them.',
      'The project is financed by Norway.',
    ].join('\n');
    const title = sentence(text, 'OSCE trains');
    const experts = sentence(text, 'Lithuanian experts');
    expect(run(text, 'TJ')).toEqual([
      { code: 'TJ', name: 'Tajikistan', roles: ['host', 'participant'], evidence: [{ role: 'host', span: spanOf(text, 'Tajik'), reason: null }, { role: 'participant', span: title, reason: null }] },
      { code: 'AF', name: 'Afghanistan', roles: ['participant'], evidence: [{ role: 'participant', span: title, reason: null }] },
      { code: 'LT', name: 'Lithuania', roles: ['expert'], evidence: [{ role: 'expert', span: experts, reason: null }] },
      { code: 'TR', name: 'Türkiye', roles: ['expert'], evidence: [{ role: 'expert', span: experts, reason: null }] },
      { code: 'NO', name: 'Norway', roles: [], evidence: [{ role: null, span: spanOf(text, 'Norway'), reason: null }] },
    ]);
  });

  it('makes teachers who graduated from the event its participants, not its experts', () => {
    const text = 'Eighteen instructors of the National Police of Guinea graduated today from a trainer course led by Australian experts.';
    expect(run(text, null).map((c) => [c.code, c.roles])).toEqual([
      ['GN', ['participant']],
      ['AU', ['expert']],
    ]);
    expect(run('Instructors from Ghana congratulated the officers from Togo who graduated today.', null).map((c) => [c.code, c.roles])).toEqual([
      ['GH', ['expert']],
      ['TG', ['participant']],
    ]);
  });

  it('does not read a body or a region of several countries for the country whose word it holds', () => {
    const text = 'Trainers from the Organization of American States and experts on the Niger Delta taught officers from Ghana.';
    expect(run(text, null).map((c) => [c.code, c.roles])).toEqual([['GH', ['participant']]]);
    expect(run('Delegates to the Summit of the Americas met officers from Peru.', null).map((c) => c.code)).toEqual(['PE']);
    // The country's own names still count.
    expect(run('Trainers from the United States and American experts taught officers from Ghana.', null).map((c) => [c.code, c.roles])).toEqual([
      ['US', ['expert']],
      ['GH', ['participant']],
    ]);
  });

  it('does not read Georgia the US state, a street or "turkey" the bird as countries', () => {
    const text = 'Experts from Atlanta, Georgia, met on Georgia Avenue over roast turkey with officials from Armenia.';
    expect(run(text, null)).toEqual([
      { code: 'AM', name: 'Armenia', roles: ['participant'], evidence: [{ role: 'participant', span: { start: 0, end: text.length }, reason: null }] },
    ]);
  });

  it('reads "BiH", possessives and trainers named by the verb that they run the course', () => {
    const text = [
      'The course for BiH Border Police cadets was held by two Croatian customs officers.',
      'Kazakhstan’s prosecutors also attended.',
    ].join('\n');
    expect(run(text, 'BA').map((c) => [c.code, c.roles])).toEqual([
      ['BA', ['host', 'participant']],
      ['HR', ['expert']],
      ['KZ', ['participant']],
    ]);
  });

  it('does not take the city of an international body as a nationality, nor a place after "in"', () => {
    const text = 'Officials in Uzbekistan heard an expert from the OSCE Mission in Serbia.';
    expect(run(text, null).map((c) => [c.code, c.roles])).toEqual([
      ['UZ', []],
      ['RS', []],
    ]);
  });

  it('makes the host a participant when officers come "from across the country" or represent its bodies', () => {
    const across = 'Some 40 police officers from across the country and officials from Mongolia attended.';
    // The host is not named, so it sorts where its evidence starts: the first sentence.
    expect(run(across, 'KZ').map((c) => [c.code, c.roles])).toEqual([
      ['KZ', ['host', 'participant']],
      ['MN', ['participant']],
    ]);
    const bodies = 'Officers representing the Customs Committee as well as officials from Mongolia attended.';
    expect(run(bodies, 'KZ').map((c) => [c.code, c.roles])).toEqual([
      ['KZ', ['host', 'participant']],
      ['MN', ['participant']],
    ]);
  });

  it('ignores project-wide totals', () => {
    const text = 'Ten Afghan officers took part. A total of 50 officials from Turkmenistan were trained within the project.';
    expect(run(text, 'TM').map((c) => [c.code, c.roles])).toEqual([
      ['AF', ['participant']],
      ['TM', ['host']],
    ]);
  });

  it('gives the country of a co-organising body the organizer role', () => {
    const text = 'The seminar was co-organized by the OSCE Office in Baku and the Swiss Embassy in Azerbaijan.';
    const { organizers } = extractOrganizations(analyzeRelease(text), { hostCode: 'AZ' });
    expect(run(text, 'AZ', organizers)).toEqual([
      { code: 'CH', name: 'Switzerland', roles: ['organizer'], evidence: [{ role: 'organizer', span: spanOf(text, 'Swiss Embassy in Azerbaijan'), reason: null }] },
      { code: 'AZ', name: 'Azerbaijan', roles: ['host'], evidence: [{ role: 'host', span: spanOf(text, 'Azerbaijan'), reason: null }] },
    ]);
  });

  it('reads the seeds’ country roles', () => {
    const roles = (file: string) => {
      const text = readFileSync(`seeds/${file}`, 'utf8');
      const { organizers } = extractOrganizations(analyzeRelease(text), { hostCode: 'KZ' });
      const countries = run(text, 'KZ', organizers);
      const having = (role: string) => countries.filter((c) => c.roles.includes(role as never)).map((c) => c.code).sort();
      return { participant: having('participant'), expert: having('expert'), organizer: having('organizer'), host: having('host') };
    };
    expect(roles('000_d4ec6a025d7df8af.txt')).toEqual({
      participant: ['AF', 'AZ', 'BY', 'KZ', 'RU', 'TJ', 'UA', 'UZ'],
      expert: ['GE', 'KZ', 'LT', 'US'],
      organizer: ['US'],
      host: ['KZ'],
    });
    expect(roles('001_7dafee3892481c7c.txt')).toEqual({
      participant: ['KZ'],
      expert: ['GE', 'LT', 'US'],
      organizer: ['US'],
      host: ['KZ'],
    });
  });

  it('never throws', () => {
    fc.assert(fc.property(fc.string(), (s) => void run(s, 'KZ')));
  });
});
