import { describe, expect, it } from 'vitest';
import type { AtlasEvent } from '../../src/schema/dataset.ts';
import { jsonAroundOrganizers } from '../../src/pipeline/extract-release.ts';

/** Only the fields the split reads: the organisers, and text on either side of them. */
function event(text: string, organizers: object[]): AtlasEvent {
  return { id: 'e1', source: { file: 'a.txt', sha256: 'x', text }, title: 'A course', organizers, warnings: ['w'] } as unknown as AtlasEvent;
}

describe('jsonAroundOrganizers', () => {
  it('splits the JSON of the event so that any organisers put between give the JSON of the event with them', () => {
    const e = event('The "organizers":[] of a course.', [{ name: 'OSCE' }]);
    const around = jsonAroundOrganizers(e)!;
    expect(`${around[0]}${JSON.stringify(e.organizers)}${around[1]}`).toBe(JSON.stringify(e));
    const withIds = [{ name: 'OSCE', bodyId: 'b1' }];
    expect(`${around[0]}${JSON.stringify(withIds)}${around[1]}`).toBe(JSON.stringify({ ...e, organizers: withIds }));
  });

  it('gives up (null) when the text itself holds the mark that stands for the organisers', () => {
    expect(jsonAroundOrganizers(event('\u0000organizers\u0000', []))).toBeNull();
  });
});
