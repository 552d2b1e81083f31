import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type UserConfig } from 'vite';

/** The Vite config of a page `npm run bench:app` builds on its own (never part of the app): the folder of `configUrl`. */
export function benchPageConfig(configUrl: string): UserConfig {
  return defineConfig({
    root: fileURLToPath(new URL('.', configUrl)),
    base: './',
    plugins: [react()],
    publicDir: false,
    logLevel: 'warn',
  });
}
