// The pages the browser rows load, written into a temporary site: variants of the built demo page
// (dist/demo/index.html) and a partner's article (pages/partner.html). A variant is a document
// (the demo as prerendered, or as its author wrote it, unrendered) plus the package scripts it loads.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parse } from 'parse5';
import { DIST, exportedFile, findExport } from './package.mjs';

/**
 * Every variant the browser rows can load. `script` finds the package file the page loads (through
 * package.json's exports, so renamed files follow); a variant whose script is not built yet is
 * skipped with a note. `ready`: 'load' (the load event) or 'elements' (load, and every tor-* element
 * defined and rendered). `preferred`: what the prerender command ships by default, so the rows judge
 * it (see variants.mjs). To add a variant, add an entry.
 */
export const VARIANTS = [
  { id: 'static', title: 'static (prerendered, no script)', document: 'prerendered', script: null, ready: 'load' },
  {
    id: 'hydration',
    title: 'prerendered + hydration',
    document: 'hydratable',
    script: () => exportedFile('./bundle-hydrate.js'),
    ready: 'elements',
  },
  {
    id: 'enhancement',
    title: 'prerendered + enhancement',
    document: 'prerendered',
    preferred: true,
    // Not built yet when the bench was written: any export whose name mentions "enhance".
    script: () => findExport(/enhanc/i)?.file,
    ready: 'load',
  },
  {
    id: 'client',
    title: 'client-rendered',
    document: 'unrendered',
    script: () => exportedFile('./bundle.js'),
    ready: 'elements',
  },
];

/** The page a partner writes: an article with a card and the footer, rendered by the drop-in bundle. */
export const PARTNER = { id: 'partner', title: 'partner article, client-rendered', ready: 'elements' };

const isElement = (node) => 'tagName' in node;
const attribute = (element, name) => element.attrs.find((a) => a.name === name)?.value;

function* elementsOf(node) {
  for (const child of node.childNodes ?? []) {
    if (!isElement(child)) continue;
    yield child;
    yield* elementsOf(child);
  }
}

/** `html` with `ranges` ({ start, end } offsets) cut out. */
function cut(html, ranges) {
  let result = html;
  for (const { start, end } of [...ranges].sort((a, b) => b.start - a.start))
    result = result.slice(0, start) + result.slice(end);
  return result;
}

const rangeOf = (element) => element.sourceCodeLocation;

/**
 * The demo page before prerendering: without the shadow roots, the anchors and the CSP <meta> that
 * `tor-elements-prerender` adds (it marks them, so that it can replace them when run again).
 */
export function unrendered(prerendered) {
  const all = [...elementsOf(parse(prerendered, { sourceCodeLocationInfo: true }))];
  const added = all.flatMap((element) => {
    if (element.tagName === 'meta' && attribute(element, 'data-tor-elements') !== undefined) {
      // The prerender step wrote the <meta> followed by a line break and the indent of </head>.
      const { startOffset, endOffset } = rangeOf(element);
      const indent = /^\n[ \t]*/.exec(prerendered.slice(endOffset))?.[0] ?? '';
      return [{ start: startOffset, end: endOffset + indent.length }];
    }
    if (!element.tagName.startsWith('tor-')) return [];
    return element.childNodes
      .filter(
        (child) =>
          isElement(child) &&
          ((child.tagName === 'template' && attribute(child, 'shadowrootmode') !== undefined) ||
            attribute(child, 'data-tor-anchor') !== undefined),
      )
      .map((child) => ({ start: rangeOf(child).startOffset, end: rangeOf(child).endOffset }));
  });
  return cut(prerendered, added);
}

/** The element's source range, with its line when it stands alone on one. */
function lineOf(html, element) {
  const { startOffset, endOffset } = rangeOf(element);
  const indent = /\n[ \t]*$/.exec(html.slice(0, startOffset))?.[0] ?? '';
  const alone = indent !== '' && (html[endOffset] === '\n' || endOffset === html.length);
  return { start: alone ? startOffset - indent.length : startOffset, end: endOffset };
}

/**
 * `html` without the scripts it loads (`<script src>`, module preloads) and, unless `keepInline`,
 * without inline scripts too: the bench adds each variant's own.
 */
export function withoutScripts(html, { keepInline = true } = {}) {
  const scripts = [...elementsOf(parse(html, { sourceCodeLocationInfo: true }))].filter(
    (element) =>
      (element.tagName === 'script' && (!keepInline || attribute(element, 'src') !== undefined)) ||
      (element.tagName === 'link' && attribute(element, 'rel') === 'modulepreload'),
  );
  return cut(
    html,
    scripts.map((element) => lineOf(html, element)),
  );
}

/** `html` loading `url` as a module script at the end of its <head>. */
function withScript(html, url) {
  const head = [...elementsOf(parse(html, { sourceCodeLocationInfo: true }))].find((e) => e.tagName === 'head');
  const at = head.sourceCodeLocation.endTag.startOffset;
  return `${html.slice(0, at)}  <script type="module" src="${url}"></script>\n  ${html.slice(at)}`;
}

/** The URL path of a file in dist/, as the bench's server serves it. */
export const urlOf = (file) => `/${relative(DIST, file)}`;

/**
 * Writes every variant into `dir`/demo/ (beside where dist/demo/'s stylesheet is served) and the
 * partner page into `dir`. Returns the variants with `path` (URL path) or `note` (why skipped).
 */
export async function writeSite(dir) {
  const prerendered = await readFile(join(DIST, 'demo/index.html'), 'utf8');
  const documents = {
    prerendered: withoutScripts(prerendered),
    // The same page prerendered for Lit's hydration (its shadow roots keep Lit's markers).
    hydratable: withoutScripts(await readFile(join(DIST, 'demo/hydrated.html'), 'utf8')),
    unrendered: withoutScripts(unrendered(prerendered)),
  };
  await mkdir(join(dir, 'demo'), { recursive: true });
  const pages = [];
  for (const variant of VARIANTS) {
    const file = variant.script?.();
    if (variant.script && !file) {
      pages.push({ ...variant, note: 'its script is not built yet (no export in package.json names it)' });
      continue;
    }
    const html = file
      ? withScript(documents[variant.document], urlOf(file))
      : withoutScripts(prerendered, { keepInline: false });
    await writeFile(join(dir, 'demo', `${variant.id}.html`), html);
    pages.push({ ...variant, path: `/demo/${variant.id}.html` });
  }
  const partner = (await readFile(new URL('pages/partner.html', import.meta.url), 'utf8')).replaceAll(
    '{{bundle}}',
    urlOf(exportedFile('./bundle.js')),
  );
  await writeFile(join(dir, 'partner.html'), partner);
  return { variants: pages, partner: { ...PARTNER, path: '/partner.html' }, unrenderedDemo: documents.unrendered };
}
