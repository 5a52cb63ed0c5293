/// <reference types="node" />
/**
 * Renders one element of a page to Declarative Shadow DOM with @lit-labs/ssr's public API, given what
 * the page says about it: its attributes, and what a browser would find around it (`ServerContext`).
 */
import '../all.js';
import { LitElementRenderer, render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import * as checks from '../content/checks.js';
import { onContentChange } from '../content/store.js';
import { provideContentChecks } from '../internal/content-checks.js';
import { localDay } from '../internal/day.js';
import { listenToReports, type Report } from '../internal/report.js';
import type { ServerAdditions, ServerContext } from '../internal/server-context.js';
import { TorElement } from '../internal/tor-element.js';
import { withoutLitMarkers } from './lit-markers.js';

export type { ServerAdditions, ServerContext } from '../internal/server-context.js';

export interface ElementToRender {
  /** The tag, e.g. `tor-onion-footer`. */
  tag: string;
  /** The element's attributes, in order. */
  attributes: ReadonlyArray<readonly [name: string, value: string]>;
  /** What a browser would find around the element: the locale, the slots the page fills. */
  context: ServerContext;
  /**
   * Keep Lit's hydration markers (`<!--lit-part …-->`), for a page that loads the hydration bundle.
   * By default they are left out: the page runs the enhancement script (`tor-elements/enhance.js`), or none.
   */
  hydrate?: boolean;
}

export interface RenderedElement {
  /** `<template shadowrootmode="open">…</template>`, to put first inside the element. */
  shadow: string;
  /** What the element asks the page to hold beside its shadow root (an id, anchors, server inputs). */
  additions: ServerAdditions;
  /** What the element reported while rendering (invalid content, unknown ids; refused links). */
  errors: string[];
  warnings: string[];
}

// A server renders synchronously, so it cannot wait for the checks of partner content: they are here up front.
provideContentChecks(checks);

const TAG = /^tor-[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Whether `tag` is an element of this package (registered, and built on its base class). */
export function isTorElement(tag: string): boolean {
  return TAG.test(tag) && customElements.get(tag)?.prototype instanceof TorElement;
}

/**
 * A site's pages repeat the same elements (the footer and the banner on every page): an element
 * given the same inputs renders the same on the same day, so it is rendered once per day. Registering
 * content empties the cache; the oldest entry goes first when it is full.
 */
const rendered = new Map<string, RenderedElement>();
const MAX_CACHED = 256;
onContentChange(() => rendered.clear());

/** Renders `spec` to its shadow root. Throws for an element this package does not define. */
export function renderElement(spec: ElementToRender): RenderedElement {
  if (!isTorElement(spec.tag)) throw new Error(`<${spec.tag}> is not a tor-elements element`);
  const { locale, slots } = spec.context;
  const hydrate = spec.hydrate ?? false;
  const key = JSON.stringify([spec.tag, spec.attributes, locale, [...slots], hydrate, localDay(new Date())]);
  const cached = rendered.get(key);
  if (cached) return cached;
  const fresh = renderFresh(spec);
  const result = hydrate ? fresh : { ...fresh, shadow: withoutLitMarkers(fresh.shadow) };
  if (rendered.size >= MAX_CACHED) rendered.delete(rendered.keys().next().value as string);
  rendered.set(key, result);
  return result;
}

function renderFresh(spec: ElementToRender): RenderedElement {
  let pageElement: TorElement | undefined;

  // The page's element takes the page's attributes and context; the page keeps its own start tag, so
  // no attributes are written. Elements it renders inside itself are rendered as Lit renders them.
  class PageElementRenderer extends LitElementRenderer {
    constructor(tagName: string) {
      super(tagName);
      if (pageElement) return;
      pageElement = this.element as TorElement;
      pageElement.serverContext = spec.context;
      for (const [name, value] of spec.attributes) this.setAttribute(name, value);
    }

    override renderAttributes() {
      return this.element === pageElement ? [] : super.renderAttributes();
    }
  }

  // A checked tag name, never page text: the one static part of the template.
  const tag = unsafeStatic(spec.tag);
  const reports: Report[] = [];
  const stopListening = listenToReports((report) => reports.push(report));
  let output: string;
  let additions: ServerAdditions;
  try {
    // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html -- a static tag, which lit-html/static allows
    output = collectResultSync(render(html`<${tag}></${tag}>`, { elementRenderers: [PageElementRenderer] }));
    additions = pageElement?.serverAdditions() ?? {};
  } finally {
    stopListening();
  }
  const open = `<${spec.tag}>`;
  const shadow = output
    .slice(output.indexOf(open) + open.length, output.lastIndexOf(`</${spec.tag}>`))
    // Lit also writes the pre-standard `shadowroot` attribute, which no browser reads any more.
    .replace(/^<template shadowroot="(?:open|closed)" /, '<template ');
  const messages = (level: Report['level']) => reports.filter((r) => r.level === level).map((r) => r.message);
  return {
    shadow,
    additions,
    errors: messages('error'),
    warnings: messages('warn'),
  };
}
