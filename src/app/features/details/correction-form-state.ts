import type { Correction } from '../../../schema/corrections.ts';
import { COUNT_QUALIFIERS, KINDS, ROLES, type AtlasEvent, type Role } from '../../../schema/dataset.ts';

/** Every kind of correction the form makes, as the "Fact" choice names it. */
export const FIXABLE = {
  participantCount: 'Participant count',
  startDate: 'Start date',
  endDate: 'End date',
  kind: 'Kind of event',
  title: 'Title',
  venues: 'Venues (replace all)',
  addVenue: 'Add a venue',
  removeVenue: 'Remove a venue',
  addRole: "Add a country's role",
  changeRole: "Change a country's role",
  removeRole: "Remove a country's role",
  removeCountry: 'Remove a country',
  renameOrganizer: 'Rename or merge an organiser',
  removeOrganizer: 'Remove an organiser',
  person: "Fix a person's name or role",
} as const;
export type Fixable = keyof typeof FIXABLE;

export interface FormValues {
  fact: Fixable;
  /** What is typed: a count, a date, a title, places, a country code, a new name. */
  value: string;
  /** What is chosen among the event's own: a country, venue (its position), organiser, person, or "AF.organizer". */
  target: string;
  /** A second thing typed or chosen: a country's role to add, a person's role. */
  extra: string;
  qualifier: (typeof COUNT_QUALIFIERS)[number];
  note: string;
}

/** The "Change a country's role" choice that removes the role without giving another. */
export const NO_ROLE = 'none';

export const EMPTY_FORM: FormValues = { fact: 'participantCount', value: '', target: '', extra: '', qualifier: 'exact', note: '' };

type Result = { ok: true; correction: Correction } | { ok: false; problem: string };
type Fix = Omit<Correction, 'file' | 'textSha256' | 'note'>;

const PLACE = /^(?:[A-Z]{2}|[^,]*\p{L}[^,]*(?:,\s*[A-Z]{2})?)$/u;
const PLACE_PROBLEM = "Give each place as 'Town, CC' (Kasese, UG), a town, or a country code (UG).";

/** The form's values → a corrections.yaml entry for this event, or what is missing. */
export function toCorrection(event: AtlasEvent, v: FormValues): Result {
  const note = v.note.trim();
  if (note === '') return { ok: false, problem: 'Say why (the note is shown beside the fact).' };
  const fix = fixOf(event, v);
  if (typeof fix === 'string') return { ok: false, problem: fix };
  return { ok: true, correction: { file: event.source.file, textSha256: event.source.sha256, ...fix, note } };
}

function fixOf(event: AtlasEvent, v: FormValues): Fix | string {
  const value = v.value.trim();
  switch (v.fact) {
    case 'participantCount': {
      const n = Number(value);
      if (value === '' || !Number.isInteger(n) || n <= 0) return 'The count must be a whole number above 0.';
      return { set: { participantCount: { value: n, qualifier: v.qualifier } } };
    }
    case 'startDate':
    case 'endDate':
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'Give the date as YYYY-MM-DD.';
      return { set: { [v.fact]: value } };
    case 'kind':
      if (!(KINDS as readonly string[]).includes(value)) return 'Choose a kind.';
      return { set: { kind: value as (typeof KINDS)[number] } };
    case 'title':
      return value === '' ? 'The title cannot be empty.' : { set: { title: value } };
    default:
      return listFixOf(event, v, value);
  }
}

function listFixOf(event: AtlasEvent, v: FormValues, value: string): Fix | string {
  switch (v.fact) {
    case 'venues': {
      const places = value.split(';').map((p) => p.trim()).filter(Boolean);
      if (places.length === 0 || !places.every((p) => PLACE.test(p))) return PLACE_PROBLEM;
      return { set: { venues: places } };
    }
    case 'addVenue':
      return PLACE.test(value) ? { add: { venues: [value] } } : PLACE_PROBLEM;
    case 'removeVenue':
      return event.venues[Number(v.target)] && v.target !== '' ? { remove: [`venues.${v.target}`] } : 'Choose the venue to remove.';
    case 'addRole': {
      const code = value.toUpperCase();
      if (!/^[A-Z]{2}$/.test(code)) return "Give the country's two-letter code (AF).";
      if (!(ROLES as readonly string[]).includes(v.extra)) return 'Choose the role.';
      return { add: { countries: { [code]: [v.extra as Role] } } };
    }
    case 'changeRole': {
      const [code, from] = v.target.split('.');
      if (!code || !from) return "Choose the country's role to change.";
      if (v.extra === from) return 'Choose another role (or none, to remove this one).';
      if (v.extra === NO_ROLE) return { remove: [`countries.${v.target}`] };
      if (!(ROLES as readonly string[]).includes(v.extra)) return 'Choose the role.';
      return { add: { countries: { [code]: [v.extra as Role] } }, remove: [`countries.${v.target}`] };
    }
    case 'removeRole':
      return v.target === '' ? "Choose the country's role to remove." : { remove: [`countries.${v.target}`] };
    case 'removeCountry':
      return event.countries.some((c) => c.code === v.target) ? { remove: [`countries.${v.target}`] } : 'Choose the country to remove.';
    case 'renameOrganizer':
      if (!event.organizers.some((o) => o.name === v.target)) return 'Choose the organiser.';
      return value === '' ? 'Give the correct name (an organiser\'s name merges the two).' : { rename: { organizers: { [v.target]: value } } };
    case 'removeOrganizer':
      return event.organizers.some((o) => o.name === v.target) ? { remove: [`organizers.${v.target}`] } : 'Choose the organiser to remove.';
    case 'person': {
      const person = event.people.find((p) => p.name === v.target);
      if (!person) return 'Choose the person.';
      const role = v.extra.trim();
      return { rename: { people: { [person.name]: { name: value || person.name, role: role === '' ? null : role } } } };
    }
    default:
      return 'Choose a fact.';
  }
}
