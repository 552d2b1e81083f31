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
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
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
