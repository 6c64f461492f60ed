import type { AddressInfo } from 'node:net';
import path from 'node:path';
import Fastify from 'fastify';
import { build } from 'vite';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../scripts/browser.js';
import type { App } from '../server/app.js';
import { WEB_DIST, webApp } from '../server/http/web-app.js';
import { createApp } from '../server/app.js';
import type { GraphGateway } from '../server/neo4j/gateway.js';
import { ms, percentile } from './stats.js';

const ROUTE_URL = '/?view=parcours&from=secretaire-medicale&to=technicien-information-medicale';
const BENCH_DIST = path.resolve('web/dist-bench');

/** Runs `work` with the real app (its own HTTP server on the gateway) and a browser. */
async function withAppAndBrowser<T>(
  gateway: GraphGateway,
  work: (url: string, browser: Awaited<ReturnType<typeof launchBrowser>>) => Promise<T>,
): Promise<T> {
  const app: App = await createApp(gateway, { webRoot: WEB_DIST });
  await app.warm(); // as npm start does before it listens
  const url = await app.listen(0, '127.0.0.1');
  const browser = await launchBrowser();
  try {
    return await work(url, browser);
  } finally {
    await browser.close();
    await app.stop();
  }
}

/** In the page (the bench is compiled without the DOM's types): calls back at the routes' paint. */
const REPORT_ROUTES_PAINT = `new PerformanceObserver((list) => {
  for (const entry of list.getEntries())
    if (entry.identifier === 'routes') window.routesPainted(entry.renderTime);
}).observe({ type: 'element', buffered: true });`;

/** How long the bench waits for a page's first route to be painted. */
const PAINT_TIMEOUT_MS = 30_000;

/**
 * Time to first route: from navigation to the paint of the routes' text, as the browser's
 * Element Timing reports it for the comparison's caption (`elementtiming="routes"`). The page
 * calls back when it paints: polling it from the test driver would inject the driver's scripts
 * and queue behind the page's own work, measuring the driver as well (up to 0.5 s more).
 */
const timeToFirstRoute = (gateway: GraphGateway, runs: number) =>
  withAppAndBrowser(gateway, async (url, browser) => {
    const samples: number[] = [];
    const firstPaints: number[] = [];
    // One load first, not counted: a person's browser is already running.
    for (let i = -1; i < runs; i++) {
      const page = await browser.newPage();
      let painted: (renderTime: number) => void = () => undefined;
      const paint = new Promise<number>((resolve, reject) => {
        painted = resolve;
        setTimeout(() => {
          reject(new Error(`no route painted within ${PAINT_TIMEOUT_MS} ms`));
        }, PAINT_TIMEOUT_MS).unref();
      });
      await page.exposeFunction('routesPainted', (renderTime: number) => {
        painted(renderTime);
      });
      await page.addInitScript(REPORT_ROUTES_PAINT);
      await page.goto(`${url}${ROUTE_URL}`);
      const renderTime = await paint;
      // The page's own first paint (its header and form), for comparison: read once measured.
      const firstPaint = await page.evaluate<number>(
        "performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN",
      );
      if (i >= 0) {
        samples.push(renderTime);
        firstPaints.push(firstPaint);
      }
      await page.close();
    }
    return { samples, firstPaints };
  });

interface RenderTimes {
  graphs: Map<number, number[]>;
  /** The longest task (ms) during each layout and first frame. */
  longTasks: Map<number, number[]>;
  /** The team map (heatmap included) of 500 people × 70 skills, to a frame. */
  teamMap: number[];
  teamMapWhole: number[];
  /** Reading and checking a 500-row team workbook. */
  workbook: number[];
}

/** Runs a timing function of the bench page once to warm up, then `runs` times. */
async function timeInPage(page: Page, call: string, runs: number): Promise<number[]> {
  await page.evaluate<number>(call);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push(await page.evaluate<number>(call));
  return samples;
}

/**
 * The explorer's expand: from the click on « Afficher ses N voisins » of a node to the new nodes
 * drawn (listed), on the real app and graph.
 */
const explorerExpandTimes = (gateway: GraphGateway, runs: number) =>
  withAppAndBrowser(gateway, async (url, browser) => {
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
      await page.goto(`${url}/?view=explorer&focus=Role:secretaire-medicale`);
      const expand = page.getByRole('button', { name: /^Afficher ses \d+ voisins/ });
      await expand.waitFor();
      const before = await page.locator('.node-list li').count();
      const started = Date.now();
      await expand.click();
      while ((await page.locator('.node-list li').count()) <= before)
        await new Promise((resolve) => setTimeout(resolve, 5));
      samples.push(Date.now() - started);
      await page.close();
    }
    return samples;
  });

