import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

// Only our own origin by default. Leaflet positions its panes with inline styles, hence
// 'unsafe-inline' for styles only; release images are https; a tile server, if set, is added.
function contentSecurityPolicy(tileUrl = process.env.VITE_TILE_URL): string {
  const tiles = tileUrl && URL.canParse(tileUrl) ? ` ${new URL(tileUrl).origin}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: https:${tiles}`,
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
  ].join('; ');
}

// Build only: the dev server's React refresh needs an inline script.
const cspMeta: Plugin = {
  name: 'csp-meta',
  apply: 'build',
  transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy() }, injectTo: 'head-prepend' }],
};

export default defineConfig({
  plugins: [react(), cspMeta],
  preview: {
    host: process.env.HOST ?? '127.0.0.1',
    port: Number(process.env.PORT ?? 4173),
    strictPort: true,
    headers: { 'Content-Security-Policy': contentSecurityPolicy() },
  },
});
