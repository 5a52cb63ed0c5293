/// <reference types="node" />
/**
 * Expands every tor-elements element in an HTML document into Declarative Shadow DOM, so the page
 * reads without JavaScript. Only the elements change: every other byte of the document is kept, and
 * running it again on its own output changes nothing.
 */
import { html as htmlSpec, parse, type DefaultTreeAdapterMap } from 'parse5';
import { DEFAULT_LOCALE, localeIn, type LocaleInfo, type LocaleTree } from '../content/locale.js';
import { escapeHtml as escapeAttribute, foldWhitespace } from '../internal/text.js';
import { contentSecurityPolicy, cspHash, imageOriginsOf, styleHashesOf, type PolicySources } from './csp.js';
import { isTorElement, renderElement, type RenderedElement, type ServerAdditions } from './render-element.js';
import { setUpServer } from './server-setup.js';

setUpServer();

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];
type ElementLocation = NonNullable<Element['sourceCodeLocation']>;

export interface RenderedEntry {
  tag: string;
  line: number;
  column: number;
  /** What the element logged while rendering that is worth a look but did not stop it. */
  warnings: string[];
}

export interface PrerenderProblem {
  tag: string;
  line: number;
  column: number;
  reason: string;
}

/** A `tor-*` element left as it is: not an element of this package (a site's own `<tor-header>`), or not HTML. */
export interface SkippedElement {
  tag: string;
  line: number;
  column: number;
  reason: string;
}

export interface PrerenderResult {
  /** The document with every element expanded; the input unchanged when there were errors. */
  html: string;
  rendered: RenderedEntry[];
  errors: PrerenderProblem[];
  skipped: SkippedElement[];
  /** CSP source expressions (`'sha256-…'`) for the inline styles of the shadow roots. */
  styleHashes: string[];
  /**
   * What a Content-Security-Policy must allow for this page to run as it is: the inline styles of the
   * shadow roots and of the page, the page's inline scripts and style attributes, the images' origins.
   */
  policy: Required<{ [K in keyof PolicySources]: string[] }>;
  /**
   * Scripts the elements need before the page is painted (a dismissed banner hidden at once) that this
   * markup had no `<head>` for — a fragment: put each in a `<script>` early in the head of the page the
   * fragment goes into (`policy.scripts` has their hashes). Empty for a whole page, which has them.
   */
  headScripts: string[];
  /** The character encoding the page declares in a `<meta>` (`charset`, or `http-equiv="content-type"`), if any. */
  declaredEncoding?: string;
}

