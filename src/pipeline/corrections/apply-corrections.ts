import type { AtlasEvent } from '../../schema/dataset.ts';
import type { CorrectableField } from '../../schema/corrections.ts';
import type { LocatedCorrection } from './read-corrections.ts';

export type Applied = { ok: true; event: AtlasEvent } | { ok: false; warning: string };

// The span each scalar fact was read from: a corrected fact is no longer read from the text.
const PROVENANCE: Partial<Record<CorrectableField, keyof AtlasEvent['provenance']>> = {
  title: 'title', startDate: 'startDate', endDate: 'endDate', durationDays: 'durationDays', kind: 'kind',
  participantCount: 'participantCount', imageUrl: 'imageUrl',
};

/**
 * One correction applied to the event it names, or a warning naming its line when it cannot be
 * applied without guessing: the text changed since it was written (`textSha256` differs), or it
 * removes a fact the event does not have. `set` replaces a field; `remove: [countries.IR]` drops
 * Iran, `remove: [participantCount]` makes the count null. Each corrected field is listed in
 * `corrections` with the note, loses its source span and any derivation of it.
 * "set: { participantCount: { value: 65, qualifier: exact } }" → participantCount 65, corrections
 * [{ field: "participantCount", note }].
 */
export function applyCorrection(event: AtlasEvent, { correction: c, line }: LocatedCorrection, file = 'corrections.yaml'): Applied {
  const at = `${file} line ${line} (${c.file})`;
  if (c.textSha256 && c.textSha256 !== event.source.sha256) {
    return { ok: false, warning: `${at}: not applied: the release's text changed since the correction was written (textSha256 ${c.textSha256.slice(0, 12)}…, now ${event.source.sha256.slice(0, 12)}…); check it and update textSha256` };
  }
  const next: Record<string, unknown> = { ...event, provenance: { ...event.provenance } };
  const fields: string[] = [];
  for (const [field, value] of Object.entries(c.set ?? {})) {
    if (value === undefined) continue;
    next[field] = value;
    fields.push(field);
  }
  for (const path of c.remove ?? []) {
    const removed = removeFact(next, path);
    if (removed !== null) return { ok: false, warning: `${at}: not applied: ${removed}` };
    fields.push(path);
  }
  for (const field of fields) {
    const provenance = PROVENANCE[field as CorrectableField];
    if (provenance) (next['provenance'] as Record<string, unknown>)[provenance] = null;
  }
  keepDatesConsistent(next, fields);
  const touched = (f: string) => fields.some((x) => f === x || f.startsWith(`${x}.`) || x.startsWith(`${f}.`));
  next['derivations'] = event.derivations.filter((d) => !touched(d.field));
  next['corrections'] = [...(event.corrections ?? []), ...fields.map((field) => ({ field, note: c.note }))];
  return { ok: true, event: next as AtlasEvent };
}

/** Removes `field` or `field.KEY` from the event in place; a message when there is no such fact. */
function removeFact(event: Record<string, unknown>, path: string): string | null {
  const [field, key] = path.split('.') as [string, string | undefined];
  const value = event[field];
  if (key === undefined) {
    if (value === undefined) return `'${field}' is not a field of an event`;
    event[field] = Array.isArray(value) ? [] : null;
    return null;
  }
  if (!Array.isArray(value)) return `'${field}' is not a list, so '${path}' names nothing`;
  const index = value.findIndex((item: Record<string, unknown>, i) => item['code'] === key || item['id'] === key || String(i) === key);
  if (index < 0) return `the event has no '${path}' to remove`;
  event[field] = value.filter((_, i) => i !== index);
  return null;
}

/** `dates.start`/`dates.end` are null exactly when the day is: a day set by hand is a stated one. */
function keepDatesConsistent(event: Record<string, unknown>, fields: readonly string[]): void {
  if (fields.includes('dates')) return;
  const dates = { ...(event['dates'] as AtlasEvent['dates']) };
  if (fields.includes('startDate')) dates.start = event['startDate'] === null ? null : 'stated';
  if (fields.includes('endDate')) dates.end = event['endDate'] === null ? null : 'stated';
  event['dates'] = dates;
}
