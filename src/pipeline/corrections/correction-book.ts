import { Correction } from '../../schema/corrections.ts';
import type { AtlasEvent } from '../../schema/dataset.ts';
import { describeIssues } from '../../schema/parse-dataset.ts';
import type { Gazetteer } from '../gazetteer/place.ts';
import { applyCorrection } from './apply-corrections.ts';
import type { LocatedCorrection } from './read-corrections.ts';
import { resolveCorrectionPlaces } from './resolve-places.ts';

/**
 * The corrections of one build, by release: applies them as events are built and, at the end,
 * names every one that could not be applied — never silently dropped, never silently applied.
 */
export class CorrectionBook {
  private readonly byFile = new Map<string, { entry: LocatedCorrection; source: string }[]>();
  private readonly used = new Set<LocatedCorrection>();
  private readonly warnings: string[] = [];

  constructor(corrections: readonly LocatedCorrection[], source = 'corrections.yaml') {
    for (const entry of corrections) this.add(entry, source);
  }

  /**
   * A Markdown file's front matter fixes: checked like an entry of corrections.yaml, its places
   * resolved by the gazetteer; a message when malformed or a place is unknown.
   */
  addFrontMatter(file: string, fix: { value: Record<string, unknown>; line: number }, gazetteer: () => Gazetteer): string | null {
    const parsed = Correction.safeParse({ ...fix.value, file });
    if (!parsed.success) return `${file}: the front matter's fix is malformed (${describeIssues(parsed.error).join('; ')}): expected set, add, remove or rename and a note, as in corrections.yaml`;
    const resolved = resolveCorrectionPlaces([{ correction: parsed.data, line: fix.line }], gazetteer, `${file} front matter`);
    if (!resolved.ok) return resolved.message;
    this.add(resolved.corrections[0]!, `${file} front matter`);
    return null;
  }

  /** Whether any correction names this release. */
  has(file: string): boolean {
    return this.byFile.has(file);
  }

  /** The event with every correction of its release applied, in file order (the same object when there is none). */
  apply(event: AtlasEvent): AtlasEvent {
    let current = event;
    for (const { entry, source } of this.byFile.get(event.source.file) ?? []) {
      this.used.add(entry);
      const applied = applyCorrection(current, entry, source);
      if (applied.ok) current = applied.event;
      else this.warnings.push(applied.warning);
    }
    return current;
  }

  /** Warnings for corrections not applied: their release is gone or was rejected, or it changed. */
  unused(rejectedFiles: ReadonlySet<string>): string[] {
    const missing: string[] = [];
    for (const [file, entries] of this.byFile) {
      for (const { entry, source } of entries) {
        if (this.used.has(entry)) continue;
        const why = rejectedFiles.has(file) ? 'was rejected, so it has no event to correct' : 'is not a release in the seeds folder (renamed or removed?)';
        missing.push(`${source} line ${entry.line}: not applied: '${file}' ${why}`);
      }
    }
    return [...this.warnings, ...missing];
  }

  private add(entry: LocatedCorrection, source: string): void {
    const list = this.byFile.get(entry.correction.file) ?? [];
    list.push({ entry, source });
    this.byFile.set(entry.correction.file, list);
  }
}
