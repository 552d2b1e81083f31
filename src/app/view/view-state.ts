import type { Role } from '../../schema/dataset.ts';

export type RoleChoice = 'any' | Role;
export const ROLE_CHOICES = ['any', 'participant', 'expert', 'organizer', 'host'] as const satisfies readonly RoleChoice[];

/** Everything a person can choose on screen; the URL is its only store. */
export interface ViewState {
  countries: string[];
  role: RoleChoice;
  topics: string[];
  /** Organiser keys (see `organizerKey`), so names with commas stay safe in the URL. */
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

/** "US Embassy in Kazakhstan" → "us-embassy-in-kazakhstan": a stable, URL-safe organiser key. */
export function organizerKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}
