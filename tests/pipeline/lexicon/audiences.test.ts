import { describe, expect, it } from 'vitest';
import { audienceSectors, audiencesMeet } from '../../../src/pipeline/lexicon/audiences.ts';

describe('audienceSectors', () => {
  it('reads the sectors a phrase naming people belongs to, two-word terms first', () => {
    expect(audienceSectors('border police officers')).toEqual(['border', 'police']);
    expect(audienceSectors('Thirty Judges')).toEqual(['justice']);
    expect(audienceSectors('members of the judiciary')).toEqual(['justice']);
    expect(audienceSectors('law enforcement officials')).toEqual(['law enforcement']);
    expect(audienceSectors('financial intelligence analysts')).toEqual(['financial intelligence']);
    expect(audienceSectors('civil society representatives')).toEqual(['civil society']);
  });

  it('names no sector for words that fit any audience', () => {
    expect(audienceSectors('25 officers')).toEqual([]);
    expect(audienceSectors('senior officials and participants')).toEqual([]);
    // "enforcement" alone is not the umbrella: drug enforcement officers are not any uniformed service.
    expect(audienceSectors('drug enforcement officers')).toEqual([]);
  });
});

describe('audiencesMeet', () => {
  it('meets when a sector is shared, or when nothing is known of one side', () => {
    expect(audiencesMeet(['border', 'police'], ['border'])).toBe(true);
    expect(audiencesMeet([], ['justice'])).toBe(true);
  });

  it('lets "law enforcement" cover the uniformed services, not the courts alone', () => {
    expect(audiencesMeet(['law enforcement'], ['customs'])).toBe(true);
    expect(audiencesMeet(['justice', 'police'], ['law enforcement'])).toBe(true);
    expect(audiencesMeet(['law enforcement'], ['justice'])).toBe(false);
  });

  it('keeps other sectors apart', () => {
    expect(audiencesMeet(['police'], ['justice'])).toBe(false);
    expect(audiencesMeet(['prison'], ['media'])).toBe(false);
  });
});
