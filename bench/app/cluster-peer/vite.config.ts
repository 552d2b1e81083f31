import { benchPageConfig } from '../bench-page-config.ts';

// The markercluster peer page for `npm run bench:app`.
export default benchPageConfig(import.meta.url);
