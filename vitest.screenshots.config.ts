import { defineConfig, mergeConfig } from 'vitest/config';
import e2e from './vitest.e2e.config.ts';

// `npm run screenshots`: pictures of the main views for people to look at (screenshots/, git-ignored),
// on the same build and server as the browser tests, but not a test: nothing here can fail but the app.
export default mergeConfig(e2e, defineConfig({ test: { name: 'screenshots', include: ['tests/e2e/**/*.shots.ts'] } }));