export interface PrerenderOptions {
  /** Write a `<meta http-equiv="Content-Security-Policy">` that allows exactly these styles. */
  cspMeta?: boolean;
  /** The locale around the markup, where it declares none (a fragment for a page in Farsi, say). Default `en`, `ltr`. */
  locale?: LocaleInfo;
  /**
   * Render elements even when they report content errors (an unknown group id, invalid JSON), as the
   * browser would, listing the errors in `warnings`. By default such elements are errors.
   */
  allowContentErrors?: boolean;
  /**
   * Keep Lit's hydration markers in the shadow roots (`<!--lit-part …-->`, `<!--lit-node N-->`), for a
   * page that loads the hydration bundle (`tor-elements/bundle-hydrate.js`, or
   * `@lit-labs/ssr-client/lit-element-hydrate-support.js`). By default (`false`, as the prerender
   * command) they are left out: fewer bytes, for a page that runs the enhancement script
   * (`tor-elements/enhance.js`) or no script. The page's own comments are kept either way.
   */
  hydrate?: boolean;
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Marks what the prerender step adds to the light DOM, so the next run can find and replace it. */
const ANCHOR_ATTRIBUTE = 'data-tor-anchor';
const CSP_MARK = 'data-tor-elements';
const HTML_NAMESPACE: string = htmlSpec.NS.HTML;
const BYTE_ORDER_MARK = '\uFEFF';

const isElement = (node: Node): node is Element => 'tagName' in node;
const attribute = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value;
const isShadowTemplate = (node: Node) =>
  isElement(node) && node.tagName === 'template' && attribute(node, 'shadowrootmode') !== undefined;
const isAnchor = (node: Node) => isElement(node) && attribute(node, ANCHOR_ATTRIBUTE) !== undefined;
/** Marks the inline scripts elements ask for (`headScript`), so a second run replaces them. */
const SCRIPT_MARK = 'data-tor-elements-script';
const isOwnScript = (element: Element) => element.tagName === 'script' && attribute(element, SCRIPT_MARK) !== undefined;

/** Every element of the document in order, not looking inside `<template>`s (their content is inert). */
function* elementsOf(node: Node): Generator<Element> {
  if (!('childNodes' in node)) return;
  for (const child of node.childNodes) {
    if (!isElement(child)) continue;
    yield child;
    if (child.tagName !== 'template') yield* elementsOf(child);
  }
}

const PAGE_TREE: LocaleTree<Node> = {
  parent: (node) => ('parentNode' in node ? (node.parentNode as Node | null) : null),
  attribute: (node, name) => (isElement(node) ? attribute(node, name) : undefined),
};

/** The nearest `lang` and `dir` around an element, as a browser would find them; else `outer`'s. */
function localeOf(element: Element, outer: LocaleInfo = DEFAULT_LOCALE): LocaleInfo {
  const { lang, dir } = localeIn<Node>(element, PAGE_TREE, outer);
  // `dir="auto"` follows the text, which only a browser lays out: take the language's direction.
  return { lang, dir: dir === 'auto' ? outer.dir : dir };
}

/** The text of a node as a browser's `textContent` gives it (not looking into templates). */
function textOf(node: Node): string {
  if (node.nodeName === '#text' && 'value' in node) return node.value;
  if (!isElement(node) || node.tagName === 'template') return '';
  return node.childNodes.map(textOf).join('');
}

/** Slot names filled by the element's light DOM (`''` for the default slot: elements, or words), with their text. */
function slotsOf(element: Element): Map<string, string> {
  const slots = new Map<string, string>();
  for (const child of element.childNodes) {
    if (isShadowTemplate(child) || isAnchor(child)) continue;
    const text = textOf(child);
    const name = isElement(child) ? (attribute(child, 'slot') ?? '') : text.trim() !== '' ? '' : undefined;
    if (name === undefined) continue;
    slots.set(name, foldWhitespace(`${slots.get(name) ?? ''} ${text}`));
  }
  return slots;
}

/** Of what the element asks for, what the page can take: ids already in the page are left alone. */
function claimIds(additions: ServerAdditions, element: Element, takenIds: Set<string>): ServerAdditions {
  const free = (id: string | undefined): id is string => id !== undefined && id !== '' && !takenIds.has(id);
  const id = attribute(element, 'id') === undefined && free(additions.id) ? additions.id : undefined;
  const anchors = (additions.anchors ?? []).filter(free);
  [id, ...anchors].forEach((taken) => taken && takenIds.add(taken));
  return { ...additions, id, anchors };
}

/**
 * What a shadow root asks of the page's policy: its inline styles' hashes, its images' origins. A site's
 * pages repeat the same elements, which the renderer hands back as the same object from its cache: the
 * markup is hashed and searched once, not on every page.
 */
const shadowSources = new WeakMap<RenderedElement, { styles: string[]; imageOrigins: string[] }>();
function shadowSourcesOf(rendered: RenderedElement): { styles: string[]; imageOrigins: string[] } {
  let sources = shadowSources.get(rendered);
  if (!sources) {
    sources = { styles: styleHashesOf(rendered.shadow), imageOrigins: imageOriginsOf(rendered.shadow) };
    shadowSources.set(rendered, sources);
  }
  return sources;
}

/** Prerenders every `tor-*` element in `source` (a whole document or a fragment). */
export function prerenderHtml(source: string, options: PrerenderOptions = {}): PrerenderResult {
  // A browser's decoder takes a byte order mark off before the parser sees the page; so does this.
  if (source.startsWith(BYTE_ORDER_MARK)) {
    const result = prerenderHtml(source.slice(1), options);
    return { ...result, html: BYTE_ORDER_MARK + result.html };
  }
  const document = parse(source, { sourceCodeLocationInfo: true });
  const all = [...elementsOf(document)];
  // Ids in the page, except those of anchors a previous run added (they are about to be replaced).
  const takenIds = new Set(
    all
      .filter((element) => !isAnchor(element))
      .map((element) => attribute(element, 'id'))
      .filter((id): id is string => Boolean(id)),
  );
  const edits: Edit[] = [];
  const rendered: RenderedEntry[] = [];
  const errors: PrerenderProblem[] = [];
  const skipped: SkippedElement[] = [];
  const hashes = new Set<string>();
  const imageOrigins = new Set<string>();
  // Each script an element asks for, once, at the start of the page's head (after its policy): it runs
  // before anything in the body is parsed, let alone painted, and before the page's stylesheets, which
  // an inline script after them would wait for (the parser would stall on a slow circuit). A fragment
  // has no head: the caller gets them in `headScripts` to place in the page it puts the fragment in.
  const scripts = new Set<string>();
  for (const previous of all.filter(isOwnScript)) {
    const range = previous.sourceCodeLocation;
    if (range) edits.push({ start: range.startOffset, end: range.endOffset, text: '' });
  }

  for (const element of all.filter((candidate) => candidate.tagName.startsWith('tor-'))) {
    const location = element.sourceCodeLocation;
    const startTag = location?.startTag;
    if (!location || !startTag) continue;
    const where = { tag: element.tagName, line: location.startLine, column: location.startCol };
    const skip = skipReason(element);
    if (skip) {
      skipped.push({ ...where, reason: skip });
      continue;
    }
    if (!location.endTag) {
      errors.push({
        ...where,
        reason: `<${element.tagName}> has no end tag; write <${element.tagName}></${element.tagName}>`,
      });
      continue;
    }
    try {
      const result = renderElement({
        tag: element.tagName,
        attributes: element.attrs.map(({ name, value }) => [name, value] as const),
        context: { locale: localeOf(element, options.locale), slots: slotsOf(element) },
        hydrate: options.hydrate,
      });
      if (result.errors.length > 0 && !options.allowContentErrors) {
        errors.push({ ...where, reason: result.errors.join('\n') });
        continue;
      }
      const sources = shadowSourcesOf(result);
      sources.styles.forEach((hash) => hashes.add(hash));
      sources.imageOrigins.forEach((origin) => imageOrigins.add(origin));
      const additions = claimIds(result.additions, element, takenIds);
      if (additions.headScript !== undefined) scripts.add(additions.headScript);
      edits.push(...editsFor(element, location, startTag, result.shadow, additions));
      rendered.push({ ...where, warnings: [...result.errors, ...result.warnings] });
    } catch (error) {
      errors.push({ ...where, reason: error instanceof Error ? error.message : String(error) });
    }
  }

  const headScripts = [...scripts];
  const head = headScripts.length > 0 ? headStart(document) : undefined;
  // Pushed before the policy's <meta>, which goes at the same place: the <meta> comes first in the page.
  if (head !== undefined) {
    const text = headScripts.map((script) => `<script ${SCRIPT_MARK}>${script}</script>`).join('');
    edits.push({ start: head, end: head, text });
  }
  const styleHashes = [...hashes].sort();
  const page = pagePolicy(all.filter((element) => !isOwnScript(element)));
  const policy = {
    styles: [...new Set([...styleHashes, ...page.styles])].sort(),
    scripts: [...new Set([...page.scripts, ...headScripts.map(cspHash)])].sort(),
    styleAttributes: page.styleAttributes.sort(),
    imageOrigins: [...imageOrigins].sort(),
  };
  if (options.cspMeta && errors.length === 0) {
    const meta = cspEdits(document, policy);
    if ('reason' in meta) errors.push(meta);
    else edits.push(...meta);
  }
  return {
    html: errors.length > 0 ? source : applyEdits(source, edits),
    rendered,
    errors,
    skipped,
    styleHashes,
    policy,
    headScripts: head === undefined ? headScripts : [],
    declaredEncoding: declaredEncodingOf(all),
  };
}

/**
 * Where the page's head starts, for what must come before everything else in it: just after its
 * `<meta charset>` (or its `http-equiv` form, which must stay first), else after `<head>`, `<html>` or the
 * doctype; none in a fragment.
 */
function headStart(document: DefaultTreeAdapterMap['document']): number | undefined {
  const html = document.childNodes.find((node): node is Element => isElement(node) && node.tagName === 'html');
  const head = html?.childNodes.find((node): node is Element => isElement(node) && node.tagName === 'head');
  const doctype = document.childNodes.find((node) => node.nodeName === '#documentType');
  const charset = head?.childNodes.find(
    (node): node is Element =>
      isElement(node) &&
      node.tagName === 'meta' &&
      (attribute(node, 'charset') !== undefined || attribute(node, 'http-equiv')?.toLowerCase() === 'content-type'),
  );
  return (
    charset?.sourceCodeLocation?.endOffset ??
    head?.sourceCodeLocation?.startTag?.endOffset ??
    html?.sourceCodeLocation?.startTag?.endOffset ??
    doctype?.sourceCodeLocation?.endOffset
  );
}

/** The page's own inline styles, scripts and style attributes (not the shadow roots a previous run added). */
function pagePolicy(
  all: readonly Element[],
): Pick<PrerenderResult['policy'], 'styles' | 'scripts' | 'styleAttributes'> {
  const hashes = (elements: Element[]) => [...new Set(elements.map((element) => cspHash(textOf(element))))];
  const inline = (tag: string) =>
    all.filter((element) => element.tagName === tag && attribute(element, 'src') === undefined);
  const styleAttributes = all.map((element) => attribute(element, 'style')).filter((value) => value !== undefined);
  return {
    styles: hashes(inline('style')),
    scripts: hashes(inline('script')),
    styleAttributes: [...new Set(styleAttributes.map(cspHash))],
  };
}

/** The label of the encoding a `<meta>` declares: `<meta charset>`, else `<meta http-equiv="content-type" content="…; charset=…">`. */
function declaredEncodingOf(all: readonly Element[]): string | undefined {
  for (const meta of all.filter((element) => element.tagName === 'meta')) {
    const charset = attribute(meta, 'charset');
    if (charset !== undefined) return charset;
    if (attribute(meta, 'http-equiv')?.toLowerCase() !== 'content-type') continue;
    const declared = /charset\s*=\s*["']?([^"';\s]+)/i.exec(attribute(meta, 'content') ?? '');
    if (declared) return declared[1];
  }
  return undefined;
}

/** Why a `tor-*` element is left as it is, or `undefined` to render it. */
function skipReason(element: Element): string | undefined {
  if (element.namespaceURI !== HTML_NAMESPACE) {
    let foreign: Node = element;
    while ('parentNode' in foreign && foreign.parentNode && isElement(foreign.parentNode as Node)) {
      const parent = foreign.parentNode as Element;
      if (parent.namespaceURI === HTML_NAMESPACE) break;
      foreign = parent;
    }
    return `inside <${(foreign as Element).tagName}>, where it is an ${element.namespaceURI.split('/').pop()} element, not a custom element`;
  }
  return isTorElement(element.tagName) ? undefined : 'not a tor-elements element';
}

/**
 * Replaces the element's previous shadow root and anchors (if any) with new ones, and writes the
 * attributes it asks for (its id, its server inputs), replacing the values a previous run wrote.
 */
function editsFor(
  element: Element,
  location: ElementLocation,
  startTag: NonNullable<ElementLocation['startTag']>,
  shadow: string,
  additions: ServerAdditions,
): Edit[] {
  const edits: Edit[] = [];
  for (const node of element.childNodes.filter((child) => isShadowTemplate(child) || isAnchor(child))) {
    const range = (node as Element).sourceCodeLocation;
    if (range) edits.push({ start: range.startOffset, end: range.endOffset, text: '' });
  }
  const anchors = (additions.anchors ?? [])
    .map((id) => `<span id="${escapeAttribute(id)}" slot="anchor-${escapeAttribute(id)}" ${ANCHOR_ATTRIBUTE}></span>`)
    .join('');
  edits.push({ start: startTag.endOffset, end: startTag.endOffset, text: shadow + anchors });
  // New attributes go right after the last one (or the tag name): never between a value and a `/` that
  // may belong to it, as in `title=a/>`, where the `/` is part of the value.
  const afterAttributes = Math.max(
    startTag.startOffset + 1 + element.tagName.length,
    ...Object.values(location.attrs ?? {}).map((range) => range.endOffset),
  );
  const attributes = { ...(additions.id ? { id: additions.id } : {}), ...additions.attributes };
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined) continue;
    const written = `${name}="${escapeAttribute(value)}"`;
    const previous = location.attrs?.[name];
    edits.push(
      previous
        ? { start: previous.startOffset, end: previous.endOffset, text: written }
        : { start: afterAttributes, end: afterAttributes, text: ` ${written}` },
    );
  }
  return edits;
}

