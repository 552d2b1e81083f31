import L from 'leaflet';
import { useMemo } from 'react';
import { useMap } from 'react-leaflet';
import type { AtlasPane } from '../layers/ensure-pane.ts';
import { flowCurve, type FlowLink } from './flow-links.ts';
import { useLeafletLayer } from '../layers/use-leaflet-layer.ts';

const PANE = 'atlas-flows' satisfies AtlasPane;

/** Non-interactive arcs from participant and expert countries to the selected event's venue. */
export function FlowLines({ links }: { links: readonly FlowLink[] }) {
  const map = useMap();
  const group = useMemo(() => {
    if (links.length === 0) return null;
    const group = L.layerGroup();
    for (const link of links) {
      // Colours come from the role classes in map.css (CSS variables), not from Leaflet options.
      const className = `atlas-flow atlas-flow--${link.role}`;
      group.addLayer(L.polyline(flowCurve(link.from, link.to), { pane: PANE, className, interactive: false, weight: 2.5, dashArray: link.role === 'expert' ? '6 5' : undefined }));
      group.addLayer(L.circleMarker([link.from[0], link.from[1]], { pane: PANE, className: `${className} atlas-flow--origin`, interactive: false, radius: 3, weight: 1.5 }));
    }
    return group;
  }, [links]);
  useLeafletLayer(map, group, { pane: PANE });
  return null;
}
