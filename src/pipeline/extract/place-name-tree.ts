import type { Gazetteer } from '../gazetteer/place.ts';
import type { RunWord } from './place-runs.ts';

/**
 * One name tried in a run of capitalised words, as a node of a tree keyed by words: the node of
 * "Dar es Salaam" is the child "Salaam" of "es" of "Dar". It keeps whether the name is some place
 * (a country or any town's exact name), once asked. A memo keyed by the name itself made the name's
 * string (words joined, then hashed) for every name tried, most of them no place; a word's string
 * is made once per run, and its hash is kept with it.
 */
export interface NameNode {
  some: boolean | undefined;
  next: Map<string, NameNode> | undefined;
}

// Per gazetteer, the tree's root (a build asks of one gazetteer; tests make several).
const ROOTS = new WeakMap<Gazetteer, NameNode>();
// Past this many nodes the tree is dropped and grown again: its answers are pure, only kept.
const NODE_LIMIT = 200_000;
let nodes = 0;
let lastGazetteer: Gazetteer | null = null;
let lastRoot: NameNode | null = null;

/**
 * The nodes of the names of a run that start at word i and end at word i+1, …, top-1, in that
 * order. A name read as a place drops a possessive and "-based" from its last word ("Kazakhstan’s",
 * "Almaty-based"), so the last word's node is keyed by its name part.
 */
export function nameNodes(gazetteer: Gazetteer, words: readonly RunWord[], i: number, top: number): NameNode[] {
  let node = rootOf(gazetteer);
  const out: NameNode[] = [];
  for (let j = i; j < top; j++) {
    const word = words[j]!.text;
    const name = namePart(word);
    const end = child(node, name);
    out.push(end);
    node = name === word ? end : child(node, word);
  }
  return out;
}

/** A word as the last of a name: without a possessive ("’s", "'s"), then without "-based". */
export function namePart(word: string): string {
  const unpossessed = word.endsWith('’s') || word.endsWith("'s") ? word.slice(0, -2) : word;
  return unpossessed.endsWith('-based') ? unpossessed.slice(0, -'-based'.length) : unpossessed;
}

function rootOf(gazetteer: Gazetteer): NameNode {
  if (gazetteer === lastGazetteer && lastRoot !== null && nodes < NODE_LIMIT) return lastRoot;
  let root = ROOTS.get(gazetteer);
  if (root === undefined || nodes >= NODE_LIMIT) {
    if (nodes >= NODE_LIMIT) nodes = 0;
    ROOTS.set(gazetteer, (root = { some: undefined, next: undefined }));
  }
  lastGazetteer = gazetteer;
  lastRoot = root;
  return root;
}

function child(node: NameNode, word: string): NameNode {
  let next = node.next?.get(word);
  if (next === undefined) {
    next = { some: undefined, next: undefined };
    (node.next ??= new Map()).set(word, next);
    nodes++;
  }
  return next;
}
