import { realpathSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import { searchForWorkspaceRoot } from 'vite';
import react from '@vitejs/plugin-react';

// Two projects: Node for the schema and the build step, jsdom for React components.
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
          // and keep no state of their own between files (the app's files, which stub fetch, stay isolated).
          isolate: false,
          include: ['tests/schema/**/*.test.ts', 'tests/pipeline/**/*.test.ts', 'tests/export/**/*.test.ts', 'tests/vocabulary/**/*.test.ts', 'tests/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'app',
          environment: 'jsdom',
          include: ['tests/app/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/app/setup.ts'],
        },
      },
    ],
  },
});
