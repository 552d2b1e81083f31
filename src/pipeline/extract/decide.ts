import type { Candidate, DecidedFact, Decision, Evidence, Span } from '../../schema/evidence.ts';

/**
 * A fact's scoring table: each feature's weight (positive for a candidate, negative against it) and
 * the few words a person reads when it applies. One table per fact, so a reader sees every weight
 * at once and a change to one is measured on the whole corpus.
 */
export type FeatureTable<F extends string> = Readonly<Record<F, { weight: number; note: string }>>;

/** A candidate before the decision: what it would make the fact, and the features seen for it. */
export interface Scorable<F extends string, V> {
  value: V;
  label: string;
  span: Span | null;
  /** Each feature that applies, with an optional note that replaces the table's (naming the words seen). */
  features: readonly { feature: F; note?: string }[];
}

export interface Scored<V> {
  value: V;
  candidate: Candidate;
}

/** The evidence of one candidate under a table, and its score (the sum of the weights). */
export function scoreCandidate<F extends string, V>(table: FeatureTable<F>, c: Scorable<F, V>): { score: number; evidence: Evidence[] } {
  const evidence = c.features.map(({ feature, note }) => ({ feature, weight: table[feature].weight, note: note ?? table[feature].note }));
  return { score: evidence.reduce((sum, e) => sum + e.weight, 0), evidence };
}

/**
 * Evidence, then decision: scores every candidate with the fact's table, ranks them (score, then
 * text order, so ties go to the earlier mention) and keeps those `choose` picks among the ones at or
 * above the threshold. Abstains (nothing chosen) when none reaches it. The decision keeps every
 * candidate, so the data can show the losers with their evidence.
 */
export function decide<F extends string, V>(
  fact: DecidedFact,
  table: FeatureTable<F>,
  threshold: number,
  candidates: readonly Scorable<F, V>[],
  choose: (ranked: readonly Scored<V>[]) => readonly Scored<V>[] = (ranked) => ranked.slice(0, 1),
): { chosen: Scored<V>[]; decision: Decision | null } {
  const ranked = candidates
    .map((c, order) => ({ c, order, ...scoreCandidate(table, c) }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map(({ c, score, evidence }): Scored<V> => ({ value: c.value, candidate: { label: c.label, span: c.span, score, evidence, chosen: false } }));
  const eligible = ranked.filter((r) => r.candidate.score >= threshold);
  const chosen = new Set(choose(eligible));
  for (const r of ranked) r.candidate.chosen = chosen.has(r);
  const picked = ranked.filter((r) => chosen.has(r));
  // One candidate that won needs no "why": nothing else was considered.
  const keep = ranked.length > 1 || picked.length === 0;
  return { chosen: picked, decision: keep && ranked.length > 0 ? { fact, threshold, candidates: ranked.map((r) => r.candidate) } : null };
}
