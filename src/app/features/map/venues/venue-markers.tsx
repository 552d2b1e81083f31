import { useMap } from 'react-leaflet';
import type { SelectedEvent } from '../../../view/selected-event.ts';
import type { VenueGroup } from '../../../view/venue-group.ts';
import type { LabelBoard } from '../layers/label-board.ts';
import { useVenueMarkers } from './use-venue-markers.ts';

interface Props {
  venues: readonly VenueGroup[];
  selectedEvent: SelectedEvent | null;
  onSelectEvent(id: string): void;
  animate: boolean;
  /** Where venue names meet country names (see LabelBoard). */
  labelBoard: LabelBoard;
}

export function VenueMarkers({ venues, selectedEvent, onSelectEvent, animate, labelBoard }: Props) {
  useVenueMarkers(useMap(), venues, selectedEvent, onSelectEvent, animate, labelBoard);
  return null;
}
