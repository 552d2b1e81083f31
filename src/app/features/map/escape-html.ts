// Dataset text (city names, titles) comes from untrusted press releases; anything that Leaflet will
// put into innerHTML (divIcon html, string tooltips) goes through this first.
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}
