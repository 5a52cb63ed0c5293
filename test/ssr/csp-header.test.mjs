// The policy `tor-elements-prerender --print-csp` prints, sent as a header for the whole page, in real
// browsers: the page's own inline styles, scripts and style attributes keep working beside the elements'.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, openPage } from '../../scripts/screenshot.mjs';
import { ROOT } from './support.mjs';

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Partner</title>
<style>p.own { color: rgb(1, 2, 3) }</style>
<script type="module">document.documentElement.dataset.ran = 'yes';</script>
</head><body>
<p class="own">Our words</p>
<p id="attribute" style="color: rgb(4, 5, 6)">Styled inline</p>
<tor-tip-box tip="donate"></tor-tip-box>
</body></html>
`;

let server;
let base;
const pages = new Map();

before(() => {
  const folder = mkdtempSync(join(tmpdir(), 'tor-elements-csp-'));
  writeFileSync(join(folder, 'index.html'), PAGE);
  const run = spawnSync(process.execPath, [join(ROOT, 'dist/ssr/bin.js'), 'index.html', '--print-csp'], {
    cwd: folder,
    encoding: 'utf8',
  });
  assert.equal(run.status, 0, run.stderr);
  const policy = run.stdout.match(/^Content-Security-Policy: (.+)$/m)[1];
  const html = readFileSync(join(folder, 'index.html'), 'utf8');
  pages.set('/printed', { html, policy });
  // The same policy without its hashes: proves the browser enforces it at all.
  pages.set('/no-hashes', { html, policy: policy.replace(/ 'sha256-[^']+'/g, '') });
  server = createServer((request, response) => {
    const page = pages.get(request.url);
    if (!page) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': page.policy });
    response.end(page.html);
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => done((base = `http://127.0.0.1:${server.address().port}`))),
  );
});

after(() => server?.close());

const LOOKS = () => ({
  own: getComputedStyle(document.querySelector('p.own')).color,
  attribute: getComputedStyle(document.querySelector('#attribute')).color,
  ran: document.documentElement.dataset.ran ?? 'no',
  box: getComputedStyle(document.querySelector('tor-tip-box').shadowRoot.querySelector('[part~="box"]'))
    .borderInlineStartWidth,
});

for (const id of ['chromium', 'firefox']) {
  describe(`${id}: the printed Content-Security-Policy sent as a header`, () => {
    let browser;
    before(async () => (browser = await launch(id)));
    after(() => browser?.close());

    test('lets the page’s own inline style, script and style attribute work, and the elements’ styles', async () => {
      const page = await openPage(browser, `${base}/printed`);
      const looks = await page.evaluate(LOOKS);
      await page.close();
      assert.deepEqual(looks, { own: 'rgb(1, 2, 3)', attribute: 'rgb(4, 5, 6)', ran: 'yes', box: '4px' });
    });

    test('is enforced: without its hashes, the same inline styles and script are blocked', async () => {
      const page = await openPage(browser, `${base}/no-hashes`);
      const looks = await page.evaluate(LOOKS);
      await page.close();
      assert.notEqual(looks.own, 'rgb(1, 2, 3)');
      assert.notEqual(looks.attribute, 'rgb(4, 5, 6)');
      assert.equal(looks.ran, 'no');
      assert.notEqual(looks.box, '4px');
    });
  });
}
