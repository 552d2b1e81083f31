import { decodePositions, encodePositions } from '../../schema/posting-codec.ts';
import { addTerms, mergeAscending, type Postings } from './encode-search-index.ts';

/** The own-word postings of a build (see `ownPostings`) and the keys of its events, in summary order. */
export interface KeptPostings {
  keys: readonly string[];
  own: ReadonlyMap<string, string>;
}

/**
 * The own-word postings of a new build from an earlier one's: an event with the same key (see
 * eventKey in build-dataset.ts) has the same words, so only events that are new are read
 * (`termsOf(i)`, i a new position). Kept events keep their order relative to each other (the order
 * is decided by date and id, both part of the key), so their positions move without reordering.
 * When events were only replaced where they stood (an edit that moves nothing, the usual rebuild),
 * only the terms of the replaced and the new events are touched, given the replaced ones' words
 * (`termsOfGone(j)`, j a position of the earlier build; null when they are not known); otherwise
 * every term's positions are moved.
 */
export function updateOwnPostings(
  previous: KeptPostings,
  keys: readonly string[],
  termsOf: (i: number) => readonly string[],
  termsOfGone: (j: number) => readonly string[] | null,
): Postings {
  const was = new Map(previous.keys.map((key, j) => [key, j]));
  const fresh = new Map<string, number[]>();
  keys.forEach((key, i) => {
    if (!was.has(key)) addTerms(fresh, termsOf(i), i);
  });
  const inPlace = keys.length === previous.keys.length && replacedInPlace(previous.keys, keys, was);
  const gone = inPlace ? inPlace.map(termsOfGone) : [];
  if (inPlace && gone.every((terms) => terms !== null)) return patch(previous.own, keys.length, new Set(inPlace), fresh, gone.flat() as string[]);
  return moved(previous, keys, was, fresh);
}

/** The positions where a new key replaced an earlier one that is gone, when nothing else moved; null otherwise. */
function replacedInPlace(before: readonly string[], after: readonly string[], was: ReadonlyMap<string, number>): number[] | null {
  const now = new Set(after);
  const replaced: number[] = [];
  for (let i = 0; i < after.length; i++) {
    if (after[i] === before[i]) continue;
    if (was.has(after[i]!) || now.has(before[i]!)) return null;
    replaced.push(i);
  }
  return replaced;
}

/** Only the terms of replaced and new events change: their replaced positions out, the new ones in. */
function patch(own: ReadonlyMap<string, string>, count: number, replaced: ReadonlySet<number>, fresh: ReadonlyMap<string, number[]>, goneTerms: readonly string[]): Postings {
  const out = new Map(own);
  for (const term of new Set([...goneTerms, ...fresh.keys()])) {
    const before = own.get(term);
    const kept = before === undefined ? [] : Array.from(decodePositions(before, count)).filter((p) => !replaced.has(p));
    const list = mergeAscending(kept, fresh.get(term) ?? []);
    if (list.length > 0) out.set(term, encodePositions(list));
    else out.delete(term);
  }
  return out;
}

/** Every term's kept positions moved to their new places, the new events' terms added. */
function moved(previous: KeptPostings, keys: readonly string[], was: ReadonlyMap<string, number>, fresh: ReadonlyMap<string, number[]>): Postings {
  const to = new Int32Array(previous.keys.length).fill(-1);
  keys.forEach((key, i) => {
    const j = was.get(key);
    if (j !== undefined) to[j] = i;
  });
  const out: Postings = new Map();
  for (const [term, text] of previous.own) {
    const list: number[] = [];
    let ascending = true;
    for (const p of decodePositions(text, previous.keys.length)) {
      const i = to[p]!;
      if (i < 0) continue;
      if (list.length > 0 && list[list.length - 1]! >= i) ascending = false;
      list.push(i);
    }
    // Never false for keys of one build (see above); kept as a guard, as sorting costs nothing then.
    if (!ascending) list.sort((a, b) => a - b);
    const added = fresh.get(term);
    const all = added ? mergeAscending(list, added) : list;
    if (all.length > 0) out.set(term, encodePositions(all));
  }
  for (const [term, list] of fresh) if (!previous.own.has(term)) out.set(term, encodePositions(list));
  return out;
}
