// A prerendered page with the enhancement script (tor-elements/enhance.js) instead of hydration, in
// both browsers: the script changes nothing a reader sees until they act; the banner's dismiss is
// remembered and a dismissed banner is hidden before it is parsed, let alone painted, under the page's
// strict Content-Security-Policy; the footer copies with its status in the page's words; the footer's
// offer follows the reader's host.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, openPage } from '../../scripts/screenshot.mjs';
import { serve } from '../../scripts/serve.mjs';
import { getContent } from '../../dist/content/index.js';
import { prerenderHtml } from '../../dist/ssr/index.js';
import { ROOT } from './support.mjs';

const content = getContent();
const campaign = content.campaigns[0].id;
const address = content.onionServices[0].address;
const SCRIPT = '<script type="module" src="enhance.js"></script>';
// Records, right after the banner is parsed and before anything after it, whether it takes space.
const PROBE =
  "<script>window.bannerAtParse = getComputedStyle(document.querySelector('tor-donate-banner')).display</script>";

const page = (body, { script = true } = {}) =>
  prerenderHtml(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Enhanced</title>${script ? SCRIPT : ''}</head>` +
      `<body>${body}</body></html>`,
    { cspMeta: true },
  ).html;

const BODY =
  `<tor-donate-banner heading-level="0"></tor-donate-banner>${PROBE}<main><h1>A page</h1>` +
  '<tor-tip-box></tor-tip-box></main><tor-onion-footer no-links></tor-onion-footer>';

let server;
let base;

before(async () => {
  const site = mkdtempSync(join(tmpdir(), 'tor-elements-enhance-'));
  copyFileSync(join(ROOT, 'dist/tor-elements.enhance.js'), join(site, 'enhance.js'));
  const enhanced = page(BODY);
  const plain = page(BODY, { script: false });
  writeFileSync(join(site, 'index.html'), enhanced);
  writeFileSync(join(site, 'no-script.html'), plain);
  // The page without the hash of the banner's head script: proves the policy is what lets it run.
  const headScript = /<script data-tor-elements-script>([\s\S]*?)<\/script>/.exec(plain)[1];
  const hash = `'sha256-${createHash('sha256').update(headScript).digest('base64')}'`;
  assert.ok(plain.includes(hash), 'the policy hashes the head script');
  writeFileSync(join(site, 'unhashed.html'), plain.replace(` ${hash}`, ''));
  writeFileSync(
    join(site, 'onion-server.html'),
    page(`<tor-onion-footer no-links page-host="${address}"></tor-onion-footer>`),
  );
  server = await serve(site);
  base = `http://127.0.0.1:${server.address().port}/`;
});

after(() => server?.close());

/** The enhancement script has run: it is a module, run after parsing and before `load`, which openPage awaits. */
const ready = async (tab) => assert.equal(await tab.evaluate(() => document.readyState), 'complete');

const bannerHeight = (tab) =>
  tab.evaluate(() => document.querySelector('tor-donate-banner').getBoundingClientRect().height);

