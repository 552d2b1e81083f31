import type { Correction } from '../../../schema/corrections.ts';
import { COUNT_QUALIFIERS, KINDS, type AtlasEvent } from '../../../schema/dataset.ts';

export const FIXABLE = {
  participantCount: 'Participant count',
  startDate: 'Start date',
  endDate: 'End date',
  kind: 'Kind of event',
  title: 'Title',
  removeCountry: 'Remove a country',
} as const;
export type Fixable = keyof typeof FIXABLE;

export interface FormValues {
  fact: Fixable;
  value: string;
  qualifier: (typeof COUNT_QUALIFIERS)[number];
  note: string;
}

/** The form's values → a corrections.yaml entry for this event, or what is missing. */
export function toCorrection(event: AtlasEvent, v: FormValues): { ok: true; correction: Correction } | { ok: false; problem: string } {
  const note = v.note.trim();
  if (note === '') return { ok: false, problem: 'Say why (the note is shown beside the fact).' };
  const base = { file: event.source.file, textSha256: event.source.sha256, note };
  const value = v.value.trim();
  switch (v.fact) {
    case 'participantCount': {
      const n = Number(value);
      if (!Number.isInteger(n) || n <= 0) return { ok: false, problem: 'The count must be a whole number above 0.' };
      return { ok: true, correction: { ...base, set: { participantCount: { value: n, qualifier: v.qualifier } } } };
    }
    case 'startDate':
    case 'endDate':
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return { ok: false, problem: 'Give the date as YYYY-MM-DD.' };
      return { ok: true, correction: { ...base, set: { [v.fact]: value } } };
    case 'kind':
      if (!(KINDS as readonly string[]).includes(value)) return { ok: false, problem: 'Choose a kind.' };
      return { ok: true, correction: { ...base, set: { kind: value as (typeof KINDS)[number] } } };
    case 'title':
      if (value === '') return { ok: false, problem: 'The title cannot be empty.' };
      return { ok: true, correction: { ...base, set: { title: value } } };
    case 'removeCountry':
      if (!event.countries.some((c) => c.code === value)) return { ok: false, problem: 'Choose the country to remove.' };
      return { ok: true, correction: { ...base, remove: [`countries.${value}`] } };
  }
}
