// Builds the demo "Who uses Tor" page from the elements into dist/demo/: English, Farsi and Russian
// (the package's shipped translations, dist/locales/), right to left (the ar-XB pseudo-locale) and long
// text (en-XA), prerendered to Declarative Shadow DOM so they read with JavaScript off, and hydrated by
// the hydration bundle when it is on. Run after `rollup -c` and the compile of i18n/ into dist/locales/.
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

function page({ locale, dir, file, shipped }, content) {
  const languages = PAGES.map(
    (other) =>
      `<li><a href="${other.file}"${other.file === file ? ' aria-current="page"' : ''} hreflang="${other.locale}"${ownLanguage(other.nameLang, 'en')}>${other.name}</a></li>`,
  ).join('');
  const script = locale === 'en' || shipped ? '' : `\n    <script type="module" src="content-${locale}.js"></script>`;
  return `<!doctype html>
<html lang="${locale}" dir="${dir}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(content.page.title)} · tor-elements demo</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="demo.css" />${script}
    <script type="module" src="../tor-elements.hydrate.bundle.js"></script>
  </head>
  <body>
    <tor-donate-banner remember="none" heading-level="0"></tor-donate-banner>
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

const registration = (locale, patch) =>
  `// Registers the ${locale} pseudo-locale for the demo page (generated by scripts/build-demo.mjs).\n` +
  `import { registerContent } from '../tor-elements.hydrate.bundle.js';\n\nregisterContent(${JSON.stringify(locale)}, ${JSON.stringify(patch)});\n`;

export async function buildDemo() {
  await mkdir(OUT, { recursive: true });
  await copyFile('demo/demo.css', join(OUT, 'demo.css'));
  const pseudo = await loadPseudoContent();
  for (const [locale, patch] of Object.entries(pseudo)) {
    registerContent(locale, patch);
    await writeFile(join(OUT, `content-${locale}.js`), registration(locale, patch));
  }
  for (const entry of PAGES) {
    // The demo pages load the hydration bundle, which needs Lit's markers in the shadow roots.
    const result = prerenderHtml(page(entry, getContent(entry.locale)), { cspMeta: true, hydrate: true });
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
