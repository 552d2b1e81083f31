import { z } from 'zod';

/** tests/fixtures/reports/expected.json: the releases that tell of one event (with the kind of the pair), and releases that must stay apart. */
export const ExpectedReports = z.object({
  groups: z.array(z.object({ kind: z.string().min(1), files: z.array(z.string().min(1)).min(2) })),
  /** The first file must be in another event than each of the others (a hard negative). */
  apart: z.array(z.array(z.string().min(1)).min(2)),
});
export type ExpectedReports = z.infer<typeof ExpectedReports>;

export interface DuplicatesScore {
  /** Pairs of releases expected and found together, by kind, and overall. */
  byKind: { kind: string; expected: number; found: number; recall: number }[];
  predicted: number;
  correct: number;
  precision: number;
  recall: number;
  /** Hard negatives: pairs that must stay apart, and those joined all the same. */
  apart: number;
  joinedApart: string[];
  /** Predicted pairs no expectation names, as "a + b". */
  wrong: string[];
  missed: string[];
}

const key = (a: string, b: string) => (a < b ? `${a} + ${b}` : `${b} + ${a}`);

/**
 * Pair precision and recall of the found events (each a list of its releases' files) against the
 * expected ones: every two releases of an expected event are a pair (labelled with the kind of
 * the group that names them, so recall is per kind); every two of a found event are a predicted pair.
 */
export function scoreDuplicates(expected: ExpectedReports, found: readonly (readonly string[])[]): DuplicatesScore {
  const expectedKind = new Map<string, string>();
  // Groups sharing a release form one event: close them over, then label each pair by the group that names it.
  const parent = new Map<string, string>();
  const root = (f: string): string => {
    const p = parent.get(f) ?? f;
    return p === f ? f : root(p);
  };
  for (const g of expected.groups) for (const f of g.files.slice(1)) parent.set(root(f), root(g.files[0]!));
  const events = new Map<string, string[]>();
  for (const f of expected.groups.flatMap((g) => g.files)) events.set(root(f), [...new Set([...(events.get(root(f)) ?? []), f])]);
  for (const files of events.values()) for (let i = 0; i < files.length; i++) for (let j = i + 1; j < files.length; j++) expectedKind.set(key(files[i]!, files[j]!), 'implied');
  for (const g of expected.groups) for (let i = 0; i < g.files.length; i++) for (let j = i + 1; j < g.files.length; j++) expectedKind.set(key(g.files[i]!, g.files[j]!), g.kind);
  const predicted = new Set<string>();
  for (const files of found) for (let i = 0; i < files.length; i++) for (let j = i + 1; j < files.length; j++) predicted.add(key(files[i]!, files[j]!));
  const kinds = [...new Set(expectedKind.values())];
  const byKind = kinds.map((kind) => {
    const pairs = [...expectedKind].filter(([, k]) => k === kind).map(([p]) => p);
    const hit = pairs.filter((p) => predicted.has(p)).length;
    return { kind, expected: pairs.length, found: hit, recall: hit / pairs.length };
  });
  const correct = [...predicted].filter((p) => expectedKind.has(p)).length;
  const apartPairs = expected.apart.flatMap(([first, ...others]) => others.map((o) => key(first!, o)));
  return {
    byKind,
    predicted: predicted.size,
    correct,
    precision: predicted.size === 0 ? 1 : correct / predicted.size,
    recall: expectedKind.size === 0 ? 1 : correct / expectedKind.size,
    apart: apartPairs.length,
    joinedApart: apartPairs.filter((p) => predicted.has(p)),
    wrong: [...predicted].filter((p) => !expectedKind.has(p)).sort(),
    missed: [...expectedKind.keys()].filter((p) => !predicted.has(p)).sort(),
  };
}

/** The report `npm run eval -- --duplicates DIR` prints. */
export function formatDuplicates(s: DuplicatesScore): string {
  const lines = [
    `Reports of one event: pair precision ${s.precision.toFixed(3)} (${s.correct}/${s.predicted}), recall ${s.recall.toFixed(3)}`,
    ...s.byKind.map((k) => `  ${k.kind.padEnd(14)} recall ${k.recall.toFixed(3)} (${k.found}/${k.expected})`),
    `  hard negatives apart: ${s.apart - s.joinedApart.length}/${s.apart}`,
    ...s.wrong.map((p) => `  joined, expected apart: ${p}`),
    ...s.missed.map((p) => `  missed: ${p}`),
  ];
  return lines.join('\n');
}
