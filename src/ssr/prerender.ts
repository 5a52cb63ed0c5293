/// <reference types="node" />
/**
 * Expands every tor-elements element in an HTML document into Declarative Shadow DOM, so the page
 * reads without JavaScript. Only the elements change: every other byte of the document is kept, and
 * running it again on its own output changes nothing.
 */
import { createHash } from 'node:crypto';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { DEFAULT_LOCALE, localeIn, type LocaleInfo, type LocaleTree } from '../content/locale.js';
import { escapeHtml as escapeAttribute, foldWhitespace } from '../internal/text.js';
import { renderElement, type ServerAdditions } from './render-element.js';

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

export interface PrerenderResult {
  /** The document with every element expanded; the input unchanged when there were errors. */
  html: string;
  rendered: RenderedEntry[];
  errors: PrerenderProblem[];
  /** CSP source expressions (`'sha256-…'`) for the inline styles of the shadow roots. */
  styleHashes: string[];
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
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Marks what the prerender step adds to the light DOM, so the next run can find and replace it. */
const ANCHOR_ATTRIBUTE = 'data-tor-anchor';
const CSP_MARK = 'data-tor-elements';

const isElement = (node: Node): node is Element => 'tagName' in node;
const attribute = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value;
const isShadowTemplate = (node: Node) =>
  isElement(node) && node.tagName === 'template' && attribute(node, 'shadowrootmode') !== undefined;
const isAnchor = (node: Node) => isElement(node) && attribute(node, ANCHOR_ATTRIBUTE) !== undefined;

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

function styleHashesOf(shadow: string): string[] {
  return [...shadow.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(
    ([, css]) =>
      `'sha256-${createHash('sha256')
        .update(css ?? '')
        .digest('base64')}'`,
  );
}

/** The policy a prerendered page can run under: its own files, and exactly these inline styles. */
export function contentSecurityPolicy(styleHashes: readonly string[]): string {
  return `default-src 'self'; img-src 'self' data:; style-src 'self' ${styleHashes.join(' ')}`.trim();
}

/** Prerenders every `tor-*` element in `source` (a whole document or a fragment). */
export function prerenderHtml(source: string, options: PrerenderOptions = {}): PrerenderResult {
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
  const hashes = new Set<string>();

  for (const element of all.filter((candidate) => candidate.tagName.startsWith('tor-'))) {
    const location = element.sourceCodeLocation;
    if (!location?.startTag) continue;
    const where = { tag: element.tagName, line: location.startLine, column: location.startCol };
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
      });
      if (result.errors.length > 0 && !options.allowContentErrors) {
        errors.push({ ...where, reason: result.errors.join('\n') });
        continue;
      }
      styleHashesOf(result.shadow).forEach((hash) => hashes.add(hash));
      const additions = claimIds(result.additions, element, takenIds);
      edits.push(...editsFor(source, element, location, result.shadow, additions));
      rendered.push({ ...where, warnings: [...result.errors, ...result.warnings] });
    } catch (error) {
      errors.push({ ...where, reason: error instanceof Error ? error.message : String(error) });
    }
  }

  const styleHashes = [...hashes].sort();
  if (options.cspMeta && errors.length === 0) edits.push(...cspEdits(document, styleHashes));
  return { html: errors.length > 0 ? source : applyEdits(source, edits), rendered, errors, styleHashes };
}

/**
 * Replaces the element's previous shadow root and anchors (if any) with new ones, and writes the
 * attributes it asks for (its id, its server inputs), replacing the values a previous run wrote.
 */
function editsFor(
  source: string,
  element: Element,
  location: ElementLocation,
  shadow: string,
  additions: ServerAdditions,
): Edit[] {
  const startTagEnd = location.startTag?.endOffset ?? location.startOffset;
  const edits: Edit[] = [];
  for (const node of element.childNodes.filter((child) => isShadowTemplate(child) || isAnchor(child))) {
    const range = (node as Element).sourceCodeLocation;
    if (range) edits.push({ start: range.startOffset, end: range.endOffset, text: '' });
  }
  const anchors = (additions.anchors ?? [])
    .map((id) => `<span id="${escapeAttribute(id)}" slot="anchor-${escapeAttribute(id)}" ${ANCHOR_ATTRIBUTE}></span>`)
    .join('');
  edits.push({ start: startTagEnd, end: startTagEnd, text: shadow + anchors });
  const attributes = { ...(additions.id ? { id: additions.id } : {}), ...additions.attributes };
  const closing = source[startTagEnd - 2] === '/' ? startTagEnd - 2 : startTagEnd - 1;
  for (const [name, value] of Object.entries(attributes)) {
    const written = `${name}="${escapeAttribute(value)}"`;
    const previous = location.attrs?.[name];
    edits.push(
      previous
        ? { start: previous.startOffset, end: previous.endOffset, text: written }
        : { start: closing, end: closing, text: ` ${written}` },
    );
  }
  return edits;
}

function cspEdits(document: DefaultTreeAdapterMap['document'], styleHashes: string[]): Edit[] {
  const head = [...elementsOf(document)].find((element) => element.tagName === 'head');
  const headEnd = head?.sourceCodeLocation?.endTag?.startOffset;
  if (!head || headEnd === undefined) return [];
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(styleHashes)}" ${CSP_MARK} />`;
  const previous = head.childNodes.find(
    (child) => isElement(child) && child.tagName === 'meta' && attribute(child, CSP_MARK) !== undefined,
  );
  const range = (previous as Element | undefined)?.sourceCodeLocation;
  return range
    ? [{ start: range.startOffset, end: range.endOffset, text: meta }]
    : [{ start: headEnd, end: headEnd, text: `${meta}\n  ` }];
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
