import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { atlasDevData } from './src/vite-plugins/atlas-dev-data.ts';
import { contentSecurityPolicy } from './src/vite-plugins/csp.ts';

// Build only: the dev server's React refresh needs an inline script.
const cspMeta: Plugin = {
  name: 'csp-meta',
  apply: 'build',
  transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy(process.env.VITE_TILE_URL) }, injectTo: 'head-prepend' }],
};

export default defineConfig({
  plugins: [react(), cspMeta, atlasDevData()],
  // Dev servers started side by side (the e2e files run two at a time) each keep their own
  // pre-bundled dependencies, so one never reads the other's half-written cache.
  cacheDir: process.env.ATLAS_VITE_CACHE ?? 'node_modules/.vite',
  preview: {
    host: process.env.HOST ?? '127.0.0.1',
    port: Number(process.env.PORT ?? 4173),
    strictPort: true,
    headers: { 'Content-Security-Policy': contentSecurityPolicy(process.env.VITE_TILE_URL) },
  },
});
