// The demo page in the package's real translations (dist/demo/fa.html and ru.html): prerendered in the
// language and direction of the page, every translated string shown, nothing in English where the
// translation is complete; and with JavaScript on, still so once the elements load their translation.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'parse5';
import { launch } from '../../scripts/screenshot.mjs';
import { serve } from '../../scripts/serve.mjs';
import { englishContent, plainText } from '../../dist/content/index.js';
import { messagesOf } from '../../dist/i18n/messages.js';
import { ROOT } from './support.mjs';

const PAGES = [
  { file: 'fa.html', lang: 'fa', dir: 'rtl', script: /\p{Script=Arabic}/u },
  { file: 'ru.html', lang: 'ru', dir: 'ltr', script: /\p{Script=Cyrillic}/u },
];

const fold = (text) => text.replace(/\s+/g, ' ').trim();
const translation = (lang) => JSON.parse(readFileSync(join(ROOT, 'dist/locales', `${lang}.json`), 'utf8'));
const demoFile = (file) => readFileSync(join(ROOT, 'dist/demo', file), 'utf8');

/**
 * The English of every translatable string, in the pieces a fallback would show whole: placeholders
 * split them, and only pieces of two words or more count (a name such as "SecureDrop" stays a name).
 */
const englishPieces = messagesOf(englishContent)
  .flatMap((message) => {
    switch (message.kind) {
      case 'string':
        return [message.english];
      case 'segments':
        return [plainText(message.english)];
      case 'richText':
        return [plainText(message.english.segments)];
      case 'plural':
        return Object.values(message.english);
    }
  })
  .flatMap((text) => text.split(/\{\w+\}/))
  .map(fold)
  .filter((piece) => /[A-Za-z]+\W+[A-Za-z]+/.test(piece));

const attribute = (node, name) => node.attrs?.find((a) => a.name === name)?.value;

/**
 * What a reader of the prerendered page sees, shadow roots included, without the demo's own language
 * switcher (it names every page in its own language): the text, and each element's `lang`.
 */
function readPage(html) {
  const texts = [];
  const langs = [];
  const walk = (node) => {
    for (const child of node.childNodes ?? []) {
      if (child.nodeName === '#text') texts.push(child.value);
      if (!child.tagName || ['style', 'script', 'title'].includes(child.tagName)) continue;
      if (attribute(child, 'class') === 'languages') continue;
      const lang = attribute(child, 'lang');
      if (lang !== undefined) langs.push({ tag: child.tagName, lang, text: fold(textOf(child)).slice(0, 60) });
      walk(child.tagName === 'template' ? child.content : child);
    }
  };
  const textOf = (node) =>
    (node.childNodes ?? []).map((child) => (child.nodeName === '#text' ? child.value : textOf(child))).join('');
  const document = parse(html);
  walk(document);
  const root = document.childNodes.find((node) => node.tagName === 'html');
  return { text: fold(texts.join('')), langs, lang: attribute(root, 'lang'), dir: attribute(root, 'dir') };
}

describe('the demo page in the shipped translations, prerendered', () => {
  test('the English page holds the English strings the check looks for (so the check can fail)', () => {
    const { text } = readPage(demoFile('index.html'));
    const shown = englishPieces.filter((piece) => text.includes(piece));
    assert.ok(shown.length > 60, `${shown.length} of ${englishPieces.length} English strings found`);
  });

  for (const { file, lang, dir, script } of PAGES) {
    test(`${file}: lang="${lang}" dir="${dir}", the page and every element in ${lang}, nothing in English`, () => {
      const page = readPage(demoFile(file));
      assert.equal(page.lang, lang);
      assert.equal(page.dir, dir);
      const content = translation(lang);
      assert.ok(page.text.includes(fold(content.page.title)), 'the translated title');
      for (const paragraph of [...content.page.intro, ...content.page.outro])
        assert.ok(page.text.includes(fold(plainText(paragraph.segments))), plainText(paragraph.segments).slice(0, 40));
      for (const group of content.userGroups) {
        assert.match(group.heading, script);
        assert.ok(page.text.includes(fold(group.heading)), group.heading);
      }
      assert.ok(page.text.includes(fold(content.ui.tipBox.heading)), 'the tip box heading');
      assert.deepEqual(
        englishPieces.filter((piece) => page.text.includes(piece)),
        [],
        'English strings on the page',
      );
      assert.deepEqual(
        page.langs.filter((element) => !element.lang.toLowerCase().startsWith(lang)),
        [],
        'elements marked as in another language',
      );
    });
  }

  test('the language switcher lists every demo page, each named in its own language and linked', () => {
    for (const file of ['index.html', 'fa.html', 'ru.html', 'rtl.html', 'long.html']) {
      const html = demoFile(file);
      for (const [target, name] of [
        ['fa.html', '<a href="fa.html"[^>]* hreflang="fa" lang="fa" dir="rtl">فارسی</a>'],
        ['ru.html', '<a href="ru.html"[^>]* hreflang="ru" lang="ru" dir="ltr">Русский</a>'],
        ['index.html', '<a href="index.html"[^>]* hreflang="en">English</a>'],
      ])
        assert.match(html, new RegExp(name), `${file} links to ${target}`);
    }
  });
});

