import { useMap } from 'react-leaflet';
import type { SelectedEvent } from '../../view/selected-event.ts';
import type { VenueGroup } from '../../view/venue-group.ts';
import { useVenueMarkers } from './use-venue-markers.ts';

interface Props {
  venues: readonly VenueGroup[];
  selectedEvent: SelectedEvent | null;
  onSelectEvent(id: string): void;
  animate: boolean;
}

export function VenueMarkers({ venues, selectedEvent, onSelectEvent, animate }: Props) {
  useVenueMarkers(useMap(), venues, selectedEvent, onSelectEvent, animate);
  return null;
}
