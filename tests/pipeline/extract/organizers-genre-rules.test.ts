import { describe, expect, it } from 'vitest';
import { analyzeRelease } from '../../../src/pipeline/extract/analyze-release.ts';
import { extractOrganizations } from '../../../src/pipeline/extract/organizations.ts';

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
