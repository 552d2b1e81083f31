// The app's Content-Security-Policy, composed at build time (vite.config.ts puts it in a <meta> of
// the built page and in the preview server's header). Node-side: the app itself never imports it.

/**
 * Only the app's own origin by default. Exceptions, each because the app needs it: inline styles
 * (Leaflet positions its panes with style attributes), `data:` images (the favicon, Leaflet's
 * icons) and `https:` images (a release's photo, fetched only when the reader asks). A tile
 * server is allowed only when VITE_TILE_URL names one:
 * "https://{s}.tile.example.org/{z}/{x}/{y}.png" → "https://*.tile.example.org".
 */
export function contentSecurityPolicy(tileUrl?: string): string {
  const tiles = tileSource(tileUrl);
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: https:${tiles ? ` ${tiles}` : ''}`,
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
  ].join('; ');
}

/**
 * The scheme and host of a tile URL template, as a CSP source; null when there is none or it is not
 * a plain http(s) host, so a crafted value can never add a directive ("x; script-src *").
 */
export function tileSource(tileUrl: string | undefined): string | null {
  const match = /^(https?):\/\/([^/?#]+)/i.exec(tileUrl?.trim() ?? '');
  if (!match) return null;
  // Leaflet's subdomain placeholder becomes a CSP wildcard label.
  const host = match[2]!.replace(/^\{[a-z]+\}\./i, '*.').toLowerCase();
  if (!/^(?:\*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*(?::\d{1,5})?$/.test(host)) return null;
  return `${match[1]!.toLowerCase()}://${host}`;
}
