import type { Map as LeafletMap } from 'leaflet';

// Our own panes keep the stacking fixed whatever order layers are added in: shapes (overlay, 400)
// < flow lines < country labels < venue markers (600) < popups (700).
const Z_INDEX = { 'atlas-flows': 420, 'atlas-labels': 450 } as const;

export type AtlasPane = keyof typeof Z_INDEX;

export function ensurePane(map: LeafletMap, name: AtlasPane): string {
  if (!map.getPane(name)) {
    const pane = map.createPane(name);
    pane.style.zIndex = String(Z_INDEX[name]);
    // Labels and flows never take clicks: countries and markers underneath must stay clickable.
    pane.style.pointerEvents = 'none';
  }
  return name;
}
