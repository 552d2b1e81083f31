import type { EventSummary } from '../../schema/app-files.ts';
import type { TakingPart } from '../dataset/build-indexes.ts';

/** The open event as the map draws it: its summary, the countries taking part (for the flow lines) and its places' keys. */
export type SelectedEvent = EventSummary & { countries: readonly TakingPart[]; placeKeys: readonly string[] };