/**
 * Layout and first frame of synthetic graphs, the HR team map and a team workbook, in the page
 * built from web/bench/render.html.
 */
async function renderTimes(counts: number[], runs: number): Promise<RenderTimes> {
  await build({
    configFile: path.resolve('web/vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: BENCH_DIST, rollupOptions: { input: path.resolve('web/bench/render.html') } },
  });
  const server = Fastify();
  await server.register(webApp, { root: BENCH_DIST });
  await server.listen({ port: 0, host: '127.0.0.1' });
  const { port } = server.server.address() as AddressInfo;
  const browser = await launchBrowser();
  const graphs = new Map<number, number[]>();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`http://127.0.0.1:${port}/bench/render.html`);
    // Polled with evaluate: waitForFunction evaluates strings in the page, which the CSP forbids.
    while (!(await page.evaluate<boolean>('typeof window.renderBench === "function"')))
      await new Promise((resolve) => setTimeout(resolve, 50));
    for (const count of counts)
      graphs.set(count, await timeInPage(page, `window.renderBench(${count})`, runs));
    const longTasks = new Map<number, number[]>();
    for (const count of counts)
      longTasks.set(count, await timeInPage(page, `window.renderLongestTask(${count})`, runs));
    const teamMap = await timeInPage(page, 'window.teamBench(500, 70)', runs);
    const teamMapWhole = await timeInPage(page, 'window.teamBench(500, 70, true)', runs);
    const workbook = await timeInPage(page, 'window.xlsxBench(500)', runs);
    return { graphs, longTasks, teamMap, teamMapWhole, workbook };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Browser figures: first route, layout + render, bundle size (printed by run.ts). */
export async function runBrowserBench(gateway: GraphGateway, loads = 10): Promise<void> {
  const firstLoads = loads * 2;
  const { samples: first, firstPaints } = await timeToFirstRoute(gateway, firstLoads);
  console.log('\nWeb app in headless Chromium');
  console.log(
    `  first route painted        p50 ${ms(percentile(first, 50)).padStart(9)}   p95 ${ms(percentile(first, 95)).padStart(9)}   (${firstLoads} page loads, navigation to the routes' text painted)`,
  );
  console.log(
    `    page's first paint       p50 ${ms(percentile(firstPaints, 50)).padStart(9)}   p95 ${ms(percentile(firstPaints, 95)).padStart(9)}   (header and form: the route cannot come before it)`,
  );
  const expand = await explorerExpandTimes(gateway, loads);
  console.log(
    `  explorer expand            p50 ${ms(percentile(expand, 50)).padStart(9)}   p95 ${ms(percentile(expand, 95)).padStart(9)}   (click to new nodes listed, ${loads} page loads)`,
  );
  const times = await renderTimes([500, 2000], Math.min(loads, 5));
  for (const [count, samples] of times.graphs) {
    console.log(
      `  layout + render ${String(count).padStart(4)} el.  p50 ${ms(percentile(samples, 50)).padStart(9)}   p95 ${ms(percentile(samples, 95)).padStart(9)}   (explorer layout, ${Math.min(loads, 5)} runs)`,
    );
    const tasks = times.longTasks.get(count) ?? [];
    console.log(
      `  longest task ${String(count).padStart(4)} el.     p50 ${ms(percentile(tasks, 50)).padStart(9)}   p95 ${ms(percentile(tasks, 95)).padStart(9)}   (during layout and first frame; target < 200 ms)`,
    );
  }
  const line = (label: string, samples: number[], note: string) => {
    console.log(
      `  ${label.padEnd(25)} p50 ${ms(percentile(samples, 50)).padStart(9)}   p95 ${ms(percentile(samples, 95)).padStart(9)}   (${note})`,
    );
  };
  line(
    'team map 500 × 70',
    times.teamMap,
    'first screen: summary, plan, heatmap’s first rows; target ≤ 1 s',
  );
  line('  whole heatmap', times.teamMapWhole, 'every row, by slices, page answering between them');
  line('team workbook 500 rows', times.workbook, 'read and checked; target ≤ 1 s');
}
