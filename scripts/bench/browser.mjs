// Loads pages in Chromium and Firefox ESR (puppeteer-core, the installed browsers) and reads what the
// rows need: when the page was ready, main-thread time (Chromium), layout shifts and its requests.
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findBrowser } from '../browsers.mjs';

/** One of Tor Browser's letterboxed window sizes (multiples of 200 × 100), for every load. */
export const VIEWPORT = { width: 1000, height: 1000 };

export const BROWSERS = {
  chromium: { name: 'Chromium', options: () => ({ args: CHROMIUM_ARGS }) },
  firefox: { name: 'Firefox ESR', options: () => ({ browser: 'firefox' }) },
};

const launched = new WeakMap();

export async function launch(id) {
  const executablePath = findBrowser(id);
  if (!executablePath) throw new Error(`${BROWSERS[id].name} not found (see scripts/browsers.mjs)`);
  const browser = await puppeteer.launch({ executablePath, headless: true, ...BROWSERS[id].options() });
  launched.set(browser, id);
  return browser;
}

const READY = 'tor-bench-ready';

/**
 * Runs in the page before its own scripts (so it needs no inline script the page's CSP would refuse).
 * Marks READY once the load event has fired and, with `ready: 'elements'`, every tor-* element (also
 * inside shadow roots, such as the collection's cards) is defined and has finished updating — Lit's
 * `updateComplete` is false while an update queued another, as hydration does — and then the next
 * frame has been laid out and painted (a task queued from its requestAnimationFrame callback), so
 * that a page rendered by script pays for its layout as a parsed page does. Records layout shifts.
 */
function instrument({ ready, mark }) {
  const shifts = [];
  window.__torBenchShifts = shifts;
  if (PerformanceObserver.supportedEntryTypes?.includes('layout-shift')) {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) shifts.push([entry.startTime, entry.value]);
    }).observe({ type: 'layout-shift', buffered: true });
  } else window.__torBenchShifts = null;

  const torElements = (root) =>
    [...root.querySelectorAll('*')].flatMap((element) => [
      ...(element.localName.startsWith('tor-') ? [element] : []),
      ...(element.shadowRoot ? torElements(element.shadowRoot) : []),
    ]);
  async function rendered() {
    for (let settled = new Set(); ;) {
      const elements = torElements(document);
      if (elements.every((element) => settled.has(element))) return;
      await Promise.all(
        [...new Set(elements.map((element) => element.localName))].map((tag) => customElements.whenDefined(tag)),
      );
      for (const element of elements) {
        // An element that is not a Lit element (no updateComplete) counts as rendered once defined.
        while (element.updateComplete && !(await element.updateComplete));
        settled.add(element);
      }
    }
  }
  const loaded = new Promise((resolve) => addEventListener('load', resolve, { once: true }));
  const domReady = new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
  const painted = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  Promise.all([loaded, ready === 'elements' ? domReady.then(rendered) : null])
    .then(painted)
    .then(() => {
      performance.mark(mark);
      dispatchEvent(new Event(mark));
    });
}

/** Resolves in the page with READY's time (ms since navigation start), or rejects after `timeout`. */
const readyTime = (page, timeout) =>
  page.evaluate(
    (mark, timeout) =>
      new Promise((resolve, reject) => {
        const time = () => performance.getEntriesByName(mark)[0]?.startTime;
        if (time() !== undefined) return resolve(time());
        addEventListener(mark, () => resolve(time()), { once: true });
        setTimeout(() => reject(new Error(`not ready after ${timeout} ms`)), timeout);
      }),
    READY,
    timeout,
  );

/** The largest session window of layout shifts (gaps under 1 s, windows under 5 s), as CLS is defined. */
function cumulativeLayoutShift(shifts) {
  let largest = 0;
  let current = 0;
  let start = -Infinity;
  let previous = -Infinity;
  for (const [time, value] of shifts) {
    if (time - previous >= 1000 || time - start >= 5000) {
      current = 0;
      start = time;
    }
    current += value;
    previous = time;
    largest = Math.max(largest, current);
  }
  return largest;
}

/**
 * Loads `url` in a fresh browser context (no cache, no storage) and returns `{ readyMs, taskMs, cls,
 * requests }`. `readyMs`: when the page was ready, in ms since navigation start. Then the page gets
 * two frames and 300 ms more to settle (to paint, and for late layout shifts and requests); `taskMs`
 * is Chromium's main-thread task time by then (CDP Performance.getMetrics TaskDuration, in thread
 * time), `cls` the
 * page's layout shift (null where the browser does not report shifts). With `recordRequests`,
 * `requests` lists every URL the page asked for.
 */
export async function loadPage(browser, url, { ready, recordRequests = false, timeout = 60_000 }) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport(VIEWPORT);
    const requests = [];
    if (recordRequests) page.on('request', (request) => requests.push(request.url()));
    const cdp = launched.get(browser) === 'chromium' ? await page.createCDPSession() : undefined;
    // Thread time: the CPU time the main thread spent in tasks, not stretched when the machine is busy.
    await cdp?.send('Performance.enable', { timeDomain: 'threadTicks' });
    await page.evaluateOnNewDocument(instrument, { ready, mark: READY });
    await page.goto(url, { waitUntil: 'load', timeout });
    const readyMs = await readyTime(page, timeout);
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 300)))),
    );
    const metrics = cdp ? (await cdp.send('Performance.getMetrics')).metrics : [];
    const taskSeconds = metrics.find((metric) => metric.name === 'TaskDuration')?.value;
    const shifts = await page.evaluate(() => window.__torBenchShifts);
    return {
      readyMs,
      taskMs: taskSeconds === undefined ? undefined : taskSeconds * 1000,
      cls: shifts ? cumulativeLayoutShift(shifts) : null,
      requests,
    };
  } finally {
    await context.close();
  }
}

/** Whether the browser reports layout shifts (Firefox ESR does not, as of 153). */
export async function reportsLayoutShift(browser) {
  const page = await browser.newPage();
  try {
    return await page.evaluate(() => PerformanceObserver.supportedEntryTypes?.includes('layout-shift') ?? false);
  } finally {
    await page.close();
  }
}
