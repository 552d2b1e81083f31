import type { Role } from '../../schema/dataset.ts';

export type RoleChoice = 'any' | Role;
export const ROLE_CHOICES = ['any', 'participant', 'expert', 'organizer', 'host'] as const satisfies readonly RoleChoice[];

/** Everything a person can choose on screen; the URL is its only store. */
export interface ViewState {
  countries: string[];
  role: RoleChoice;
  topics: string[];
  /** Organisation ids (merged by the build step), so names with commas stay safe in the URL. */
  organizers: string[];
  q: string;
  from: string | null;
  to: string | null;
  event: string | null;
}

export const DEFAULT_VIEW: ViewState = {
  countries: [],
  role: 'any',
  topics: [],
  organizers: [],
  q: '',
  from: null,
  to: null,
  event: null,
};
