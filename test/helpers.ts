/** Helpers the component tests share. */
import { aTimeout, fixture as clientFixture } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { render, type LitElement, type TemplateResult } from 'lit';
import { registeredContent } from '../src/content/store.js';
import type { LocaleInfo } from '../src/content/locale.js';
import { attributeName } from '../src/internal/attributes.js';
import { localDay } from '../src/internal/day.js';
import { listenToReports, type ReportLevel } from '../src/internal/report.js';

export type ConsoleMethod = 'error' | 'warn';

/** While a hydrated element's twin renders (see `expectSameAsClientRender`), its reports are not the test's. */
let twinRendering = false;

/** The first element of `element`'s shadow root with that part. */
export const part = (element: Element, name: string) =>
  element.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

/** Every element of `element`'s shadow root with that part. */
export const parts = (element: Element, name: string) => [
  ...element.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`),
];

/** Text as a reader sees it: whitespace folded. */
export const textOf = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The language a browser gives `node`'s text: the nearest `lang` up the composed tree ('' for none). */
export function languageOf(node: Node): string {
  for (let at: Node | null = node; at; at = at.parentNode ?? (at as ShadowRoot).host ?? null) {
    if (at instanceof Element && at.hasAttribute('lang')) return at.getAttribute('lang')!;
  }
  return '';
}

/** The language of the first words inside `element` (in its light tree, or as slotted fallback). */
export function wordsLanguage(element: Element): string {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.textContent!.trim() !== '' && node.parentElement?.localName !== 'style') return languageOf(node);
  }
  return languageOf(element);
}

/** The direction a browser lays `element`'s text out in. */
export const directionOf = (element: Element) => getComputedStyle(element).direction;

/**
 * Records the problems elements report (through their one funnel, as the server renderer does) at
 * `level` until `restore()` is called. Other levels go to the console as usual.
 */
export function captureReports(level: ReportLevel): { messages: string[]; restore: () => void } {
  const messages: string[] = [];
  const restore = listenToReports((report) => {
    if (twinRendering) return;
    if (report.level === level) messages.push(report.message);
    else console[report.level](report.message);
  });
  return { messages, restore };
}

/** Records what `console[method]` receives until `restore()` is called. */
export function captureConsole(method: ConsoleMethod): { messages: string[]; restore: () => void } {
  const original = console[method];
  const messages: string[] = [];
  console[method] = (...args: unknown[]) => messages.push(args.map(String).join(' '));
  return { messages, restore: () => (console[method] = original) };
}

/** The visible text of an element's shadow root (not its styles), with whitespace folded. */
export function shadowText(element: Element): string {
  const root = element.shadowRoot;
  if (!root) return '';
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.localName !== 'style') text += node.textContent ?? '';
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** Waits for a Lit element's update, and for a frame so MutationObservers and slotchange have run. */
export async function settled(element: LitElement): Promise<void> {
  await element.updateComplete;
  await aTimeout(0);
  await element.updateComplete;
}

/** Runs `body` with `<html lang dir>` set, then restores them. */
export async function withPageLocale(lang: string, dir: string | null, body: () => Promise<void>): Promise<void> {
  const root = document.documentElement;
  const before = { lang: root.getAttribute('lang'), dir: root.getAttribute('dir') };
  const set = (name: string, value: string | null) =>
    value === null ? root.removeAttribute(name) : root.setAttribute(name, value);
  set('lang', lang);
  set('dir', dir);
  try {
    await body();
  } finally {
    set('lang', before.lang);
    set('dir', before.dir);
  }
}

/** The window size tests start with (@web/test-runner's default). */
const DEFAULT_VIEWPORT = { width: 800, height: 600 };

/** Runs `body` with the browser window `width` pixels wide (a phone: 375; a laptop: 1280), then restores it. */
export async function atWidth(width: number, body: () => Promise<void>): Promise<void> {
  await setViewport({ width, height: 900 });
  try {
    await body();
  } finally {
    await setViewport(DEFAULT_VIEWPORT);
  }
}

export interface MediaEmulation {
  media?: 'print' | '';
  forcedColors?: 'active' | '';
}

/** Runs `body` with print media or forced colours emulated (in both browsers), then back to the screen. */
export async function withMedia(emulation: MediaEmulation, body: () => Promise<void>): Promise<void> {
  await executeServerCommand('tor-emulate-media', emulation);
  try {
    await body();
  } finally {
    await executeServerCommand('tor-emulate-media', { media: '', forcedColors: '' });
  }
}

declare global {
  interface Window {
    /** Set by web-test-runner.config.mjs: how this page's elements are rendered. */
    TOR_FIXTURE_MODE?: 'client' | 'server-rendered';
  }
}

export const serverRendered = window.TOR_FIXTURE_MODE === 'server-rendered';

/**
 * Renders a test's template like `@open-wc/testing`'s `fixture`, in the mode of this test page: in the
 * browser, or (the server-rendered group) on the server by the prerender step, then hydrated here.
 * Returns the template's first element once every element in it has finished updating.
 */
export async function fixture<T extends Element>(template: TemplateResult): Promise<T> {
  if (!serverRendered) return clientFixture<T>(template);
  const { markup, clientOnly } = toMarkup(template);
  const root = document.documentElement;
  const locale: LocaleInfo = { lang: root.lang || 'en', dir: root.dir === 'rtl' ? 'rtl' : 'ltr' };
  const result = (await executeServerCommand('tor-prerender', { markup, content: registeredContent(), locale })) as {
    html?: string;
    errors: Array<{ reason: string }>;
  };
  const failures = result.errors.map((error) => error.reason);
  if (result.html === undefined || failures.length > 0)
    throw new Error(`server rendering failed:\n${failures.join('\n')}`);
  const container = document.createElement('div');
  container.setHTMLUnsafe(result.html);
  // Properties that have no attribute (a Date, the page's host) are set before the elements connect.
  const elements = torElementsIn(container);
  clientOnly.forEach((properties, index) => Object.assign(elements[index]!, properties));
  document.body.append(container);
  serverFixtures.push(container);
  await allUpdated(container);
  for (const element of torElementsIn(container)) await expectSameAsClientRender(element);
  return container.firstElementChild as T;
}

/**
 * Hydration keeps the server's DOM and trusts that the browser's first render matches it; a value that
 * differs stays stale without an error. So each hydrated element is compared with a twin rendered in
 * the browser from the same attributes, properties and light DOM, in the same place.
 */
async function expectSameAsClientRender(element: Element): Promise<void> {
  const twin = document.createElement(element.localName);
  for (const { name, value } of element.attributes) twin.setAttribute(name, value);
  const definition = customElements.get(element.localName) as { elementProperties?: Map<string, unknown> } | undefined;
  for (const name of definition?.elementProperties?.keys() ?? []) {
    (twin as unknown as Record<string, unknown>)[name] = (element as unknown as Record<string, unknown>)[name];
  }
  for (const child of element.childNodes) {
    if (!(child instanceof HTMLTemplateElement && child.hasAttribute('shadowrootmode')))
      twin.append(child.cloneNode(true));
  }
  // The twin repeats the element's reports (an unknown id, say); the test counts the element's own.
  const quiet = listenToReports(() => {});
  twinRendering = true;
  element.after(twin);
  try {
    await allUpdated(twin.parentElement!);
    const hydrated = describeShadow(element);
    const rendered = describeShadow(twin);
    if (hydrated !== rendered) {
      const at = [...hydrated].findIndex((char, index) => char !== rendered[index]);
      throw new Error(
        `<${element.localName}> after hydration differs from a browser render:\n  hydrated: …${hydrated.slice(Math.max(0, at - 80), at + 120)}\n  rendered: …${rendered.slice(Math.max(0, at - 80), at + 120)}`,
      );
    }
  } finally {
    twin.remove();
    twinRendering = false;
    quiet();
  }
}

/** A shadow root as text for comparison: elements, sorted attributes and text, without comments and styles. */
function describeShadow(element: Element): string {
  const root = element.shadowRoot;
  return root ? [...root.childNodes].map(describeNode).join('') : '';
}

function describeNode(node: Node): string {
  if (node instanceof Text) return node.data.trim() ? node.data.replace(/\s+/g, ' ') : '';
  if (!(node instanceof Element) || node.localName === 'style') return '';
  const attributes = [...node.attributes]
    .filter((attribute) => attribute.name !== 'defer-hydration')
    .map((attribute) => `${attribute.name}="${attribute.value}"`)
    .sort()
    .join(' ');
  const children = [...node.childNodes].map(describeNode).join('');
  return `<${node.localName} ${attributes}>${children}${describeShadow(node)}</${node.localName}>`;
}

const serverFixtures: HTMLElement[] = [];
afterEach(() => serverFixtures.splice(0).forEach((container) => container.remove()));

const torElementsIn = (root: ParentNode) =>
  [...root.querySelectorAll('*')].filter((element) => element.localName.startsWith('tor-'));

/**
 * The template as HTML a static page would hold. It is rendered into a detached element (elements
 * there upgrade but do not render), and each property Lit set that differs from a new element's
 * becomes its attribute (objects as JSON, dates as days); properties without an attribute are
 * returned, to set in the browser.
 */
function toMarkup(template: TemplateResult): { markup: string; clientOnly: Array<Record<string, unknown>> } {
  const holder = document.createElement('div');
  render(template, holder);
  const clientOnly = torElementsIn(holder).map((element) => {
    const definition = customElements.get(element.localName) as typeof LitElement;
    const fresh = document.createElement(element.localName) as unknown as Record<string, unknown>;
    const values = element as unknown as Record<string, unknown>;
    const leftover: Record<string, unknown> = {};
    for (const name of definition.elementProperties.keys()) {
      if (typeof name !== 'string') continue;
      const attribute = attributeName(definition, name);
      if ((attribute && element.hasAttribute(attribute)) || values[name] === fresh[name]) continue;
      if (attribute === undefined) leftover[name] = values[name];
      else setAsAttribute(element, attribute, values[name]);
    }
    return leftover;
  });
  return { markup: holder.innerHTML, clientOnly };
}

function setAsAttribute(element: Element, attribute: string, value: unknown): void {
  if (value === undefined || value === null || value === false) element.removeAttribute(attribute);
  else if (value === true) element.setAttribute(attribute, '');
  else if (value instanceof Date) element.setAttribute(attribute, localDay(value));
  else if (typeof value === 'object') element.setAttribute(attribute, JSON.stringify(value));
  else element.setAttribute(attribute, String(value));
}

/** Waits until no element in `root` (or in their shadow roots) has an update pending. */
async function allUpdated(root: ParentNode): Promise<void> {
  for (let round = 0; round < 20; round += 1) {
    const elements = deepTorElements(root) as unknown as LitElement[];
    const done = await Promise.all(elements.map((element) => element.updateComplete));
    if (done.every(Boolean)) return;
  }
}

function deepTorElements(root: ParentNode): Element[] {
  return torElementsIn(root).flatMap((element) => [
    element,
    ...(element.shadowRoot ? deepTorElements(element.shadowRoot) : []),
  ]);
}
