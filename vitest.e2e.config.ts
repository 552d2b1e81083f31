import { defineConfig } from 'vitest/config';

// Real-browser journeys: one build, one preview server and one Chromium (global setup), a
// connection to it per file, a fresh context per test. Two files at a time, one per core: each has
// its own servers, ports, folders and contexts, and every wait is on what the page shows, with
// limits far above its need.
export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: true,
    // One module graph per worker, not per file: playwright-core, the support modules and the build
    // step some files use are loaded once per worker (a second or more each). Safe here: no file
    // mocks a module, and what a support module keeps (built-datasets.ts's datasets) is only read.
    isolate: false,
    maxWorkers: 2,
    // Only catches a hang: each wait in a journey has its own limit (SOON, REBUILT), and none may
    // fail a test because the machine is busy.
    testTimeout: 600_000,
    hookTimeout: 240_000,
    teardownTimeout: 30_000,
  },
});
