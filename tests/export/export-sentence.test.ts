import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/pipeline/build-dataset.ts';
import { createGazetteer } from '../../src/pipeline/gazetteer/create-gazetteer.ts';
import { exportRecord } from '../../src/export/export-record.ts';

// A release of our own writing: the count's sentence holds two abbreviations with full stops.
const RELEASE = [
  'Border officers trained in Dushanbe',
  'DUSHANBE, 3 November 2014 – A five-day course on border security opened today.',
  'The U.S. Embassy and Dr. Smith trained 30 officers from five countries. The course ends on Friday.',
].join('\n');

describe('the export names the sentence the build step split', () => {
  it('keeps "The U.S. Embassy and Dr. Smith …" whole', () => {
    const dataset = buildDataset([{ name: 'own-abbreviations.txt', bytes: Buffer.from(RELEASE, 'utf8') }], { gazetteer: createGazetteer([]), now: new Date('2024-01-01T00:00:00Z') });
    const event = dataset.events[0]!;
    expect(event.participantCount?.value).toBe(30);
    expect(exportRecord(event, []).participant_count_sentence).toBe('The U.S. Embassy and Dr. Smith trained 30 officers from five countries.');
  });
});
