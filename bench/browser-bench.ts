import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { build } from 'vite';
import { launchBrowser } from './browser.js';
import type { App } from '../server/app.js';
import { serveWebApp } from '../server/http/static-files.js';
import { createApp } from '../server/app.js';
import type { GraphGateway } from '../server/neo4j/gateway.js';
import { ms, percentile } from './stats.js';

const ROUTE_URL = '/?view=parcours&from=secretaire-medicale&to=technicien-information-medicale';
const BENCH_DIST = path.resolve('web/dist-bench');

/** Time to first route: from navigation to the route's text on screen, page by page. */
async function timeToFirstRoute(gateway: GraphGateway, runs: number): Promise<number[]> {
  const app: App = await createApp(gateway, { staticFiles: serveWebApp() });
  const url = await app.listen(0, '127.0.0.1');
  const browser = await launchBrowser();
  const samples: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const page = await browser.newPage();
      await page.goto(`${url}${ROUTE_URL}`);
      await page.locator('article.route').first().waitFor();
      samples.push(await page.evaluate<number>('performance.now()'));
      await page.close();
    }
  } finally {
    await browser.close();
    await app.stop();
  }
  return samples;
}

/** Layout and first frame of synthetic graphs, in the page built from web/bench/render.html. */
async function renderTimes(counts: number[], runs: number): Promise<Map<number, number[]>> {
  await build({
    configFile: path.resolve('web/vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: BENCH_DIST, rollupOptions: { input: path.resolve('web/bench/render.html') } },
  });
  const serve = serveWebApp(BENCH_DIST);
  const server = createServer((req, res) => {
    void serve(req, res).then((handled) => {
      if (!handled) res.writeHead(404).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const browser = await launchBrowser();
  const results = new Map<number, number[]>();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`http://127.0.0.1:${port}/bench/render.html`);
    // Polled with evaluate: waitForFunction evaluates strings in the page, which the CSP forbids.
    while (!(await page.evaluate<boolean>('typeof window.renderBench === "function"')))
      await new Promise((resolve) => setTimeout(resolve, 50));
    for (const count of counts) {
      await page.evaluate<number>(`window.renderBench(${count})`); // warm-up
      const samples: number[] = [];
      for (let i = 0; i < runs; i++)
        samples.push(await page.evaluate<number>(`window.renderBench(${count})`));
      results.set(count, samples);
    }
  } finally {
    await browser.close();
    server.close();
  }
  return results;
}

/** Browser figures of issue 4: first route, layout + render, bundle size (printed by run.ts). */
export async function runBrowserBench(gateway: GraphGateway): Promise<void> {
  const first = await timeToFirstRoute(gateway, 10);
  console.log('\nWeb app in headless Chromium');
  console.log(
    `  first route after load     p50 ${ms(percentile(first, 50)).padStart(9)}   p95 ${ms(percentile(first, 95)).padStart(9)}   (10 page loads)`,
  );
  for (const [count, samples] of await renderTimes([500, 2000], 5)) {
    console.log(
      `  layout + render ${String(count).padStart(4)} el.  p50 ${ms(percentile(samples, 50)).padStart(9)}   p95 ${ms(percentile(samples, 95)).padStart(9)}   (explorer layout, 5 runs)`,
    );
  }
}
