import { describe, expect, it, vi } from 'vitest';
import { createLabelBoard } from '../../../src/app/features/map/layers/label-board.ts';
import { labelWidth, markBox, unclashedLabels, venueLabelBox, type RankedLabel } from '../../../src/app/features/map/layers/unclashed-labels.ts';

// A country's name centred on its label point, with the events it takes part in.
const country = (key: string, x: number, y: number, count = 1, selected = false): RankedLabel => ({ key, x, y, width: labelWidth(key), height: 13, count, selected });
// A venue's name beside its circle (radius 12), with its events.
const venue = (key: string, x: number, y: number, count = 1, selected = false): RankedLabel => ({ ...venueLabelBox(key, x, y, 12, key), count, selected });

describe('unclashedLabels', () => {
  it('keeps the higher-ranked of two names that would overlap, and every name with room', () => {
    // Armenia and Azerbaijan sit close at a low zoom: the busier is written, whatever the order given.
    expect([...unclashedLabels([country('Armenia', 80, 104, 1), country('Azerbaijan', 100, 100, 3), country('Kazakhstan', 300, 60, 2)])].sort()).toEqual(['Azerbaijan', 'Kazakhstan']);
    expect([...unclashedLabels([country('Azerbaijan', 100, 100, 1), country('Armenia', 80, 104, 3)])]).toEqual(['Armenia']);
  });

  it('keeps the given order between names of equal rank', () => {
    expect([...unclashedLabels([country('Armenia', 80, 104), country('Azerbaijan', 100, 100)])]).toEqual(['Armenia']);
  });

  it('keeps names side by side or one above the other when they do not touch', () => {
    expect(unclashedLabels([country('Georgia', 100, 100), country('Armenia', 100, 120), country('Turkey', 200, 100)]).size).toBe(3);
  });

  it('puts a selected name first, even over a busier one', () => {
    expect([...unclashedLabels([country('Azerbaijan', 100, 100, 9), country('Armenia', 80, 104, 1, true)])]).toEqual(['Armenia']);
  });

  it('ranks venue names and country names together: the busier of the two is written', () => {
    // "Gyumri" printed right of its circle at (40, 100) runs into "Armenia" at (100, 100).
    expect([...unclashedLabels([venue('Gyumri', 40, 100, 1), country('Armenia', 100, 100, 4)])]).toEqual(['Armenia']);
    expect([...unclashedLabels([venue('Gyumri', 40, 100, 5), country('Armenia', 100, 100, 4)])]).toEqual(['Gyumri']);
    // The selected event's place keeps its name beside a busier country.
    expect([...unclashedLabels([venue('Gyumri', 40, 100, 1, true), country('Armenia', 100, 100, 4)])]).toEqual(['Gyumri']);
    // Apart, both are written.
    expect(unclashedLabels([venue('Gyumri', 40, 100), country('Armenia', 100, 140)]).size).toBe(2);
  });

  it('writes no name over a circle, the name’s own circle excepted', () => {
    // A visit known only by its country has its marker on the country's label point.
    expect([...unclashedLabels([country('Poland', 200, 200, 9, true)], [markBox('vPL', 200, 200, 12)])]).toEqual([]);
    // Its own name sits beside its circle; a circle 30 px to the right is under the name.
    expect([...unclashedLabels([venue('Rustavi', 100, 100)], [markBox('vRustavi', 100, 100, 12)])]).toEqual(['Rustavi']);
    expect([...unclashedLabels([venue('Rustavi', 100, 100)], [markBox('vRustavi', 100, 100, 12), markBox('vTbilisi', 150, 100, 12)])]).toEqual([]);
  });
});

describe('venueLabelBox', () => {
  it('is the box right of the circle where map.css draws the name', () => {
    const box = venueLabelBox('v1', 100, 50, 12, 'Osh');
    expect(box.x - box.width / 2).toBeCloseTo(100 + 12 + 4);
    expect(box.y).toBe(50);
  });
});

describe('createLabelBoard', () => {
  it('lays out every kind of label at once and tells each kind which of its names are drawn', () => {
    const board = createLabelBoard();
    const countries = { labels: () => [country('Armenia', 100, 100, 4)], marks: () => [], show: vi.fn() };
    const venues = { labels: () => [venue('Gyumri', 40, 100, 5)], marks: () => [markBox('Gyumri', 40, 100, 12)], show: vi.fn() };
    board.set('countries', countries);
    board.layout();
    expect([...countries.show.mock.lastCall![0]]).toEqual(['Armenia']);
    board.set('venues', venues);
    board.layout();
    expect([...countries.show.mock.lastCall![0]]).toEqual(['Gyumri']);
    expect([...venues.show.mock.lastCall![0]]).toEqual(['Gyumri']);
    board.set('venues', null);
    board.layout();
    expect([...countries.show.mock.lastCall![0]]).toEqual(['Armenia']);
  });

  it('gives a venue name the room on equal rank: it names a marker one can press', () => {
    const board = createLabelBoard();
    const show = vi.fn();
    board.set('countries', { labels: () => [country('Armenia', 100, 100, 2)], marks: () => [], show });
    board.set('venues', { labels: () => [venue('Gyumri', 40, 100, 2)], marks: () => [], show: () => {} });
    board.layout();
    expect([...show.mock.lastCall![0]]).toEqual(['Gyumri']);
  });
});
