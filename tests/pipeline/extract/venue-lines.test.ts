import { describe, expect, it } from 'vitest';
import { topLinePieces } from '../../../src/pipeline/extract/venue-lines.ts';

const pieces = (text: string): string[] => topLinePieces(text, 1).map((p) => `${p.text} (${p.kind}${p.range ? ', range' : ''})`);

describe('topLinePieces: datelines of every shape and place lines', () => {
  it('reads the town of a dateline whatever stands around it', () => {
    expect(pieces('T\n9 May. UNDP. KISUMU – A workshop ended today.')).toEqual(['UNDP (dateline)', 'KISUMU (dateline)']);
    expect(pieces('T\nMARACAIBO (Agency) – 14.03.2019 – Officers were trained.')).toEqual(['MARACAIBO (dateline)', 'Agency (dateline)']);
    expect(pieces('T\nLusaka, 3 to 5 June 2019 – Prosecutors met.')).toEqual(['Lusaka (dateline, range)']);
    expect(pieces('T\nDAR ES SALAAM, April 13 (Xinhua) -- Tanzania will host a course.')).toEqual(['DAR ES SALAAM (dateline)', 'Xinhua (dateline)']);
  });

  it('reads a place line under the title', () => {
    expect(pieces('T\nRegional Training Centre, Kigali\nThirty trainers met.')).toEqual(['Regional Training Centre (location-line)', 'Kigali (location-line)']);
  });

  it('takes no sentence, and no footer of a body, for a dateline', () => {
    expect(pieces('T\nHe said: the course was useful.')).toEqual([]);
    expect(pieces('T\nEmbassy Of The United States. Beirut. Lebanon - Press Release')).toEqual([]);
  });
});
