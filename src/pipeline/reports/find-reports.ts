import type { Evidence } from '../../schema/evidence.ts';
import { scoreCandidate } from '../extract/decide.ts';
import { datesVeto, placesVeto, REPORT_TABLE, REPORT_THRESHOLD, reportFeatures } from './report-evidence.ts';
import type { ReportPrint } from './report-print.ts';

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
export function findReports(prints: readonly ReportPrint[], rules: readonly HandRule[] = []): FoundReports {
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
  for (const [i, j] of candidatePairs(sorted)) {
    const a = sorted[i]!;
    const b = sorted[j]!;
    if (apart.has(pairKey(a.id, b.id)) || placesVeto(a, b) || datesVeto(a, b)) continue;
    const features = reportFeatures(a, b);
    const placedAndDated = a.from !== null && b.from !== null && a.places.length > 0 && b.places.length > 0;
    if (!placedAndDated && !features.some((f) => f.feature === 'same-text')) continue;
    const { score, evidence } = scoreCandidate(REPORT_TABLE, { value: null, label: '', span: null, features });
    if (score >= REPORT_THRESHOLD) joins.push({ a, b, join: { score, evidence } });
  }
  joins.sort((x, y) => y.join.score - x.join.score || compare(pairKey(x.a.id, x.b.id), pairKey(y.a.id, y.b.id)));
  return group(joins, apart);
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
function candidatePairs(prints: readonly ReportPrint[]): [number, number][] {
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
  prints.forEach((p, i) => {
    if (p.from === null) return;
    for (const code of new Set(p.places.map((v) => v.countryCode))) if (code !== null) push(byCountry, code, i);
  });
  for (const members of byCountry.values()) {
    members.sort((x, y) => compare(prints[x]!.from!, prints[y]!.from!) || x - y);
    for (let m = 0; m < members.length; m++) {
      const until = nextDay(prints[members[m]!]!.to!);
      for (let n = m + 1; n < members.length && prints[members[n]!]!.from! <= until; n++) add(members[m]!, members[n]!);
    }
  }
  const df = new Map<number, number>();
  for (const p of prints) for (const h of p.sketch.mins) df.set(h, (df.get(h) ?? 0) + 1);
  const byText = new Map<number, number[]>();
  prints.forEach((p, i) => {
    const rare = p.sketch.mins.filter((h) => df.get(h)! > 1 && df.get(h)! <= MAX_TEXT_BUCKET).slice(0, TEXT_KEYS);
    for (const h of rare) push(byText, h, i);
  });
  for (const members of byText.values()) for (let m = 0; m < members.length; m++) for (let n = m + 1; n < members.length; n++) add(members[m]!, members[n]!);
  return out;
}

function push<K>(map: Map<K, number[]>, key: K, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function nextDay(iso: string): string {
  return new Date(Date.parse(iso) + 86_400_000).toISOString().slice(0, 10);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
