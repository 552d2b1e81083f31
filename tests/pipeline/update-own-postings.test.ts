import { describe, expect, it } from 'vitest';
import { ownPostings, ownTerms } from '../../src/pipeline/app-files/encode-search-index.ts';
import { updateOwnPostings } from '../../src/pipeline/app-files/update-own-postings.ts';
import type { AtlasEvent } from '../../src/schema/dataset.ts';
import { makeEvent } from '../fixtures/make-event.ts';

/** An event whose key is its id and text: equal keys, equal words. */
const event = (id: string, text: string): AtlasEvent => {
  const e = makeEvent(id, { title: `Title ${id}` });
  return { ...e, source: { ...e.source, text } };
};
const keyOf = (e: AtlasEvent) => `${e.id}:${e.source.text}`;

/** The previous build's postings and keys, updated to `after`: must equal reading every event of `after` afresh. */
function update(before: readonly AtlasEvent[], after: readonly AtlasEvent[], goneKnown = true) {
  const read: number[] = [];
  const gone: number[] = [];
  const got = updateOwnPostings(
    { keys: before.map(keyOf), own: ownPostings(before) },
    after.map(keyOf),
    (i) => (read.push(i), ownTerms(after[i]!)),
    (j) => (gone.push(j), goneKnown ? ownTerms(before[j]!) : null),
  );
  expect(new Map([...got].sort())).toEqual(new Map([...ownPostings(after)].sort()));
  return { read, gone };
}

const a = event('a', 'Border guards met in Almaty.');
const b = event('b', 'Customs officers trained in Dushanbe.');
const c = event('c', 'Police academy course in Bishkek.');
const d = event('d', 'Election observers in Warsaw.');

describe('updateOwnPostings', () => {
  it('reads only an event replaced where it stood: its old words out, its new words in', () => {
    const edited = event('b', 'Customs officers trained in Khujand, not Dushanbe, with police.');
    expect(update([a, b, c], [a, edited, c])).toEqual({ read: [1], gone: [1] });
    expect(update([a, b, c], [a, event('b', 'Nothing in common.'), c])).toEqual({ read: [1], gone: [1] });
  });

  it('moves the positions of kept events when one is added, removed or moved', () => {
    expect(update([a, b, c], [a, d, b, c]).read).toEqual([1]);
    expect(update([a, b, c], [a, c]).read).toEqual([]);
    expect(update([a, b, c, d], [b, c, event('a', 'Border guards met in Almaty again.')]).read).toEqual([2]);
    expect(update([], [a, b]).read).toEqual([0, 1]);
    expect(update([a, b], []).read).toEqual([]);
  });

  it('moves every position when the replaced events’ words are not known', () => {
    expect(update([a, b, c], [a, event('b', 'Other words.'), c], false)).toEqual({ read: [1], gone: [1] });
  });
});
