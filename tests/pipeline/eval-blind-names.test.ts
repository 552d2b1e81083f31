import { describe, expect, test } from 'vitest';
import { formatReport } from '../../src/pipeline/eval/format-report.ts';
import type { ReleaseScore } from '../../src/pipeline/eval/score.ts';
import { summarize } from '../../src/pipeline/eval/summarize.ts';

const score = (file: string, ok: boolean): ReleaseScore => ({
  file,
  fields: [{ field: 'venues', ok, expected: 'Tirana (AL)', got: ok ? 'Tirana (AL)' : 'none' }],
  roles: { truePositives: 1, falsePositives: 0, falseNegatives: 0 },
  places: { given: ok ? 1 : 0, expected: 1, paired: ok ? 1 : 0 },
});

describe('the eval report of blind releases', () => {
  test('names a blind release by its number only, and shows neither its name nor its misses', () => {
    const scores = [score('501_tirana-border-police-dog-handlers-2019.txt', false), score('502_riga-customs-course.txt', false)];
    const report = formatReport(summarize(scores), scores, new Map(), [], (file) => file.startsWith('501_'));
    expect(report).toContain('  501: blind, name and misses not shown');
    expect(report).not.toContain('tirana-border-police');
    // The release that is not blind keeps its name and its misses.
    expect(report).toContain('  502_riga-customs-course.txt: 1 wrong');
    expect(report).toContain('venues: expected Tirana (AL), got none');
    expect(report.match(/venues: expected/g)).toHaveLength(1);
  });
});
