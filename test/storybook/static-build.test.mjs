// The static Storybook (`npm run build-storybook`) as a designer opens it: every story's canvas renders
// its element, and every docs page (autodocs and guides) renders, in Chromium, from a local server.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { getContent } from 'tor-elements/content';
import { serve } from '../../scripts/serve.mjs';
import { launch } from '../../scripts/screenshot.mjs';

const ROOT = 'storybook-static';
const INDEX = `${ROOT}/index.json`;
// Only a hung page runs out of this: on a busy machine a story may take long to render, and that is fine.
const TIMEOUT_MS = 5 * 60_000;

const entries = existsSync(INDEX) ? Object.values(JSON.parse(readFileSync(INDEX, 'utf8')).entries) : [];
const stories = entries.filter((entry) => entry.type === 'story');
const docs = entries.filter((entry) => entry.type === 'docs');

let server;
let browser;
let base;

before(async () => {
  server = await serve(ROOT, 0);
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await launch('chromium');
});

after(async () => {
  await browser?.close();
  server?.close();
});

test('storybook-static/index.json lists the stories and docs pages', () => {
  assert.ok(existsSync(INDEX), `${INDEX} is missing: run \`npm run build-storybook\``);
  assert.ok(stories.length > 0, 'no stories in the index');
  assert.ok(docs.length > 0, 'no docs pages in the index');
});

/** Opens one entry's iframe, waits until `rendered` holds in the page, and returns what went wrong. */
async function open(entry, rendered) {
  const page = await browser.newPage();
  page.setDefaultTimeout(TIMEOUT_MS);
  const problems = [];
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  try {
    await page.goto(`${base}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${entry.type}`, {
      waitUntil: 'load',
    });
    await page
      .waitForFunction(rendered, { timeout: TIMEOUT_MS, polling: 100 })
      .catch(() => problems.push('did not render'));
    const shownError = await page.evaluate(() =>
      document.body.classList.contains('sb-show-errordisplay')
        ? (document.querySelector('#error-message')?.textContent ?? 'an error')
        : '',
    );
    if (shownError) problems.push(`Storybook shows: ${shownError.trim()}`);
  } finally {
    await page.close();
  }
  return problems;
}

/** In the story's canvas, a tor-* element whose shadow root has content. */
function elementRendered() {
  const root = document.querySelector('#storybook-root');
  return [...(root?.querySelectorAll('*') ?? [])].some(
    (element) => element.localName.startsWith('tor-') && (element.shadowRoot?.childElementCount ?? 0) > 0,
  );
}

/** The docs page has its title, and every story it embeds has rendered its element. */
function docsRendered() {
  const content = document.querySelector('.sbdocs-content');
  if (!content?.querySelector('h1')) return false;
  const stories = [...content.querySelectorAll('.docs-story, .sb-story')];
  return stories.every((story) =>
    [...story.querySelectorAll('*')].some(
      (element) => element.localName.startsWith('tor-') && (element.shadowRoot?.childElementCount ?? 0) > 0,
    ),
  );
}

describe('every story and docs page of the static build', () => {
  for (const story of stories) {
    test(`story ${story.id} renders its element`, async () => {
      assert.deepEqual(await open(story, elementRendered), []);
    });
  }

  for (const page of docs) {
    test(`docs ${page.id} renders`, async () => {
      assert.deepEqual(await open(page, docsRendered), []);
    });
  }
});

test('args, as the Controls panel sets them, change the rendered element', async () => {
  const activists = getContent().userGroups.find((group) => group.id === 'activists');
  const page = await browser.newPage();
  page.setDefaultTimeout(TIMEOUT_MS);
  try {
    await page.goto(
      `${base}/iframe.html?id=components-user-group-card--journalists&viewMode=story&args=group:activists;headingLevel:3`,
      { waitUntil: 'load' },
    );
    const heading = await page.waitForFunction(
      () => {
        const card = document.querySelector('#storybook-root tor-user-group-card');
        const found = card?.shadowRoot?.querySelector('[part~="heading"]');
        return found && { level: found.localName, text: found.textContent.trim(), group: card.getAttribute('group') };
      },
      { timeout: TIMEOUT_MS, polling: 100 },
    );
    assert.deepEqual(await heading.jsonValue(), { level: 'h3', text: activists.heading, group: 'activists' });
  } finally {
    await page.close();
  }
});
