import L from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { ensurePane } from './ensure-pane.ts';
import { flowCurve, type FlowLink } from './flow-links.ts';

/** Non-interactive arcs from participant and expert countries to the selected event's venue. */
export function FlowLines({ links }: { links: readonly FlowLink[] }) {
  const map = useMap();
  useEffect(function drawFlowLines() {
    if (links.length === 0) return;
    const pane = ensurePane(map, 'atlas-flows');
    const group = L.layerGroup();
    for (const link of links) {
      // Colours come from the role classes in map.css (CSS variables), not from Leaflet options.
      const className = `atlas-flow atlas-flow--${link.role}`;
      group.addLayer(L.polyline(flowCurve(link.from, link.to), { pane, className, interactive: false, weight: 2.5, dashArray: link.role === 'expert' ? '6 5' : undefined }));
      group.addLayer(L.circleMarker([link.from[0], link.from[1]], { pane, className: `${className} atlas-flow--origin`, interactive: false, radius: 3, weight: 1.5 }));
    }
    group.addTo(map);
    return function removeFlowLines() {
      group.remove();
    };
  }, [map, links]);
  return null;
}