/**
 * The `<meta http-equiv="Content-Security-Policy">` for the page, first in its head (after
 * `<meta charset>`; see `headStart`), so that the policy covers the whole page as the same policy sent
 * as a header would; a previous run's is taken out. A file with no head, `<html>` or doctype is a
 * fragment, where no meta may go: that is an error, never a silent omission.
 */
function cspEdits(document: DefaultTreeAdapterMap['document'], policy: PolicySources): Edit[] | PrerenderProblem {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(policy)}" ${CSP_MARK} />`;
  const at = headStart(document);
  if (at === undefined)
    return {
      tag: 'meta',
      line: 1,
      column: 1,
      reason:
        'no Content-Security-Policy written: the file has no <head>, <html> or <!doctype>, so it is not a whole page ' +
        'and HTML allows the <meta> nowhere in it. Add <!doctype html> or <head>, or leave out --csp for fragments.',
    };
  const html = document.childNodes.find((node): node is Element => isElement(node) && node.tagName === 'html');
  const head = html?.childNodes.find((node): node is Element => isElement(node) && node.tagName === 'head');
  const previous = head?.childNodes.find(
    (child): child is Element =>
      isElement(child) && child.tagName === 'meta' && attribute(child, CSP_MARK) !== undefined,
  )?.sourceCodeLocation;
  const removal = previous ? [{ start: previous.startOffset, end: previous.endOffset, text: '' }] : [];
  return [...removal, { start: at, end: at, text: meta }];
}

/** The text with every edit applied (offsets are the original text's). */
function applyEdits(source: string, edits: Edit[]): string {
  // One pass from the start: linear in the page's size. Of edits at one place, a later one comes first,
  // as if each had been applied from the end of the text backwards.
  const ordered = edits
    .map((edit, index) => ({ ...edit, index }))
    .sort((a, b) => a.start - b.start || a.end - b.end || b.index - a.index);
  const pieces: string[] = [];
  let at = 0;
  for (const edit of ordered) {
    pieces.push(source.slice(at, Math.max(at, edit.start)), edit.text);
    at = Math.max(at, edit.end);
  }
  pieces.push(source.slice(at));
  return pieces.join('');
}
