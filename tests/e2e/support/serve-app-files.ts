import type { Page } from 'playwright-core';
import type { Dataset } from '../../../src/schema/dataset.ts';
import { appFileBodies } from '../../app/fixtures/app-files-fetch.ts';

/** Answers the app's data requests with `dataset`'s app files, as the real encoder writes them; 404 for any other. */
export async function serveAppFiles(page: Page, dataset: Dataset): Promise<void> {
  const files = appFileBodies(dataset);
  await page.route('**/data/app/**', (route) => {
    const body = files.get(new URL(route.request().url()).pathname);
    return body === undefined ? route.fulfill({ status: 404 }) : route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(body) });
  });
}
