import { realpathSync } from 'node:fs';
import { configDefaults, defineConfig } from 'vitest/config';
import { searchForWorkspaceRoot } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The app's tests that need a document though they render no component: venue-popup builds its
 * elements with the DOM, initial-view's module imports Leaflet (which reads `window` when loaded).
 */
const APP_DOM_TS = ['tests/app/map/initial-view.test.ts', 'tests/app/map/venue-popup.test.ts'];

// Two projects: Node for the schema, the build step and the app's pure code (views, map geometry,
// matching: tests/app/**/*.test.ts), jsdom for React components (tests/app/**/*.test.tsx) and the
// two files above. A jsdom file costs seconds to set up (a fresh process, jsdom, React and the
// testing library each time), which the app's pure code does not need.
export default defineConfig({
  plugins: [react()],
  // A git worktree may share node_modules by symlink: files served from there (the SVG flags) are ours too.
  server: { fs: { allow: [searchForWorkspaceRoot(process.cwd()), realpathSync('node_modules')] } },
  test: {
    // Both cores: vitest's default on a 2-core machine is one worker (cores − 1), which leaves a core idle
    // while the single worker transforms, imports and runs every file in turn.
    maxWorkers: 2,
    // A time limit only catches a test that hangs: no test may fail because the machine is busy (a
    // shared 2-core machine can be ten times slower than an idle one), so none is timed tighter.
    testTimeout: 600_000,
    hookTimeout: 600_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          // One module graph per worker, not per file: the schema, the extractor and the gazetteer
          // (loadGazetteer keeps it) are loaded once per worker. Safe here: these files mock nothing
          // and keep no state of their own between files (the app's component files, which stub fetch and
          // mock the map, stay isolated).
          isolate: false,
          include: ['tests/schema/**/*.test.ts', 'tests/pipeline/**/*.test.ts', 'tests/export/**/*.test.ts', 'tests/vocabulary/**/*.test.ts', 'tests/app/**/*.test.ts', 'tests/*.test.ts'],
          exclude: [...APP_DOM_TS, ...configDefaults.exclude],
        },
      },
      {
        extends: true,
        test: {
          name: 'app',
          environment: 'jsdom',
          include: ['tests/app/**/*.test.tsx', ...APP_DOM_TS],
          setupFiles: ['tests/app/setup.ts'],
        },
      },
    ],
  },
});
