import type { SelectedEvent } from '../../../view/selected-event.ts';

export type FlowRole = 'participant' | 'expert';

export interface FlowLink {
  /** The country, and the place of the event the line goes to: one line per country and place. */
  code: string;
  role: FlowRole;
  from: readonly [number, number];
  to: readonly [number, number];
}

/**
 * Lines for the selected event: from each country that sent participants or experts (at its label
 * point) to each of the event's places on the map. A country with both roles is drawn once, as a
 * participant; countries whose only roles are host or organiser get no line, nor do countries the
 * basemap cannot place.
 */
export function flowLinks(event: SelectedEvent | null, labelPoints: ReadonlyMap<string, readonly [number, number]>): FlowLink[] {
  if (!event) return [];
  // A venue known only by its country is drawn at the country's label point, and so are its lines.
  const places = event.venues.flatMap((v) => {
    if (v.lat !== null && v.lon !== null) return [[v.lat, v.lon] as const];
    const point = v.precision === 'country' && v.countryCode ? labelPoints.get(v.countryCode) : undefined;
    return point ? [point] : [];
  });
  return places.flatMap((to) =>
    event.countries.flatMap((country): FlowLink[] => {
      const role: FlowRole | null = country.roles.includes('participant') ? 'participant' : country.roles.includes('expert') ? 'expert' : null;
      const from = labelPoints.get(country.code);
      return role && from && from !== to ? [{ code: country.code, role, from, to }] : [];
    }),
  );
}

/**
 * A gentle arc from `from` to `to` ([lat, lon] pairs) as a quadratic Bézier bent to the left of the
 * direction of travel, so lines from neighbouring countries into one venue fan out instead of
 * overlapping. Returns `segments + 1` points including both ends.
 */
export function flowCurve(from: readonly [number, number], to: readonly [number, number], segments = 24): [number, number][] {
  const [y0, x0] = from;
  const [y2, x2] = to;
  const [dx, dy] = [x2 - x0, y2 - y0];
  const [cx, cy] = [(x0 + x2) / 2 - dy * 0.2, (y0 + y2) / 2 + dx * 0.2];
  const points: [number, number][] = [];
  for (let i = 0; i <= segments; i++) {
    const t = i / segments;
    const u = 1 - t;
    points.push([u * u * y0 + 2 * u * t * cy + t * t * y2, u * u * x0 + 2 * u * t * cx + t * t * x2]);
  }
  return points;
}