for (const id of ['chromium', 'firefox']) {
  describe(`${id}: the enhancement script on a prerendered page`, () => {
    let browser;
    before(async () => (browser = await launch(id)));
    after(() => browser?.close());

    test('changes no pixel until the reader acts (screenshots with and without it are identical)', async () => {
      for (const width of [1280, 375]) {
        const [enhanced, plain] = [
          await openPage(browser, base, { width }),
          await openPage(browser, `${base}no-script.html`, { width }),
        ];
        await ready(enhanced);
        const [withScript, without] = [
          await enhanced.screenshot({ fullPage: true }),
          await plain.screenshot({ fullPage: true }),
        ];
        assert.ok(withScript.equals(without), `${width} px: the page changed when the script ran`);
        await Promise.all([enhanced.close(), plain.close()]);
      }
    });

    test('the page carries no Lit and defines no element: it is the prerendered page, enhanced', async () => {
      const tab = await openPage(browser, base);
      await ready(tab);
      assert.equal(await tab.evaluate(() => customElements.get('tor-donate-banner')), undefined);
      assert.match(await tab.evaluate(() => document.querySelector('meta[http-equiv]').content), /^default-src 'self'/);
      await tab.close();
    });

    test('Dismiss hides the banner, says so with tor-dismiss, keeps focus, and is remembered: the banner is gone before it is parsed on the next page', async () => {
      const tab = await openPage(browser, base);
      await ready(tab);
      assert.equal(await tab.evaluate(() => window.bannerAtParse), 'block');
      assert.ok((await bannerHeight(tab)) > 50);
      await tab.evaluate(() =>
        document.addEventListener('tor-dismiss', (event) => (window.dismissed = event.detail), { once: true }),
      );
      await (await tab.$('tor-donate-banner >>> button[part~="dismiss"]')).click();
      assert.equal(await bannerHeight(tab), 0);
      assert.deepEqual(await tab.evaluate(() => window.dismissed), { campaign });
      assert.equal(await tab.evaluate(() => document.activeElement?.localName), 'tor-donate-banner');
      assert.equal(await tab.evaluate((key) => sessionStorage.getItem(key), `tor-elements:dismissed:${campaign}`), '1');
      // The next page of the site in this tab, without the enhancement script: only the head script hides it.
      await tab.goto(`${base}no-script.html`, { waitUntil: 'load' });
      assert.equal(await tab.evaluate(() => window.bannerAtParse), 'none', 'hidden when it was parsed');
      assert.equal(await bannerHeight(tab), 0);
      // Where the policy does not allow that script, it does not run: the policy is enforced and hashes it.
      await tab.goto(`${base}unhashed.html`, { waitUntil: 'load' });
      assert.ok((await bannerHeight(tab)) > 50);
      await tab.close();
    });

    test('Copy copies the address and says so in the page’s words; where the browser refuses, it says so and selects the address', async () => {
      for (const allowed of [true, false]) {
        const tab = await openPage(browser, base);
        await ready(tab);
        await tab.evaluate((allow) => {
          Object.defineProperty(navigator, 'clipboard', {
            configurable: true,
            value: {
              writeText: (text) => (
                (window.copied = text),
                allow ? Promise.resolve() : Promise.reject(new Error('no'))
              ),
            },
          });
          document.execCommand = () => false;
          document.addEventListener('tor-copy', (event) => (window.copyEvent = event.detail), { once: true });
        }, allowed);
        await (await tab.$('tor-onion-footer >>> button[part~="copy"]')).click();
        const status = await tab.waitForFunction(
          () =>
            document
              .querySelector('tor-onion-footer')
              .shadowRoot.querySelector('[part~="status"]')
              .textContent.trim() || undefined,
        );
        const { copied, copyFailed } = content.ui.onionFooter;
        assert.equal(await status.jsonValue(), allowed ? copied : copyFailed);
        assert.equal(await tab.evaluate(() => window.copied), address);
        assert.deepEqual(await tab.evaluate(() => window.copyEvent), { address, copied: allowed });
        if (!allowed) assert.equal(await tab.evaluate(() => getSelection().toString()), address);
        await tab.close();
      }
    });

    test('the footer offers the onion address on the web, whatever host the server rendered for', async () => {
      const tab = await openPage(browser, `${base}onion-server.html`);
      await ready(tab);
      const shown = await tab.evaluate(() =>
        [...document.querySelector('tor-onion-footer').shadowRoot.querySelectorAll('.offer')]
          .filter((offer) => !offer.hidden)
          .map((offer) => offer.textContent.replace(/\s+/g, ' ').trim()),
      );
      assert.equal(shown.length, 1);
      assert.ok(shown[0].includes(address), shown[0]);
      await tab.close();
    });
  });
}
