// 24 px across at the least: the WCAG 2.2 minimum target size.
export const MIN_RADIUS = 12;
export const MAX_RADIUS = 24;

/**
 * Marker radius in px by participants, on a square-root scale so the circle's AREA grows with the
 * number of people; a venue with no known participants still gets a tappable minimum.
 */
export function markerRadius(participants: number, maxParticipants: number): number {
  if (maxParticipants <= 0 || participants <= 0) return MIN_RADIUS;
  const t = Math.sqrt(Math.min(participants, maxParticipants) / maxParticipants);
  return Math.round(MIN_RADIUS + t * (MAX_RADIUS - MIN_RADIUS));
}
