import { describe, expect, it } from 'vitest';
import { extractCountries } from '../../../src/pipeline/extract/countries.ts';
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

  it('gives "International experts" no country, not even the host', () => {
    expect(host('International experts trained 20 police officers.', 'GE').roles).toEqual(['host', 'participant']);
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
});
