// What a release's print (what finding reports of one event compares) takes from it: the audience by
// sector, and a subject free of who spoke and of the genre's partner formula. Releases of our own.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/pipeline/build-dataset.ts';
import { loadGazetteer } from '../../../src/pipeline/gazetteer/load-gazetteer.ts';
import type { Gazetteer } from '../../../src/pipeline/gazetteer/place.ts';
import { reportPrint } from '../../../src/pipeline/reports/report-print.ts';

let gazetteer: Gazetteer;
beforeAll(() => {
  gazetteer = loadGazetteer();
});

const printOf = (text: string) => {
  const dataset = buildDataset([{ name: 'release.txt', bytes: new TextEncoder().encode(text) }], { gazetteer, now: new Date('2026-01-01T00:00:00Z') });
  expect(dataset.rejected).toEqual([]);
  return reportPrint(dataset.events[0]!);
};

describe('reportPrint', () => {
  it('reads the audience from the title, the first sentence and the count, not from an organiser’s name', () => {
    const print = printOf(
      [
        'Border Police host a course on document fraud',
        'OSH, 12 May 2019 – The Border Police of Kyrgyzstan held a three-day course on document fraud for judges and prosecutors in Osh.',
        'Twenty-two judges took part.',
        '',
      ].join('\n'),
    );
    expect(print.audience).toEqual(['justice']);
  });

  it('leaves a speaker’s title and "in co-operation with" out of the subject', () => {
    const print = printOf(
      [
        'Course on seized drugs ends in Osh',
        'OSH, 12 May 2019 – A three-day course on storing seized drugs ended today in Osh, held by the OSCE Programme Office in Bishkek in co-operation with the Ministry of Interior.',
        '“Evidence must be kept safe,” said Aibek Osmonov, Director of the National Training Academy.',
        '',
      ].join('\n'),
    );
    expect(print.subject).toEqual(expect.arrayContaining(['drugs', 'seize', 'stori']));
    for (const word of ['direc', 'acade', 'opera']) expect(print.subject).not.toContain(word);
  });
});
