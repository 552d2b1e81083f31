import type { AtlasEvent, Role, Venue } from '../../../schema/dataset.ts';
import { countryName } from '../../../vocabulary/country-names.ts';
import { placeLabel } from '../../../vocabulary/place-label.ts';
import { ROLE_LABEL } from '../../../vocabulary/role-labels.ts';
import { EMPTY_FORM, type FormValues } from './correction-form-state.ts';

/** One fact of an event as the details panel shows it, which its "Correct" button opens the form on. */
export type FactRef =
  | { fact: 'title' | 'dates' | 'kind' | 'count' }
  | { fact: 'venue'; index: number }
  | { fact: 'role'; code: string; role: Role }
  /** `name` as the release wrote it (what a rename corrects), `shown` as the build merged it. */
  | { fact: 'organizer'; name: string; shown?: string }
  | { fact: 'person'; name: string };

/** A venue as the form's place names write it: "Kasese, UG", a code alone for a country-level place. */
function placeName(v: Venue): string {
  if (v.precision === 'country' && v.countryCode) return v.countryCode;
  return [v.city ?? v.region ?? v.name, v.countryCode].filter(Boolean).join(', ');
}

/**
 * The form opened on one fact, its current value filled in to edit: a venue opens "Venues (replace
 * all)" with every venue written out ("Kara-Balta, KG; Naryn, KG"), so fixing one keeps the others
 * and their order; a country's role opens "Change a country's role" on that role.
 */
export function correctionPreset(event: AtlasEvent, ref: FactRef): FormValues {
  switch (ref.fact) {
    case 'title':
      return { ...EMPTY_FORM, fact: 'title', value: event.title };
    case 'dates':
      return { ...EMPTY_FORM, fact: 'startDate', value: event.startDate ?? '' };
    case 'kind':
      return { ...EMPTY_FORM, fact: 'kind', value: event.kind };
    case 'count':
      return { ...EMPTY_FORM, fact: 'participantCount', value: event.participantCount ? String(event.participantCount.value) : '', qualifier: event.participantCount?.qualifier ?? 'exact' };
    case 'venue':
      return { ...EMPTY_FORM, fact: 'venues', value: event.venues.map(placeName).join('; ') };
    case 'role':
      return { ...EMPTY_FORM, fact: 'changeRole', target: `${ref.code}.${ref.role}` };
    case 'organizer':
      return { ...EMPTY_FORM, fact: 'renameOrganizer', target: ref.name, value: ref.shown ?? ref.name };
    case 'person': {
      const person = event.people.find((p) => p.name === ref.name);
      return { ...EMPTY_FORM, fact: 'person', target: ref.name, value: ref.name, extra: person?.role ?? '' };
    }
  }
}

/** "Uganda's", "the Philippines'". */
function possessive(name: string): string {
  return name.endsWith('s') ? `${name}'` : `${name}'s`;
}

/** The button's accessible name, which says what it corrects: "Correct the venue Kasese", "Correct Uganda's role as participant". */
export function correctionLabel(event: AtlasEvent, ref: FactRef): string {
  switch (ref.fact) {
    case 'title':
      return 'Correct the title';
    case 'dates':
      return 'Correct the dates';
    case 'kind':
      return 'Correct the kind of event';
    case 'count':
      return 'Correct the participant count';
    case 'venue': {
      const venue = event.venues[ref.index];
      return venue ? `Correct the venue ${placeLabel(venue)}` : 'Correct the venues';
    }
    case 'role':
      return `Correct ${possessive(countryName(ref.code))} role as ${ROLE_LABEL[ref.role].toLowerCase()}`;
    case 'organizer':
      return `Correct the organiser ${ref.shown ?? ref.name}`;
    case 'person':
      return `Correct the person ${ref.name}`;
  }
}
