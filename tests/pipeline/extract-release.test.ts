import { describe, expect, it } from 'vitest';
import type { AtlasEvent } from '../../src/schema/dataset.ts';
import { jsonAroundOrganizers, jsonWith, piecesWith } from '../../src/pipeline/output/event-json-around.ts';

/** Only the fields the split reads: the organisers, and text on either side of them. */
function event(text: string, organizers: object[]): AtlasEvent {
  return { id: 'e1', source: { file: 'a.txt', sha256: 'x', text }, title: 'A course', organizers, warnings: ['w'] } as unknown as AtlasEvent;
}

describe('jsonAroundOrganizers', () => {
  it('splits the JSON of the event so that any organisers put between give the JSON of the event with them', () => {
    const e = event('The "organizers":[] of a course.', [{ name: 'OSCE' }]);
    const around = jsonAroundOrganizers(e)!;
    expect(jsonWith(around, JSON.stringify(e.organizers))).toBe(JSON.stringify(e));
    const withIds = [{ name: 'OSCE', bodyId: 'b1' }];
    expect(jsonWith(around, JSON.stringify(withIds))).toBe(JSON.stringify({ ...e, organizers: withIds }));
    expect(Buffer.concat(piecesWith(around, JSON.stringify(withIds))).toString('utf8')).toBe(JSON.stringify({ ...e, organizers: withIds }));
  });

  it('places the organisers by bytes in a text of characters outside ASCII, and the bytes have a buffer of their own', () => {
    const e = event('Dushanbe – “the course” 🏔 ended.', [{ name: 'ОБСЕ' }]);
    const around = jsonAroundOrganizers(e)!;
    expect(Buffer.concat(piecesWith(around, JSON.stringify(e.organizers)))).toEqual(Buffer.from(JSON.stringify(e)));
    expect(jsonWith(around, '[]')).toBe(JSON.stringify({ ...e, organizers: [] }));
    expect(around.bytes.byteOffset).toBe(0);
  });

  it('gives up (null) when the text itself holds the mark that stands for the organisers', () => {
    expect(jsonAroundOrganizers(event('\u0000organizers\u0000', []))).toBeNull();
  });
});
