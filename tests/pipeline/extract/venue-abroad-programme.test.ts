import { describe, expect, it } from 'vitest';
import { analyzeRelease } from '../../../src/pipeline/extract/analyze-release.ts';
import { abroadProgrammeMentions } from '../../../src/pipeline/extract/venue-abroad-programme.ts';

// Invented texts: with no place named, where a programme whose people go home afterwards was held.
function placed(text: string): string[] {
  const release = analyzeRelease(text);
  return abroadProgrammeMentions(text, release.sentences, release.organizations, release.countries).map((m) => `${m.venue?.countryCode} ${m.venue?.precision}`);
}

describe('abroadProgrammeMentions', () => {
  it('places a programme whose participants go home after it in the country of the national agency that runs it', () => {
    const text = 'The Korea International Cooperation Agency (KOICA) will implement a course for officials from Nepal. They will apply the skills upon their return.';
    expect(placed(text)).toEqual(['KR country']);
    expect(placed('The course for officials from Nepal was hosted by the Japan International Cooperation Agency. After returning home, they will train others.')).toEqual(['JP country']);
  });

  it('places nothing without a return home, for an embassy or an office, or with no other country named', () => {
    expect(placed('The Korea International Cooperation Agency (KOICA) will implement a course for officials from Nepal.')).toEqual([]);
    expect(placed('The Embassy of Japan organised a course for officials from Nepal. They will apply the skills upon their return.')).toEqual([]);
    expect(placed('The Korea International Cooperation Agency (KOICA) will implement a course for officials. They will apply the skills upon their return.')).toEqual([]);
  });
});
