import { benchPageConfig } from '../bench-page-config.ts';

// The naive baseline page for `npm run bench:app`.
export default benchPageConfig(import.meta.url);
