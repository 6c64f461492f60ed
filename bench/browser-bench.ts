import type { App } from '../server/app.js';

/** Browser measurements (issue 4) plug in here; without a built web app there is nothing to time. */
export async function runBrowserBench(_app: App): Promise<void> {
  await Promise.resolve();
  console.log('\nBrowser benchmark: skipped (the web app is not built yet).');
}
