// Builds the demo "Who uses Tor" page from the elements into dist/demo/: English, Farsi and Russian
// (the package's shipped translations, dist/locales/), right to left (the ar-XB pseudo-locale) and long
// text (en-XA), prerendered to Declarative Shadow DOM so they read with JavaScript off, and enhanced by
// tor-elements/enhance.js when it is on; hydrated.html is the English page hydrated by Lit instead.
// Run after `rollup -c` and the compile of i18n/ into dist/locales/.
import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { getContent, registerContent } from '../dist/content/index.js';
import { renderSegments } from '../dist/internal/rich-text.js';
import { escapeHtml } from '../dist/internal/text.js';
import { contentDirection, originOf } from '../dist/content/registry.js';
import { prerenderHtml } from '../dist/ssr/index.js';

const OUT = 'dist/demo';

// Each page is named in its own language in the switcher; the pseudo-locales' names are English.
// Farsi and Russian are shipped translations: importing dist/ssr registered dist/locales/*.json, as a
// server gets them, and in the browser the elements load locales/<code>.js by themselves.
const PAGES = [
  { file: 'index.html', locale: 'en', dir: 'ltr', name: 'English', nameLang: 'en' },
  { file: 'fa.html', locale: 'fa', dir: 'rtl', name: 'فارسی', nameLang: 'fa', shipped: true },
  { file: 'ru.html', locale: 'ru', dir: 'ltr', name: 'Русский', nameLang: 'ru', shipped: true },
  { file: 'rtl.html', locale: 'ar-XB', dir: 'rtl', name: 'Right to left (ar-XB)', nameLang: 'en' },
  { file: 'long.html', locale: 'en-XA', dir: 'ltr', name: 'Long text (en-XA)', nameLang: 'en' },
  // The English page as a site whose content changes after load would ship it: Lit hydrates it.
  { file: 'hydrated.html', locale: 'en', dir: 'ltr', name: 'English, hydrated', nameLang: 'en', hydrate: true },
];

/** `lang` and `dir` for text in `lang` inside text in `around`, where they differ (English fallback). */
const ownLanguage = (lang, around) =>
  lang.toLowerCase() === around.toLowerCase() ? '' : ` lang="${lang}" dir="${contentDirection(lang)}"`;

/** The pseudo-locales live in the TypeScript sources only (they are not published): compile them. */
async function loadPseudoContent() {
  const file = join(tmpdir(), `tor-elements-pseudo-${process.pid}.mjs`);
  await esbuild.build({
    entryPoints: ['src/content/pseudo.ts'],
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile: file,
    logLevel: 'error',
  });
  try {
    const { pseudoContent } = await import(pathToFileURL(file).href);
    return { 'ar-XB': pseudoContent('ar-XB'), 'en-XA': pseudoContent('en-XA') };
  } finally {
    await rm(file, { force: true });
  }
}

/** Reports a refused link in the page's prose as an element would, naming the demo page. */
const demoPage = {
  reportOnce: (_topic, key, message) => key !== undefined && console.warn(`demo page: ${message()}`),
};

/** Static prose for the page around the elements, through the elements' own renderer (escaping, URL policy). */
function prose(paragraphs, locale) {
  const segments = (paragraph) =>
    collectResultSync(render(html`${renderSegments(paragraph.segments, demoPage)}`)).replace(
      /<!--\/?lit-part[^>]*-->|<!--lit-node \d+-->|<\?lit\$\d+\$>/g,
      '',
    );
  // A paragraph a translation left in English says so (`lang: 'en'`): it keeps its own language here too.
  return paragraphs
    .map((paragraph) => `<p${ownLanguage(paragraph.lang ?? locale, locale)}>${segments(paragraph)}</p>`)
    .join('');
}

function page({ locale, dir, file, shipped, hydrate }, content) {
  const languages = PAGES.filter((other) => !other.hydrate)
    .map(
      (other) =>
        `<li><a href="${other.file}"${other.file === file ? ' aria-current="page"' : ''} hreflang="${other.locale}"${ownLanguage(other.nameLang, 'en')}>${other.name}</a></li>`,
    )
    .join('');
  // A prerendered page needs only the enhancement script (behaviour: dismiss, copy, the tip of the
  // day). A hydrated page loads Lit and the elements, which render from the content again: English or a
  // shipped locale, which loads itself (a pseudo-locale's content is the server's alone).
  if (hydrate && !(locale === 'en' || shipped))
    throw new Error(`demo ${file}: only English or a shipped locale hydrates`);
  const script = hydrate ? '../tor-elements.hydrate.bundle.js' : '../tor-elements.enhance.js';
  return `<!doctype html>
<html lang="${locale}" dir="${dir}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(content.page.title)} · tor-elements demo</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="demo.css" />
    <script type="module" src="${script}"></script>
  </head>
  <body>
    <tor-donate-banner heading-level="0"></tor-donate-banner>
    <header class="site-header">
      <a class="brand" href="index.html">Tor</a>
      <nav class="languages" aria-label="Demo language" lang="en"><ul>${languages}</ul></nav>
    </header>
    <main>
      <h1${ownLanguage(originOf(content.page, 'title') ?? 'en', locale)}>${escapeHtml(content.page.title)}</h1>
      <div class="prose">${prose(content.page.intro, locale)}</div>
      <tor-user-groups index></tor-user-groups>
      <div class="prose">${prose(content.page.outro, locale)}</div>
    </main>
    <div class="after-main">
      <tor-tip-box tip="donate"></tor-tip-box>
    </div>
    <footer>
      <tor-onion-footer></tor-onion-footer>
    </footer>
  </body>
</html>
`;
}

export async function buildDemo() {
  await mkdir(OUT, { recursive: true });
  await copyFile('demo/demo.css', join(OUT, 'demo.css'));
  const pseudo = await loadPseudoContent();
  for (const [locale, patch] of Object.entries(pseudo)) {
    registerContent(locale, patch);
  }
  for (const entry of PAGES) {
    // Lit's hydration needs its markers in the shadow roots; the enhancement script does not.
    const result = prerenderHtml(page(entry, getContent(entry.locale)), { cspMeta: true, hydrate: entry.hydrate });
    if (result.errors.length > 0) {
      throw new Error(
        `demo ${entry.file}: ${result.errors.map((e) => `line ${e.line} <${e.tag}>: ${e.reason}`).join('\n')}`,
      );
    }
    await writeFile(join(OUT, entry.file), result.html);
  }
  return PAGES.map((entry) => join(OUT, entry.file));
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const files = await buildDemo();
  console.log(`Demo pages: ${files.join(', ')}`);
}
