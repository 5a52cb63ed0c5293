// The `tor-elements-prerender` command on a fixture static site.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyOfFixtureSite, prerender, withoutPrerendering } from './support.mjs';

const read = (folder, file) => readFileSync(join(folder, file), 'utf8');

test('expands every element and leaves every other byte of the page as it was', () => {
  const site = copyOfFixtureSite();
  const before = read(site, 'index.html');
  const { code, stdout } = prerender(['index.html'], site);
  assert.equal(code, 0);
  assert.match(
    stdout,
    /index\.html: rendered 6 \(tor-donate-banner, tor-user-group-card ×2, tor-user-groups, tor-tip-box, tor-onion-footer\)/,
  );
  const after = read(site, 'index.html');
  assert.notEqual(after, before);
  assert.equal(withoutPrerendering(after, before), before);
  // CRLF line ends, entities, comments, odd quoting, the <script> and the <template> stay exactly as written.
  assert.ok(after.includes("<body class=plain   data-x = 'single quoted'>\r\n"));
  assert.ok(after.includes('<template><tor-tip-box></tor-tip-box></template>'));
  assert.ok(after.includes('var untouched = "<tor-tip-box>";'));
});

test('is idempotent: a second run changes nothing', () => {
  const site = copyOfFixtureSite();
  assert.equal(prerender(['index.html', 'fa/index.html', '--csp'], site).code, 0);
  const once = [read(site, 'index.html'), read(site, 'fa/index.html')];
  assert.equal(prerender(['index.html', 'fa/index.html', '--csp'], site).code, 0);
  assert.deepEqual([read(site, 'index.html'), read(site, 'fa/index.html')], once);
});

test('renders each element in the language and direction around it, with registered content', () => {
  const site = copyOfFixtureSite();
  const { code } = prerender(['fa/index.html', '--content', 'fa=fa/content.json'], site);
  assert.equal(code, 0);
  const page = read(site, 'fa/index.html');
  const [tip, card] = page.split('<tor-user-group-card');
  assert.match(tip, /dir="rtl"[^>]*lang="fa"/);
  assert.ok(tip.includes('نکتهٔ تور'));
  assert.ok(tip.includes('تور را افرادی مثل شما'));
  assert.match(card, /dir="ltr"[^>]*lang="en"/);
  assert.ok(card.includes('Militaries use Tor'));
});

test('gives deep links a target without JavaScript: cards take their id, collections get anchors', () => {
  const site = copyOfFixtureSite();
  prerender(['index.html'], site);
  const page = read(site, 'index.html');
  assert.match(page, /<TOR-USER-GROUP-CARD group="journalist" heading-level="3" id="journalist">/);
  assert.match(page, /<span id="activists" slot="anchor-activists" data-tor-anchor><\/span>/);
  assert.match(page, /<span id="bloggers" slot="anchor-bloggers" data-tor-anchor><\/span>/);
});

test('reports an element it cannot render with file, line, element and reason, exits 1, and leaves that file alone', () => {
  const site = copyOfFixtureSite();
  const broken = read(site, 'broken/index.html');
  const unclosed = read(site, 'broken/unclosed.html');
  const { code, stderr, stdout } = prerender(['**/*.html'], site);
  assert.equal(code, 1);
  assert.match(
    stderr,
    /^broken\/index\.html:4:1: <tor-user-group-card> not rendered: tor-user-group-card: there is no user group "pirates"; use one of normalusers/m,
  );
  assert.match(stderr, /^broken\/unclosed\.html:5:3: <tor-tip-box> not rendered: <tor-tip-box> has no end tag/m);
  assert.equal(read(site, 'broken/index.html'), broken);
  assert.equal(read(site, 'broken/unclosed.html'), unclosed);
  assert.match(stdout, /2 of 4 files prerendered, 8 elements; 2 with errors, left unchanged\./);
  assert.ok(read(site, 'index.html').includes('shadowrootmode'));
});

