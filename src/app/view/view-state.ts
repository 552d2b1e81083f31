import type { Role } from '../../schema/dataset.ts';

export type RoleChoice = 'any' | Role;
export const ROLE_CHOICES = ['any', 'participant', 'expert', 'organizer', 'host'] as const satisfies readonly RoleChoice[];

/** Whether events with no date stay in the selection whatever the time window ('include', the default). */
export type UndatedChoice = 'include' | 'exclude';

/** The zooms the map allows (world to region). */
export const MAP_ZOOM = { min: 2, max: 10 } as const;

/** The map's centre and zoom as the URL keeps them: `map=43.238,76.946,5`. */
export interface MapView {
  lat: number;
  lon: number;
  zoom: number;
}

/** How the events are shown beside the list: on the map, or as a table over it (a view of its own on a phone). */
export type Display = 'map' | 'table';
export const DISPLAYS = ['map', 'table'] as const satisfies readonly Display[];

/** The table's order: a column and a direction (none: the event order). */
export interface TableSort {
  key: 'date' | 'count';
  direction: 'ascending' | 'descending';
}

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
  undated: UndatedChoice;
  /** Null until the map is moved (or a link gives it): the map then fits what is shown. */
  map: MapView | null;
  display: Display;
  sort: TableSort | null;
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
  undated: 'include',
  map: null,
  display: 'map',
  sort: null,
};
