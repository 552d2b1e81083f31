import type { EventSummary } from '../../schema/app-files.ts';
import type { TakingPart } from '../dataset/build-indexes.ts';

/** The open event as the map draws it: its summary and the countries taking part (for the flow lines). */
export type SelectedEvent = EventSummary & { countries: readonly TakingPart[] };
