// Browser tests in Chromium and Firefox ESR (Tor Browser's engine), from the TypeScript sources.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findBrowser } from './scripts/browsers.mjs';
import { FIREFOX_MEDIA_ARGS } from './scripts/emulate-media.mjs';
import { countingReporter } from './scripts/wtr-counting-reporter.mjs';
import { torMediaPlugin } from './scripts/wtr-media-plugin.mjs';
import { torSsrPlugin } from './scripts/wtr-ssr-plugin.mjs';
import { shippedLocalesWtrPlugin } from './scripts/shipped-locales-module.mjs';
import { defaultReporter } from '@web/test-runner';

const chromiumPath = findBrowser('chromium');
const firefoxPath = findBrowser('firefox');
if (!chromiumPath || !firefoxPath) {
  throw new Error('Chromium or Firefox ESR is missing: run `npm test`, which installs them or says what to install.');
}

const only = process.env.TOR_BROWSERS?.split(',');
const browsers = [
  [
    'chromium',
    chromeLauncher({ launchOptions: { executablePath: chromiumPath, headless: true, args: CHROMIUM_ARGS } }),
  ],
  [
    'firefox',
    // Firefox through puppeteer-core (WebDriver BiDi) with the installed Firefox ESR: no package in the
    // tree downloads a browser at install time. Its arguments let tests emulate print and forced colours.
    chromeLauncher({
      puppeteer,
      launchOptions: { browser: 'firefox', executablePath: firefoxPath, headless: true, args: FIREFOX_MEDIA_ARGS },
    }),
  ],
]
  .filter(([id]) => !only || only.includes(id))
  .map(([, launcher]) => launcher);

export default {
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: { exportConditions: ['development', 'browser'] },
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }),
    torSsrPlugin(),
    torMediaPlugin(),
    // The package's translations for the story tests, as Storybook gets them.
    shippedLocalesWtrPlugin(),
  ],
  browsers,
  // One page at a time per browser: tests that move keyboard focus fail when pages compete for it.
  concurrency: 1,
  // Lit announces dev mode once per page; that is expected in tests, not news.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  // Limits that only stop a hung run. None measures speed: on a busy 2-core machine one long test (the
  // right-to-left user groups, axe on every state) or one file of many stories can take minutes.
  testFramework: { config: { timeout: 5 * 60_000 } },
  testsFinishTimeout: 20 * 60_000,
  testsStartTimeout: 5 * 60_000,
  browserStartTimeout: 5 * 60_000,
  // The element tests run twice: rendered in the browser, and rendered on the server (the prerender
  // step, built from the sources when the run starts) then hydrated. test/helpers.ts's `fixture` reads the mode.
  groups: [{ name: 'server-rendered', files: [process.env.TOR_SSR_FILES ?? 'test/components/*.test.ts'] }],
  testRunnerHtml: (testFramework, _config, group) => {
    const serverRendered = group?.name === 'server-rendered';
    return `<!doctype html>
    <html>
      <body>
        <script>window.TOR_FIXTURE_MODE = ${JSON.stringify(serverRendered ? 'server-rendered' : 'client')};</script>
        ${serverRendered ? '<script type="module" src="/test/setup/hydrate-support.ts"></script>' : ''}
        <script type="module" src="/test/setup/readable-assertions.ts"></script>
        <script type="module" src="${testFramework}"></script>
      </body>
    </html>`;
  },
  reporters: [defaultReporter(), countingReporter(process.env.TOR_WTR_COUNTS)],
};