test('writes to another folder with --out, keeping paths and the sources untouched', () => {
  const site = copyOfFixtureSite();
  const source = read(site, 'fa/index.html');
  const { code } = prerender(['fa/*.html', '--out', 'public'], site);
  assert.equal(code, 0);
  assert.equal(read(site, 'fa/index.html'), source);
  assert.ok(read(site, 'public/fa/index.html').includes('shadowrootmode'));
});

test('writes a Content-Security-Policy whose hashes are exactly the inline styles and scripts of the page', () => {
  const site = copyOfFixtureSite();
  const { code, stdout } = prerender(['index.html', '--csp', '--print-csp'], site);
  assert.equal(code, 0);
  const page = read(site, 'index.html');
  const hash = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
  const styles = [...page.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(([, css]) => css);
  // The page's own scripts and the one the banner asks for in the head (hiding a dismissed banner at once).
  const scripts = [...page.matchAll(/<script(?: data-tor-elements-script)?>([\s\S]*?)<\/script>/g)].map(([, js]) =>
    js.replace(/\r\n/g, '\n'),
  );
  assert.equal(scripts.length, 2);
  const sorted = (texts) => [...new Set(texts.map(hash))].sort();
  const meta = page.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)" data-tor-elements \/>/);
  assert.ok(meta, 'the meta element is written into <head>');
  // The shadow roots' styles, the page's own <style> and <script>, and the head script: the same policy works as a header.
  assert.equal(
    meta[1],
    `default-src 'self'; img-src 'self' data:; style-src 'self' ${sorted(styles).join(' ')}; script-src 'self' ${sorted(scripts).join(' ')}`,
  );
  assert.ok(stdout.includes(`Content-Security-Policy: ${meta[1]}`));
  // First in the head, right after <meta charset>: the policy covers the page's own styles and scripts as a
  // header would, and the head script runs before the page's stylesheets, which it would otherwise wait for.
  const head = page.slice(page.indexOf('<head>'), page.indexOf('</head>'));
  const order = [
    '<meta charset="utf-8">',
    '<meta http-equiv="Content-Security-Policy"',
    '<script data-tor-elements-script>',
    '<title>',
    '<style>',
    '<script>',
  ];
  const at = order.map((start) => head.indexOf(start));
  assert.ok(
    at.every((index) => index >= 0),
    `every part in the head: ${at}`,
  );
  assert.deepEqual(
    [...at].sort((a, b) => a - b),
    at,
    `in this order: ${order.join(', ')}`,
  );
  // A second run takes the previous policy and script out and writes them at the same place.
  assert.equal(prerender(['index.html', '--csp'], site).code, 0);
  assert.equal(read(site, 'index.html'), page, 'idempotent');
});

test('handles hundreds of files with a progress line', () => {
  const site = copyOfFixtureSite();
  mkdirSync(join(site, 'many'));
  for (let index = 0; index < 300; index += 1) {
    writeFileSync(
      join(site, 'many', `page-${index}.html`),
      `<!doctype html><p>Page ${index}</p><tor-tip-box tip="volunteer"></tor-tip-box>\n`,
    );
  }
  const started = performance.now();
  const { code, stdout } = prerender(['many/*.html', '--quiet'], site);
  const seconds = (performance.now() - started) / 1000;
  assert.equal(code, 0);
  assert.match(stdout, /300 of 300 files prerendered, 300 elements\./);
  assert.ok(existsSync(join(site, 'many/page-299.html')));
  assert.ok(read(site, 'many/page-150.html').includes('Tor is built by volunteers'));
  const progress = prerender(['many/*.html'], site).stdout;
  assert.match(progress, /^\[100\/300\] files$/m);
  assert.match(progress, /^\[300\/300\] files$/m);
  console.log(`# 300 pages prerendered in ${seconds.toFixed(1)} s`);
});

test('explains its usage and refuses to run without files', () => {
  assert.match(
    prerender(['--help'], copyOfFixtureSite()).stdout,
    /Usage: tor-elements-prerender \[options\] <file or glob>/,
  );
  const none = prerender(['nothing/*.html'], copyOfFixtureSite());
  assert.equal(none.code, 1);
  assert.match(none.stderr, /no files match nothing\/\*\.html/);
});
