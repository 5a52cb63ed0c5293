// Screenshots of pages in Chromium and Firefox ESR, to look at what a reader sees:
// `node scripts/screenshot.mjs <url> [--out dir] [--width 1280,375] [--browsers chromium,firefox] [--no-js] [--dark] [--full]`
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findBrowser } from './browsers.mjs';

/** Tor Browser's "Safest" security level, as far as Firefox preferences express it. */
export const SAFEST_PREFS = {
  'javascript.enabled': false,
  'svg.disabled': true,
  'gfx.downloadable_fonts.enabled': false,
  'mathml.disabled': true,
};

const firefoxes = new WeakSet();

/** How long a browser may take to start or answer before we call it hung (a busy CI machine is slow, not hung). */
const HUNG_MS = 5 * 60_000;

/**
 * Launches one of our two browsers; `javascript: false` turns scripts off (Firefox: the Safest prefs);
 * `dark: true` makes Firefox prefer the dark scheme (Chromium does it per page, see `openPage`).
 */
export async function launch(id, { javascript = true, dark = false } = {}) {
  if (id === 'chromium') {
    return puppeteer.launch({
      executablePath: findBrowser('chromium'),
      headless: true,
      args: CHROMIUM_ARGS,
      timeout: HUNG_MS,
      protocolTimeout: HUNG_MS,
    });
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findBrowser('firefox'),
    headless: true,
    timeout: HUNG_MS,
    protocolTimeout: HUNG_MS,
    extraPrefsFirefox: {
      ...(javascript ? {} : SAFEST_PREFS),
      // 0 = dark: what `prefers-color-scheme` reports to pages.
      ...(dark ? { 'layout.css.prefers-color-scheme.content-override': 0 } : {}),
    },
  });
  firefoxes.add(browser);
  return browser;
}

/** Opens `url` in a new page of `browser` at `width`, with JavaScript on or off and the colour scheme given. */
export async function openPage(browser, url, { width = 1280, height = 900, javascript = true, dark = false } = {}) {
  const page = await browser.newPage();
  page.setDefaultTimeout(HUNG_MS);
  await page.setViewport({ width, height });
  // Firefox had JavaScript turned off at launch, with the rest of the Safest level.
  if (!javascript && !firefoxes.has(browser)) await page.setJavaScriptEnabled(false);
  if (dark && !firefoxes.has(browser))
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      out: { type: 'string', default: 'screenshots' },
      width: { type: 'string', default: '1280,375' },
      browsers: { type: 'string', default: 'chromium,firefox' },
      'no-js': { type: 'boolean', default: false },
      dark: { type: 'boolean', default: false },
      full: { type: 'boolean', default: false },
      slices: { type: 'boolean', default: false },
    },
  });
  await mkdir(values.out, { recursive: true });
  const javascript = !values['no-js'];
  for (const id of values.browsers.split(',')) {
    const browser = await launch(id, { javascript, dark: values.dark });
    try {
      for (const url of positionals) {
        for (const width of values.width.split(',').map(Number)) {
          const page = await openPage(browser, url, { width, height: 900, javascript, dark: values.dark });
          await new Promise((resolve) => setTimeout(resolve, 300));
          const name = `${new URL(url).pathname.replace(/\W+/g, '_')}-${id}-${width}${javascript ? '' : '-nojs'}${values.dark ? '-dark' : ''}.png`;
          if (values.slices) {
            // A long page as viewport-high images, each readable at full size.
            const total = await page.evaluate(() => document.documentElement.scrollHeight);
            // Scrolled viewports rather than clips: clips land off-target in right-to-left pages.
            for (let y = 0, index = 0; y < total; y += 900, index += 1) {
              const path = join(values.out, name.replace('.png', `-${index}.png`));
              await page.evaluate((top) => window.scrollTo(0, top), y);
              await new Promise((resolve) => setTimeout(resolve, 100));
              await page.screenshot({ path });
              console.log(path);
            }
          } else {
            if (values.full) {
              // A viewport as tall as the page, not fullPage's clip, which lands off-target right to left.
              const height = await page.evaluate(() => document.documentElement.scrollHeight);
              await page.setViewport({ width, height });
              await new Promise((resolve) => setTimeout(resolve, 100));
            }
            await page.screenshot({ path: join(values.out, name) });
            console.log(join(values.out, name));
          }
          await page.close();
        }
      }
    } finally {
      await browser.close();
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
