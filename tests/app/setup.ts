import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy… and waitFor resolve as soon as what they wait for is on screen; their limit (1 s by
// default) only decides when to give up. On a busy shared machine a first render can take longer
// than a second, so the limit is one that catches a screen that never comes, not a slow one.
configure({ asyncUtilTimeout: 60_000 });

afterEach(cleanup);
