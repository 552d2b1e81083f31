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

  it('reads the place a labelled line gives, wherever it stands ("Venue: …", "Date and venue: …")', () => {
    const far = ['T', ...Array.from({ length: 9 }, (_, i) => `Officers met on day ${i + 1}.`), 'Venue: Conference Centre, Nairobi, Kenya'].join('\n');
    expect(pieces(far)).toEqual(['Conference Centre (location-line)', 'Nairobi (location-line)', 'Kenya (location-line)']);
    expect(pieces('T\nDate and venue: 3-5 May 2019, Mombasa\nOfficers met.')).toEqual(['Mombasa (location-line, range)']);
    // A sentence that merely names a venue is no label.
    expect(pieces('T\nThe venue: a hotel in Mombasa, was chosen by the Office of the President.')).toEqual([]);
  });

  it('takes no sentence, and no footer of a body, for a dateline', () => {
    expect(pieces('T\nHe said: the course was useful.')).toEqual([]);
    expect(pieces('T\nEmbassy Of The United States. Beirut. Lebanon - Press Release')).toEqual([]);
    // A source credited in brackets after the town is the dateline's, not a footer's.
    expect(pieces('T\nKIGALI, Rwanda (Embassy of Japan) — Nurses met.')).toEqual(['KIGALI (dateline)', 'Rwanda (dateline)', 'Embassy of Japan (dateline)']);
  });
});
