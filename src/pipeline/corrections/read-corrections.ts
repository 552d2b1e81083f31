import type { Document, Node as YamlNode } from 'yaml';
import { Correction } from '../../schema/corrections.ts';
import type { Venue } from '../../schema/dataset.ts';
import { isReportRule, ReportRule } from '../../schema/report-rule.ts';
import { yamlModule } from '../formats/parsers.ts';

export interface LocatedCorrection {
  correction: Correction;
  /** 1-based line of the entry in corrections.yaml (its `- file:` line), for warnings. */
  line: number;
  /** The line of each place the entry names by name, by its path ("add.venues.0"), for an error that names it. */
  lines?: Readonly<Record<string, number>>;
  /** Each place named by name → its venue, once resolved (see resolveCorrectionPlaces). */
  places?: ReadonlyMap<string, Venue>;
}

/** A `sameEventAs` / `notSameEventAs` entry (src/schema/report-rule.ts), with its line. */
export interface LocatedReportRule {
  rule: ReportRule;
  line: number;
}

export type ReadCorrectionsResult =
  | { ok: true; corrections: LocatedCorrection[]; rules?: LocatedReportRule[] }
  /** The file is malformed: the build fails with this message (it names the line and what was expected). */
  | { ok: false; message: string };

/**
 * corrections.yaml → its entries, each with its line, or the first problem with its line:
 * "corrections.yaml line 7: set.participantCount.qualifier: expected one of exact, about, at least".
 * A missing or empty file is no corrections. Comments are YAML's own (`#`).
 */
export function readCorrections(source: string, file = 'corrections.yaml'): ReadCorrectionsResult {
  const { isSeq, LineCounter, parseDocument } = yamlModule();
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineOf = (offset: number) => lineCounter.linePos(offset).line;
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!;
    return { ok: false, message: `${file} line ${lineOf(error.pos[0])}: not valid YAML (${error.message.split('\n')[0]}): expected a list of entries ('- file: …')` };
  }
  if (doc.contents === null) return { ok: true, corrections: [] };
  if (!isSeq(doc.contents)) {
    return { ok: false, message: `${file} line ${lineOf(doc.contents.range?.[0] ?? 0)}: expected a list of corrections, each starting '- file: <release>'` };
  }
  const corrections: LocatedCorrection[] = [];
  const rules: LocatedReportRule[] = [];
  const items = doc.contents.items;
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as YamlNode;
    const entryLine = lineOf(item.range?.[0] ?? 0);
    const raw: unknown = (doc as Document).toJS().at(i);
    const parsed = isReportRule(raw) ? ReportRule.safeParse(raw) : Correction.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const node = nodeAt(item, issue.path);
      const line = node?.range ? lineOf(node.range[0]) : entryLine;
      const where = issue.path.length > 0 ? `${issue.path.map(String).join('.')}: ` : '';
      const keys = issue.code === 'unrecognized_keys' ? ` (${issue.keys.join(', ')})` : '';
      return { ok: false, message: `${file} line ${line}: entry ${i + 1}: ${where}${issue.message}${keys}` };
    }
    if ('sameEventAs' in parsed.data || 'notSameEventAs' in parsed.data) {
      rules.push({ rule: parsed.data as ReportRule, line: entryLine });
      continue;
    }
    const correction = parsed.data as Correction;
    const lines: Record<string, number> = {};
    for (const key of ['set', 'add'] as const) {
      correction[key]?.venues?.forEach((_, v) => {
        const node = nodeAt(item, [key, 'venues', v]);
        if (node?.range) lines[`${key}.venues.${v}`] = lineOf(node.range[0]);
      });
    }
    corrections.push({ correction, line: entryLine, ...(Object.keys(lines).length > 0 ? { lines } : {}) });
  }
  return { ok: true, corrections, ...(rules.length > 0 ? { rules } : {}) };
}

/** The YAML node an issue path points to (as deep as it exists), for its line. */
function nodeAt(node: YamlNode, path: readonly PropertyKey[]): YamlNode | null {
  const { isMap, isSeq } = yamlModule();
  let current: YamlNode | null = node;
  for (const key of path) {
    if (isMap(current)) {
      const pairs: { key: unknown; value: unknown }[] = current.items;
      const pair = pairs.find((p) => (p.key as { value?: unknown } | null)?.value === key);
      if (!pair) return current;
      current = (pair.value as YamlNode | null) ?? (pair.key as YamlNode);
    } else if (isSeq(current) && typeof key === 'number') {
      current = (current.items[key] as YamlNode | undefined) ?? current;
    } else {
      return current;
    }
  }
  return current;
}
