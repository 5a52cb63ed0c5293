// dist/web/ as a partner uses it without a bundler: the folder copied to their own site, one tag's module
// loaded by a page. The page must request nothing but that folder's files (relative imports only, no other
// origin), load the one shared Lit module, render the element, and stay well under the drop-in bundle.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch, openPage } from '../../scripts/screenshot.mjs';
import { serve } from '../../scripts/serve.mjs';

const WEB = 'dist/web';
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const gzipped = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const filesIn = (folder) =>
  readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name));

test('dist/web/ has a module per tag, all.js, content.js and one Lit module, importing only each other', () => {
  const files = filesIn(WEB).map((file) => relative(WEB, file));
  for (const tag of ['tor-user-group-card', 'tor-user-groups', 'tor-tip-box', 'tor-donate-banner', 'tor-onion-footer'])
    assert.ok(files.includes(`${tag}.js`), tag);
  for (const file of ['all.js', 'content.js', 'lit.js', 'before-upgrade.css']) assert.ok(files.includes(file), file);
  for (const file of filesIn(WEB).filter((name) => name.endsWith('.js'))) {
    const code = readFileSync(file, 'utf8');
    const specifiers = [...code.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["']([^"']+)["']/g)].map(([, spec]) => spec);
    for (const specifier of specifiers) assert.match(specifier, /^\.\.?\//, `${file} imports "${specifier}"`);
    assert.doesNotMatch(
      code,
      /https?:\/\/(?!onion\.torproject\.org|www\.torproject\.org|[\w.-]*torproject\.org)[^"'\s]*\.(js|css|woff2?)/,
      file,
    );
  }
  // Lit once: no other module carries its template engine.
  const withLit = filesIn(WEB).filter((file) => readFileSync(file, 'utf8').includes('lit$'));
  assert.deepEqual(
    withLit.map((file) => relative(WEB, file)),
    ['lit.js'],
  );
});

let server;
let origin;
let site;

before(async () => {
  // The partner's site: the folder copied under /assets/tor-elements/, and a page with only the footer.
  site = mkdtempSync(join(tmpdir(), 'tor-elements-self-hosted-'));
  cpSync(WEB, join(site, 'assets/tor-elements'), { recursive: true });
  writeFileSync(
    join(site, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner</title><link rel="icon" href="data:,">
    <script type="module" src="/assets/tor-elements/tor-onion-footer.js"></script></head>
    <body><main><p>Our page.</p></main><footer><tor-onion-footer></tor-onion-footer></footer></body></html>`,
  );
  server = await serve(site);
  origin = `http://127.0.0.1:${server.address().port}`;
});

after(() => {
  server?.close();
  rmSync(site, { recursive: true, force: true });
});

for (const id of ['chromium', 'firefox']) {
  describe(`a footer-only page in ${id === 'chromium' ? 'Chromium' : 'Firefox ESR'}`, () => {
    let browser;
    before(async () => (browser = await launch(id)));
    after(() => browser?.close());

    test('loads the footer, the shared module and Lit from the site itself, and renders the footer', async () => {
      const errors = [];
      const footerPage = await openPage(browser, `${origin}/`);
      footerPage.on('pageerror', (error) => errors.push(error.message));
      await footerPage.waitForFunction(() =>
        document.querySelector('tor-onion-footer')?.shadowRoot?.textContent?.includes('.onion'),
      );
      // Everything the page fetched besides itself, as the browser recorded it.
      const loaded = await footerPage.evaluate(() =>
        performance.getEntriesByType('resource').map((entry) => entry.name),
      );
      await footerPage.close();
      assert.deepEqual(errors, []);
      for (const url of loaded) assert.ok(url.startsWith(`${origin}/assets/tor-elements/`), url);
      const files = loaded.map((url) => url.slice(`${origin}/assets/tor-elements/`.length)).sort();
      assert.deepEqual(files, ['chunks/shared.js', 'lit.js', 'tor-onion-footer.js']);
      const bytes = files.reduce((sum, file) => sum + gzipped(join(WEB, file)), 0);
      const bundle = gzipped('dist/tor-elements.bundle.js');
      assert.ok(bytes < bundle * 0.75, `footer ${kib(bytes)} vs drop-in ${kib(bundle)}`);
      console.log(
        `# ${id}: a footer-only page loads ${files.length} files, ${kib(bytes)} gzipped (drop-in: ${kib(bundle)})`,
      );
    });
  });
}
