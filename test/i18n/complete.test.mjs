// The POT is complete: every piece of text an element shows, in every state, comes from one of its
// entries (placeholders filled). The elements are rendered in English by the server renderer; the copy
// button's status, which only a click shows, in Chromium.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'parse5';
import { launch, openPage } from '../../scripts/screenshot.mjs';
import { serve } from '../../scripts/serve.mjs';
import { englishContent, RETIRED_TORPROJECT_V2_ADDRESS } from '../../dist/content/index.js';
import { prerenderHtml, registerContent, resetContent } from '../../dist/ssr/index.js';
import { entriesOf, readPo, ROOT, temporaryFolder } from './support.mjs';

const entries = entriesOf(readPo(join(ROOT, 'i18n/tor-elements.pot')));

/** An entry's text as an element shows it: tags gone, each `{placeholder}` any text. */
const shownAs = (source) =>
  source
    .replace(/<\/?\d+>/g, '')
    .split(/\{[a-zA-Z]+\}/)
    .map((literal) => literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('(.+?)');

const forms = entries.flatMap((entry) =>
  [entry.msgid, entry.msgid_plural]
    .filter(Boolean)
    .map((source) => ({ context: entry.msgctxt, pattern: shownAs(source) })),
);

/** The entries whose text `text` is (two share "Who uses Tor"), and those that fill their placeholders. */
function whole(text) {
  const contexts = [];
  for (const form of forms) {
    const match = new RegExp(`^${form.pattern}$`).exec(text);
    if (!match) continue;
    contexts.push(form.context);
    // A placeholder filled with another entry (the offer's "onion service" link) shows that one too.
    for (const filled of match.slice(1)) contexts.push(...(whole(filled) ?? []));
  }
  return contexts.length > 0 ? contexts : undefined;
}

/**
 * The entries a run of text is made of: one, or two side by side (the footer's line about the onion
 * service and its directory); `undefined` when it is not made of entries.
 */
function entriesIn(text) {
  const one = whole(text);
  if (one) return one;
  for (const first of forms) {
    const start = new RegExp(`^${first.pattern}\\s+`).exec(text);
    const rest = start && whole(text.slice(start[0].length));
    if (rest) return [...whole(start[0].trim()), ...rest];
  }
  return undefined;
}

const INLINE = new Set(['a', 'strong', 'em', 'b', 'i', 'span', 'code', 'bdi', 'bdo', 'slot', 'small']);
const TEXT_ATTRIBUTES = ['aria-label', 'title', 'alt', 'placeholder'];

/** The texts a reader meets in rendered HTML, shadow roots included: runs of inline text, and labels. */
function shownTexts(html) {
  const texts = [];
  let run = '';
  const end = () => {
    const folded = run.replace(/\s+/g, ' ').trim();
    if (folded) texts.push(folded);
    run = '';
  };
  const walk = (node) => {
    for (const child of [...(node.childNodes ?? []), ...(node.content?.childNodes ?? [])]) {
      if (child.nodeName === '#text') run += child.value;
      if (!child.tagName || child.tagName === 'style' || child.tagName === 'script') continue;
      for (const name of TEXT_ATTRIBUTES) {
        const value = child.attrs.find((attribute) => attribute.name === name)?.value;
        if (value?.trim()) texts.push(value.replace(/\s+/g, ' ').trim());
      }
      // A hidden piece (one of the footer's two offers, a copy status kept for the enhancement script)
      // is a text of its own, shown instead of what is around it.
      const hidden = child.attrs.some((attribute) => attribute.name === 'hidden');
      const block = !INLINE.has(child.tagName) || hidden;
      if (block) end();
      walk(child);
      if (block) end();
    }
  };
  walk(parse(html));
  end();
  return texts;
}

const seen = new Set();

/** Asserts that each text comes from the POT, and notes the entries seen. */
function assertFromPot(texts, where) {
  for (const text of texts) {
    const contexts = entriesIn(text);
    assert.ok(contexts, `${where} shows text that is no POT entry: "${text}"`);
    contexts.forEach((context) => seen.add(context));
  }
}

const render = (markup) => {
  const result = prerenderHtml(markup, { allowContentErrors: true });
  assert.deepEqual(result.errors, [], markup);
  return result.html;
};

const day = (offset) => {
  const date = new Date();
  date.setDate(date.getDate() + offset);
  const pad = (n) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
};

const campaign = (fields) =>
  `<tor-donate-banner campaign-data='${JSON.stringify({ ...englishContent.campaigns[0], ...fields }).replaceAll("'", '&#39;')}'></tor-donate-banner>`;

const money = { amount: 50000, currency: 'USD' };
const v3 = englishContent.onionServices[0].address;

/** Every element, and each state that shows strings of its own. */
const STATES = {
  'the collection with its index': '<tor-user-groups index></tor-user-groups>',
  ...Object.fromEntries(
    englishContent.userGroups.map((group) => [
      `the ${group.id} card`,
      `<tor-user-group-card group="${group.id}"></tor-user-group-card>`,
    ]),
  ),
  'the tip of the day': '<tor-tip-box></tor-tip-box>',
  ...Object.fromEntries(
    englishContent.tips.map((tip) => [`the ${tip.id} tip`, `<tor-tip-box tip="${tip.id}"></tor-tip-box>`]),
  ),
  'the donate banner': '<tor-donate-banner></tor-donate-banner>',
  'a campaign matching gifts, with a goal, days left': campaign({
    start: day(-3),
    end: day(4),
    match: money,
    goal: money,
  }),
  'a campaign on its last day': campaign({ start: day(-3), end: day(0), match: money }),
  'a campaign matching gifts with no end': campaign({ match: money }),
  'the footer': '<tor-onion-footer></tor-onion-footer>',
  'the footer on an onion host': `<tor-onion-footer page-host="${v3}"></tor-onion-footer>`,
  'the footer with a retired address': `<tor-onion-footer address="${RETIRED_TORPROJECT_V2_ADDRESS}"></tor-onion-footer>`,
  'the footer with a mistyped address': '<tor-onion-footer address="not-an-onion-address.onion"></tor-onion-footer>',
};

for (const [state, markup] of Object.entries(STATES)) {
  test(`every text of ${state} comes from the POT`, () => {
    const texts = shownTexts(render(markup));
    assert.ok(texts.length > 0);
    assertFromPot(texts, state);
  });
}

test('every text of the cards with a site’s own pictures comes from the POT (the pictures’ alt texts)', () => {
  // The content has no picture addresses (torproject.org's copies would be another origin): a site adds its own.
  const pictured = englishContent.userGroups.filter((group) => group.image);
  assert.ok(pictured.length > 0);
  registerContent('en', {
    userGroups: pictured.map((group) => ({ id: group.id, image: { src: `/pictures/${group.id}.jpg` } })),
  });
  try {
    for (const group of pictured) {
      const texts = shownTexts(render(`<tor-user-group-card group="${group.id}"></tor-user-group-card>`));
      assert.ok(texts.includes(group.image.alt), group.id);
      assertFromPot(texts, `the ${group.id} card with its picture`);
    }
  } finally {
    resetContent();
  }
});

test('a text that is no entry is found out', () => {
  assert.equal(entriesIn('Loading…'), undefined);
  assert.equal(entriesIn('Note: Tor Tip'), undefined);
  assert.deepEqual(entriesIn('Tor Tip'), ['ui/tipBox/heading']);
  assert.deepEqual(
    shownTexts('<p>We offer an <a href="#">x</a> for this site: <a>y</a></p><button title="t"> Copy </button>'),
    ['We offer an x for this site: y', 't', 'Copy'],
  );
});

let browser;
let server;
let base;

before(async () => {
  const site = temporaryFolder();
  copyFileSync(join(ROOT, 'dist/tor-elements.bundle.js'), join(site, 'bundle.js'));
  writeFileSync(
    join(site, 'index.html'),
    '<!doctype html><html lang="en"><body><tor-onion-footer no-links></tor-onion-footer><script type="module" src="bundle.js"></script></body></html>',
  );
  server = await serve(site);
  base = `http://127.0.0.1:${server.address().port}/`;
  browser = await launch('chromium');
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** The status the footer shows after its copy button is pressed, the browser's clipboard `allowed` or not. */
async function statusAfterCopy(allowed) {
  const page = await openPage(browser, base);
  await page.evaluate((allow) => {
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: () => (allow ? Promise.resolve() : Promise.reject(new Error('refused'))) },
    });
    document.execCommand = () => false;
  }, allowed);
  const button = await page.waitForSelector('tor-onion-footer >>> button[part="copy"]');
  await button.click();
  const status = await page.waitForFunction(
    () =>
      document.querySelector('tor-onion-footer').shadowRoot.querySelector('[part="status"]').textContent.trim() ||
      undefined,
  );
  const text = await status.jsonValue();
  await page.close();
  return text;
}

test('the copy button’s status, copied or refused, comes from the POT (Chromium)', async () => {
  const texts = [await statusAfterCopy(true), await statusAfterCopy(false)];
  assertFromPot(texts, 'the copy status');
  assert.notEqual(texts[0], texts[1]);
});

test('the states rendered show every one of the elements’ strings, and every string of the content', () => {
  const missing = entries
    .map((entry) => entry.msgctxt)
    .filter((context) => !seen.has(context) && !context.startsWith('page/'));
  assert.deepEqual(missing, []);
});
