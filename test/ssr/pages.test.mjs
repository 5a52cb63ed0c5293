// The prerendered demo page ("Who uses Tor", every element) in real browsers: with JavaScript off as
// in Tor Browser's Safest level, hydrated with JavaScript on, and under its strict Content-Security-Policy.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { launch, openPage } from '../../scripts/screenshot.mjs';
import { serve } from '../../scripts/serve.mjs';
import { getContent, plainText } from '../../dist/content/index.js';
import { ROOT } from './support.mjs';
import { seedTorTip } from '../node/seed.mjs';

const content = getContent();
const ELEMENTS = 'tor-donate-banner, tor-user-groups, tor-tip-box, tor-onion-footer';
let server;
let base;
let site;

before(async () => {
  // A copy of dist/ to serve, so that variants of the page can sit beside the real one.
  site = mkdtempSync(join(tmpdir(), 'tor-elements-pages-'));
  cpSync(join(ROOT, 'dist'), site, { recursive: true });
  const page = readFileSync(join(site, 'demo/hydrated.html'), 'utf8');
  // Before hydration: the hydrated page with no script to load.
  writeFileSync(join(site, 'demo/no-scripts.html'), page.replace(/<script type="module"[^>]*><\/script>/g, ''));
  // The same policy without the style hashes: proves the policy is enforced at all.
  writeFileSync(join(site, 'demo/no-hashes.html'), page.replace(/ 'sha256-[^']+'/g, ''));
  server = await serve(site);
  base = `http://127.0.0.1:${server.address().port}/demo/`;
});

after(() => server?.close());

/** Every text in the document and all shadow roots, whitespace folded (styles left out). */
const deepText = () => {
  const parts = [];
  // Text nodes are joined as they are: a link followed by "." must read "records." as on the page.
  const walk = (root) => {
    for (const node of root.childNodes) {
      if (node.nodeType === 3) parts.push(node.data);
      else if (node.nodeType === 1 && node.localName !== 'style' && node.localName !== 'script') {
        if (node.shadowRoot) walk(node.shadowRoot);
        walk(node);
      }
    }
  };
  walk(document.body);
  return parts.join('').replace(/\s+/g, ' ');
};

/** What share of a screenshot differs from its most common colour, and how many colours it has. */
function pictureStats(buffer) {
  const { data } = PNG.sync.read(buffer);
  const counts = new Map();
  for (let index = 0; index < data.length; index += 4) {
    const key = data.readUInt32BE(index);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const pixels = data.length / 4;
  return { inked: 1 - Math.max(...counts.values()) / pixels, colours: counts.size };
}

const fold = (text) => text.replace(/\s+/g, ' ').trim();

/** Each card of the collection: its height, and the height its content needs (to its last child, with padding and border). */
const cardHeights = () =>
  [...document.querySelector('tor-user-groups').shadowRoot.querySelectorAll('[part~="card-card"]')].map((card) => {
    const box = card.getBoundingClientRect();
    const style = getComputedStyle(card);
    const ends = [...card.children].map((child) => child.getBoundingClientRect()).filter((rect) => rect.height > 0);
    const content =
      Math.max(...ends.map((rect) => rect.bottom)) -
      box.top +
      parseFloat(style.paddingBlockEnd) +
      parseFloat(style.borderBlockEndWidth);
    return { id: card.id, height: box.height, content, line: parseFloat(style.lineHeight) };
  });

/** The headings of the page in reading order, shadow roots included: `h1 Who uses Tor`. */
const headingsInOrder = () => {
  const found = [];
  const walk = (root) => {
    for (const element of root.children) {
      if (/^h[1-6]$/.test(element.localName)) found.push(`${element.localName} ${element.textContent.trim()}`);
      if (element.shadowRoot) walk(element.shadowRoot);
      walk(element);
    }
  };
  walk(document.body);
  return found;
};

/** Where focus is, inside shadow roots too: the focused element's part or tag. */
const focused = () => {
  let element = document.activeElement;
  while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
  return element?.getAttribute('part') ?? element?.localName;
};

/** Where two screenshots differ: the number of pixels and the box around them, or `null` when identical. */
function difference(first, second) {
  const [a, b] = [PNG.sync.read(first), PNG.sync.read(second)];
  if (a.width !== b.width || a.height !== b.height) return `sizes ${a.width}×${a.height} and ${b.width}×${b.height}`;
  const box = { pixels: 0, left: Infinity, top: Infinity, right: -1, bottom: -1 };
  for (let y = 0; y < a.height; y += 1) {
    for (let x = 0; x < a.width; x += 1) {
      const index = (y * a.width + x) * 4;
      if (a.data.readUInt32BE(index) === b.data.readUInt32BE(index)) continue;
      box.pixels += 1;
      Object.assign(box, {
        left: Math.min(box.left, x),
        top: Math.min(box.top, y),
        right: Math.max(box.right, x),
        bottom: Math.max(box.bottom, y),
      });
    }
  }
  return box.pixels === 0 ? null : JSON.stringify(box);
}

for (const id of ['firefox', 'chromium']) {
  describe(`${id} with JavaScript off${id === 'firefox' ? ' (Tor Browser’s Safest level: no JavaScript, SVG, remote fonts or MathML)' : ''}`, () => {
    let browser;
    before(async () => (browser = await launch(id, { javascript: false })));
    after(() => browser?.close());

    test('the page reads in full: every group heading and item, the tip, the banner and the onion address', async () => {
      const page = await openPage(browser, base, { javascript: false });
      assert.equal(await page.evaluate(() => typeof window.customElements.get('tor-tip-box')), 'undefined');
      const text = await page.evaluate(deepText);
      for (const group of content.userGroups) {
        assert.ok(text.includes(group.heading), group.heading);
        for (const item of group.items)
          assert.ok(
            text.includes(fold(plainText(item.segments))),
            `${group.id}: ${plainText(item.segments).slice(0, 40)}`,
          );
      }
      const tipTexts = content.tips.map((tip) => fold(plainText(tip.segments)));
      assert.ok(
        tipTexts.some((tip) => text.includes(tip)),
        'a tip',
      );
      assert.ok(text.includes(content.campaigns[0].headline), 'the banner');
      assert.ok(text.includes(content.onionServices[0].address), 'the onion address');
      const shot = await page.screenshot({ fullPage: true });
      const stats = pictureStats(shot);
      assert.ok(stats.inked > 0.1 && stats.colours > 50, `not blank: ${JSON.stringify(stats)}`);
      await page.close();
    });

    for (const width of [1280, 375]) {
      test(`no card carries more than a line of empty space (${width} px)`, async () => {
        const page = await openPage(browser, base, { javascript: false, width });
        for (const card of await page.evaluate(cardHeights)) {
          assert.ok(
            card.height - card.content <= card.line,
            `${card.id}: ${Math.round(card.height)} px tall for ${Math.round(card.content)} px of content`,
          );
        }
        await page.close();
      });
    }

    test('the banner is read before the page, is no heading, and its Dismiss is a button after Donate that Enter and Space work', async () => {
      for (const key of ['Enter', ' ']) {
        const page = await openPage(browser, base, { javascript: false });
        assert.equal((await page.evaluate(headingsInOrder))[0], `h1 ${content.page.title}`);
        await page.keyboard.press('Tab');
        assert.equal(await page.evaluate(focused), 'cta');
        await page.keyboard.press('Tab');
        assert.equal(await page.evaluate(focused), 'dismiss');
        const control = await page.evaluate(() => {
          let element = document.activeElement;
          while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
          return { tag: element.localName, name: element.getAttribute('aria-label') };
        });
        // A <summary>: exposed as a button, which Enter and Space press.
        assert.deepEqual(control, { tag: 'summary', name: `Dismiss “${content.campaigns[0].headline}”` });
        await page.keyboard.press(key);
        const height = await page.evaluate(
          () => document.querySelector('tor-donate-banner').getBoundingClientRect().height,
        );
        assert.equal(height, 0, `${key === ' ' ? 'Space' : key} dismisses the banner`);
        await page.close();
      }
    });

    test('the Tor Tip is the page’s own, whatever the day', async () => {
      const page = await openPage(browser, base, { javascript: false });
      const tip = await page.evaluate(() => {
        const box = document.querySelector('tor-tip-box');
        return {
          text: box.shadowRoot.querySelector('[part~="text"]').textContent,
          byDay: box.hasAttribute('server-day'),
        };
      });
      assert.equal(fold(tip.text), seedTorTip());
      assert.equal(tip.byDay, false);
      await page.close();
    });

    test('deep links reach a group, the banner can be dismissed, and the copy button is not offered', async () => {
      const page = await openPage(browser, `${base}#activists`, { javascript: false });
      const anchorTop = await page.evaluate(() => document.getElementById('activists').getBoundingClientRect().top);
      assert.ok(Math.abs(anchorTop) < 40, `the #activists anchor is at the top of the window (${anchorTop})`);
      const copyShown = await page.evaluate(
        () =>
          getComputedStyle(document.querySelector('tor-onion-footer').shadowRoot.querySelector('[part~="copy"]'))
            .display,
      );
      assert.equal(copyShown, 'none');
      const banner = () =>
        page.evaluate(() => document.querySelector('tor-donate-banner').getBoundingClientRect().height);
      assert.ok((await banner()) > 50);
      await page.evaluate(() => window.scrollTo(0, 0));
      // A real click at the label's place: scripts are off, so nothing may depend on them.
      const { x, y } = await page.evaluate(() => {
        const box = document
          .querySelector('tor-donate-banner')
          .shadowRoot.querySelector('summary.dismiss')
          .getBoundingClientRect();
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      });
      await page.mouse.click(x, y);
      assert.equal(await banner(), 0);
      await page.close();
    });
  });

  describe(`${id} with JavaScript on`, () => {
    let browser;
    before(async () => (browser = await launch(id)));
    after(() => browser?.close());

    const hydrated = async (url, width) => {
      const page = await browser.newPage();
      const problems = [];
      page.on(
        'console',
        (message) => ['error', 'warn', 'warning'].includes(message.type()) && problems.push(message.text()),
      );
      page.on('pageerror', (error) => problems.push(error.message));
      await page.setViewport({ width, height: 900 });
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForFunction(
        (selector) => [...document.querySelectorAll(selector)].every((element) => element.hasUpdated),
        {},
        ELEMENTS,
      );
      await page.evaluate(async (selector) => {
        await document.fonts.ready;
        for (const element of document.querySelectorAll(selector)) while (!(await element.updateComplete));
      }, ELEMENTS);
      return { page, problems };
    };

    for (const width of [1280, 375]) {
      test(`hydrates without errors, duplicates or a visible change (${width} px)`, async () => {
        const { page, problems } = await hydrated(`${base}hydrated.html`, width);
        assert.deepEqual(problems, []);
        const bases = await page.evaluate(
          (selector) =>
            [...document.querySelectorAll(selector)].map(
              (element) => element.shadowRoot.querySelectorAll('[part~="base"]').length,
            ),
          ELEMENTS,
        );
        assert.deepEqual(bases, [1, 1, 1, 1]);
        const afterHydration = await page.screenshot({ fullPage: true });
        const plain = await openPage(browser, `${base}no-scripts.html`, { width });
        await plain.evaluate(() => document.fonts.ready);
        const beforeHydration = await plain.screenshot({ fullPage: true });
        assert.equal(
          difference(beforeHydration, afterHydration),
          null,
          'the screenshots before and after hydration are identical',
        );
        await Promise.all([page.close(), plain.close()]);
      });
    }

    test('the hydrated elements respond: the dismiss button hides the banner', async () => {
      const { page } = await hydrated(`${base}hydrated.html`, 1280);
      await (await page.$('tor-donate-banner >>> button.dismiss')).click();
      const height = await page.evaluate(
        () => document.querySelector('tor-donate-banner').getBoundingClientRect().height,
      );
      assert.equal(height, 0);
      await page.close();
    });

    test('the page runs under its own strict Content-Security-Policy, which is enforced', async () => {
      const background = async (url) => {
        const page = await openPage(browser, url, { width: 1280 });
        const colour = await page.evaluate(() => {
          const banner = document.querySelector('tor-donate-banner').shadowRoot.querySelector('[part~="banner"]');
          return getComputedStyle(banner).backgroundColor;
        });
        const policy = await page.evaluate(
          () => document.querySelector('meta[http-equiv="Content-Security-Policy"]').content,
        );
        await page.close();
        return { colour, policy };
      };
      const { colour, policy } = await background(`${base}hydrated.html`);
      assert.match(policy, /^default-src 'self'; img-src 'self' data:; style-src 'self' 'sha256-/);
      assert.doesNotMatch(policy, /unsafe-inline/);
      assert.equal(colour, 'rgb(125, 70, 152)');
      const blocked = await background(`${base}no-hashes.html`);
      assert.notEqual(blocked.colour, 'rgb(125, 70, 152)');
    });
  });
}

/** WCAG contrast ratio of two computed colours, `rgb(…)` or `color(srgb …)` (what `color-mix()` gives). */
function contrast(first, second) {
  const luminance = (colour) => {
    const scale = colour.startsWith('color(srgb') ? 1 : 255;
    const [r, g, b] = colour
      .match(/\d+(\.\d+)?/g)
      .slice(0, 3)
      .map((value) => {
        const channel = Number(value) / scale;
        return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
      });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [lighter, darker] = [luminance(first), luminance(second)].sort((a, b) => b - a);
  return (lighter + 0.05) / (darker + 0.05);
}

for (const id of ['firefox', 'chromium']) {
  test(`${id}: the elements follow a reader who prefers the dark scheme, with readable contrast`, async () => {
    const browser = await launch(id, { dark: true });
    try {
      // The prerendered page (its enhancement script has run by `load`, which openPage awaits).
      const page = await openPage(browser, base, { width: 1280, dark: true });
      const pairs = await page.evaluate(() => {
        const shadow = (selector, part) =>
          document.querySelector(selector).shadowRoot.querySelector(`[part~="${part}"]`);
        const boxes = {
          tip: shadow('tor-tip-box', 'box'),
          footer: shadow('tor-onion-footer', 'footer'),
          card: shadow('tor-user-groups', 'card-card'),
          link: shadow('tor-user-groups', 'card-item').querySelector('a'),
        };
        return Object.fromEntries(
          Object.entries(boxes).map(([name, element]) => {
            let background = 'rgba(0, 0, 0, 0)';
            for (
              let node = element;
              node && /rgba\(0, 0, 0, 0\)|transparent/.test(background);
              node = node.parentElement ?? node.getRootNode().host
            ) {
              background = getComputedStyle(node).backgroundColor;
            }
            return [name, { colour: getComputedStyle(element).color, background }];
          }),
        );
      });
      for (const [name, { colour, background }] of Object.entries(pairs)) {
        const [r, g, b] = background.match(/\d+/g).map(Number);
        assert.ok(r + g + b < 3 * 80, `${name}: a dark background (${background})`);
        assert.ok(
          contrast(colour, background) >= 4.5,
          `${name}: ${colour} on ${background} is ${contrast(colour, background).toFixed(2)}:1`,
        );
      }
    } finally {
      await browser.close();
    }
  });
}