// One browser suffices to show the page keeps its language once scripts run (the prerendered reading
// is the same markup in both; test/ssr/pages.test.mjs covers hydration in both browsers).
describe('the demo page in the shipped translations, rendered by the drop-in bundle with JavaScript on (Chromium)', () => {
  let server;
  let base;
  let browser;
  before(async () => {
    // The demo pages are prerendered for the enhancement script, which loads no content. Beside them,
    // each page as a site without the prerender step would write it: the same markup, no shadow roots,
    // the drop-in bundle, which renders the elements and loads their translation itself.
    const site = mkdtempSync(join(tmpdir(), 'tor-elements-demo-locales-'));
    cpSync(join(ROOT, 'dist'), site, { recursive: true });
    for (const { file } of PAGES) {
      const clientRendered = demoFile(file)
        .replaceAll(/<template shadowrootmode="open">[\s\S]*?<\/template>/g, '')
        .replace('../tor-elements.enhance.js', '../tor-elements.bundle.js');
      writeFileSync(join(site, 'demo', `client-${file}`), clientRendered);
    }
    server = await serve(site);
    base = `http://127.0.0.1:${server.address().port}`;
    browser = await launch('chromium');
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  for (const { file, lang } of PAGES) {
    test(`${file}: the elements load locales/${lang}.js from the page's origin once and stay in ${lang}`, async () => {
      const page = await browser.newPage();
      const problems = [];
      const requests = [];
      page.on('console', (message) => ['error', 'warn'].includes(message.type()) && problems.push(message.text()));
      page.on('pageerror', (error) => problems.push(error.message));
      page.on('request', (request) => requests.push(new URL(request.url())));
      await page.goto(`${base}/demo/client-${file}`, { waitUntil: 'networkidle0' });
      await page.evaluate(async () => {
        const tags = ['tor-donate-banner', 'tor-user-groups', 'tor-tip-box', 'tor-onion-footer'];
        await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
        for (const element of document.querySelectorAll(tags.join(', '))) while (!(await element.updateComplete));
      });
      const text = await page.evaluate(() => {
        const parts = [];
        const walk = (root) => {
          for (const node of root.childNodes) {
            if (node.nodeType === 3) parts.push(node.data);
            else if (
              node.nodeType === 1 &&
              !['style', 'script'].includes(node.localName) &&
              node.className !== 'languages'
            ) {
              if (node.shadowRoot) walk(node.shadowRoot);
              walk(node);
            }
          }
        };
        walk(document.body);
        return parts.join('').replace(/\s+/g, ' ');
      });
      await page.close();
      assert.deepEqual(problems, []);
      assert.deepEqual(
        requests.filter((url) => url.origin !== base),
        [],
        'requests to another origin',
      );
      assert.deepEqual(
        requests.filter((url) => url.pathname.includes('/locales/')).map((url) => url.pathname),
        [`/locales/${lang}.js`],
      );
      const content = translation(lang);
      for (const group of content.userGroups) assert.ok(text.includes(fold(group.heading)), group.heading);
      assert.deepEqual(
        englishPieces.filter((piece) => text.includes(piece)),
        [],
        'English strings on the page',
      );
    });
  }
});
