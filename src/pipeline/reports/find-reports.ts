import type { Evidence } from '../../schema/evidence.ts';
import { scoreCandidate } from '../extract/decide.ts';
import { datesVeto, placesVeto, REPORT_TABLE, REPORT_THRESHOLD, reportFeatures } from './report-evidence.ts';
import { alikeKey, type ReportPrint } from './report-print.ts';

/** A person's word on two releases (seeds/corrections.yaml `sameEventAs` / `notSameEventAs`), by file. */
export interface HandRule {
  file: string;
  other: string;
  same: boolean;
  note: string;
}

/** Why two releases were found to tell of one event: the score and evidence of the pair that joined them. */
export interface PairJoin {
  score: number;
  evidence: Evidence[];
}

export interface FoundReports {
  /** Each event told by more than one release: its releases' ids, sorted. Releases alone are not listed. */
  groups: string[][];
  /** By `pairKey(a, b)`: the pairs that joined groups. */
  joins: Map<string, PairJoin>;
}

/** A text hash shared by more releases than this is boilerplate, not a sign of one text. */
const MAX_TEXT_BUCKET = 24;
/** Blocking keys per text: its rarest shingle hashes. */
const TEXT_KEYS = 4;

export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\0${b}` : `${b}\0${a}`;
}

/**
 * The reports of one event among all releases: candidates are found by place and date (same
 * country, days that overlap or touch) and by wording (a rare shingle in common), never all pairs;
 * each candidate pair is scored with REPORT_TABLE and joined at REPORT_THRESHOLD; a pair at places
 * or on days that cannot be one event is never joined, and a release without a date or a place
 * joins another only on the same wording. Pairs join best first, and a join that would put two
 * releases that cannot be one event (or that a person said are not) in one group is skipped, so
 * no chain of likenesses joins what differs. The same answer whatever the order of `prints`.
 */
export function findReports(prints: readonly ReportPrint[], rules: readonly HandRule[] = [], { foldAlike = true } = {}): FoundReports {
  const sorted = [...prints].sort((a, b) => compare(a.id, b.id));
  const byFile = new Map(sorted.map((p) => [p.file, p]));
  const apart = new Set<string>();
  const joins: { a: ReportPrint; b: ReportPrint; join: PairJoin }[] = [];
  for (const rule of rules) {
    const a = byFile.get(rule.file);
    const b = byFile.get(rule.other);
    if (!a || !b || a === b) continue;
    if (rule.same) joins.push({ a, b, join: { score: Infinity, evidence: [{ feature: 'by-hand', weight: 0, note: `joined by hand: ${rule.note}` }] } });
    else apart.add(pairKey(a.id, b.id));
  }
  const { reps, twinsOf } = foldAlike ? twins(sorted, rules) : { reps: sorted, twinsOf: new Map() };
  for (const [i, j] of candidatePairs(reps, textFrequency(sorted))) {
    const a = reps[i]!;
    const b = reps[j]!;
    if (apart.has(pairKey(a.id, b.id)) || placesVeto(a, b) || datesVeto(a, b)) continue;
    const join = scorePair(a, b);
    if (join !== null) joins.push({ a, b, join });
  }
  joins.sort((x, y) => y.join.score - x.join.score || compare(pairKey(x.a.id, x.b.id), pairKey(y.a.id, y.b.id)));
  const found = group(joins, apart);
  return twinsOf.size === 0 ? found : withTwins(found, twinsOf);
}

/** The pair's score and evidence when it reaches REPORT_THRESHOLD; null when it does not (or cannot be weighed). */
function scorePair(a: ReportPrint, b: ReportPrint): PairJoin | null {
  const features = reportFeatures(a, b);
  const placedAndDated = a.from !== null && b.from !== null && a.places.length > 0 && b.places.length > 0;
  if (!placedAndDated && !features.some((f) => f.feature === 'same-text')) return null;
  const { score, evidence } = scoreCandidate(REPORT_TABLE, { value: null, label: '', span: null, features });
  return score >= REPORT_THRESHOLD ? { score, evidence } : null;
}

/**
 * Releases alike in everything compared (the same body, places, days, bodies, countries, topics,
 * kind, audience and subject; titles, files and dates of publication aside): each is compared only through
 * the first of them (by id), and joined to it. Any third release weighs the same against each, and
 * no pair scores above theirs, so the groups are those that comparing every pair gives (only the
 * pair named as the reason may be another of equal score); but 1,500 copies of one release cost
 * 1,500 comparisons instead of 1.1 million. Only releases placed and dated are folded, and never
 * one a person's rule names.
 */
function twins(sorted: readonly ReportPrint[], rules: readonly HandRule[]): { reps: ReportPrint[]; twinsOf: Map<ReportPrint, { twin: ReportPrint; join: PairJoin }[]> } {
  const named = new Set(rules.flatMap((r) => [r.file, r.other]));
  const firstOf = new Map<string, ReportPrint>();
  const twinsOf = new Map<ReportPrint, { twin: ReportPrint; join: PairJoin }[]>();
  const reps: ReportPrint[] = [];
  for (const p of sorted) {
    // Only releases that are candidates of each other by place and date: others pair by wording
    // alone, in buckets too small to need this (a wording shared by many is boilerplate).
    if (named.has(p.file) || p.from === null || !p.places.some((v) => v.countryCode !== null)) {
      reps.push(p);
      continue;
    }
    // Hashed where the print was made (see alikeKey): equal hashes, prints alike in all that is compared.
    const key = p.alike ?? alikeKey(p);
    const first = firstOf.get(key);
    const join = first && scorePair(first, p);
    if (!first || !join) {
      if (!first) firstOf.set(key, p);
      reps.push(p);
      continue;
    }
    const list = twinsOf.get(first);
    if (list) list.push({ twin: p, join });
    else twinsOf.set(first, [{ twin: p, join }]);
  }
  return { reps, twinsOf };
}

/** The groups found among the first of each set of twins, with the twins joined to their first. */
function withTwins(found: FoundReports, twinsOf: ReadonlyMap<ReportPrint, { twin: ReportPrint; join: PairJoin }[]>): FoundReports {
  const groupOf = new Map<string, string[]>();
  for (const g of found.groups) for (const id of g) groupOf.set(id, g);
  const groups = [...found.groups];
  const joins = new Map(found.joins);
  for (const [first, list] of twinsOf) {
    let g = groupOf.get(first.id);
    if (!g) {
      g = [first.id];
      groups.push(g);
    }
    for (const { twin, join } of list) {
      g.push(twin.id);
      joins.set(pairKey(first.id, twin.id), join);
    }
  }
  return { groups: groups.map((g) => g.sort(compare)).sort((x, y) => compare(x[0]!, y[0]!)), joins };
}

function group(joins: readonly { a: ReportPrint; b: ReportPrint; join: PairJoin }[], apart: ReadonlySet<string>): FoundReports {
  const groupOf = new Map<string, ReportPrint[]>();
  const used = new Map<string, PairJoin>();
  for (const { a, b, join } of joins) {
    const ga = groupOf.get(a.id) ?? [a];
    const gb = groupOf.get(b.id) ?? [b];
    if (ga === gb) continue;
    const byHand = join.score === Infinity;
    const clash = ga.some((x) => gb.some((y) => apart.has(pairKey(x.id, y.id)) || (!byHand && (placesVeto(x, y) || datesVeto(x, y)))));
    if (clash) continue;
    const joined = [...ga, ...gb];
    for (const p of joined) groupOf.set(p.id, joined);
    used.set(pairKey(a.id, b.id), join);
  }
  const groups = [...new Set(groupOf.values())].map((g) => g.map((p) => p.id).sort(compare)).sort((x, y) => compare(x[0]!, y[0]!));
  return { groups, joins: used };
}

/** Index pairs [i, j] (i < j) worth scoring: the same country on days that overlap or touch, or a rare shingle in common. */
function candidatePairs(prints: readonly ReportPrint[], df: HashCounts): [number, number][] {
  const seen = new Set<number>();
  const out: [number, number][] = [];
  const add = (i: number, j: number) => {
    const [x, y] = i < j ? [i, j] : [j, i];
    const key = x * prints.length + y;
    if (x === y || seen.has(key)) return;
    seen.add(key);
    out.push([x, y]);
  };
  const byCountry = new Map<string, number[]>();
  const nextDays = new Map<string, string>();
  prints.forEach((p, i) => {
    if (p.from === null) return;
    for (const code of new Set(p.places.map((v) => v.countryCode))) if (code !== null) push(byCountry, code, i);
  });
  for (const members of byCountry.values()) {
    members.sort((x, y) => compare(prints[x]!.from!, prints[y]!.from!) || x - y);
    for (let m = 0; m < members.length; m++) {
      const until = nextDay(prints[members[m]!]!.to!, nextDays);
      for (let n = m + 1; n < members.length && prints[members[n]!]!.from! <= until; n++) add(members[m]!, members[n]!);
    }
  }
  const byText = new Map<number, number[]>();
  prints.forEach((p, i) => {
    let keys = 0;
    for (const h of p.sketch.mins) {
      const count = df.get(h);
      if (count <= 1 || count > MAX_TEXT_BUCKET) continue;
      push(byText, h, i);
      if (++keys === TEXT_KEYS) break;
    }
  });
  for (const members of byText.values()) for (let m = 0; m < members.length; m++) for (let n = m + 1; n < members.length; n++) add(members[m]!, members[n]!);
  return out;
}

/** How many releases have each shingle hash in their sketch: counted over all releases, folded twins too, so what is boilerplate does not depend on the fold. */
function textFrequency(prints: readonly ReportPrint[]): HashCounts {
  const df = new HashCounts(prints.reduce((n, p) => n + p.sketch.mins.length, 0));
  for (const p of prints) for (const h of p.sketch.mins) df.add(h);
  return df;
}

/**
 * A count per 32-bit hash, in an open-addressed table of typed arrays: a Map keyed by numbers above
 * 2^30 (most hashes) boxes each one, and 64 per release made these counts most of finding the candidates.
 */
class HashCounts {
  private readonly keys: Uint32Array;
  private readonly counts: Uint32Array;
  private readonly mask: number;
  /** The count of hash 0, which marks an empty slot in `keys`. */
  private zero = 0;

  constructor(most: number) {
    let size = 16;
    while (size < most * 2) size *= 2;
    this.keys = new Uint32Array(size);
    this.counts = new Uint32Array(size);
    this.mask = size - 1;
  }

  add(hash: number): void {
    if (hash === 0) {
      this.zero++;
      return;
    }
    const at = this.slot(hash);
    this.keys[at] = hash;
    this.counts[at]!++;
  }

  /** The count of `hash` (0 for one never added). */
  get(hash: number): number {
    return hash === 0 ? this.zero : this.counts[this.slot(hash)]!;
  }

  /** Where `hash` is, or the empty slot where it would go. */
  private slot(hash: number): number {
    let at = Math.imul(hash, 0x9e3779b1) >>> 0 & this.mask;
    while (this.keys[at] !== 0 && this.keys[at] !== hash) at = (at + 1) & this.mask;
    return at;
  }
}

function push<K>(map: Map<K, number[]>, key: K, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function nextDay(iso: string, known: Map<string, string>): string {
  let next = known.get(iso);
  if (next === undefined) known.set(iso, (next = new Date(Date.parse(iso) + 86_400_000).toISOString().slice(0, 10)));
  return next;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
