/// <reference types="node" />
/**
 * Renders one element of a page to Declarative Shadow DOM with @lit-labs/ssr's public API, given what
 * the page says about it: its attributes, and what a browser would find around it (`ServerContext`).
 */
import '../all.js';
import { LitElementRenderer, render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import { listenToReports, type Report } from '../internal/report.js';
import type { ServerAdditions, ServerContext } from '../internal/server-context.js';
import { TorElement } from '../internal/tor-element.js';

export type { ServerAdditions, ServerContext } from '../internal/server-context.js';

export interface ElementToRender {
  /** The tag, e.g. `tor-onion-footer`. */
  tag: string;
  /** The element's attributes, in order. */
  attributes: ReadonlyArray<readonly [name: string, value: string]>;
  /** What a browser would find around the element: the locale, the slots the page fills. */
  context: ServerContext;
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

const TAG = /^tor-[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Whether `tag` is an element of this package (registered, and built on its base class). */
export function isTorElement(tag: string): boolean {
  return TAG.test(tag) && customElements.get(tag)?.prototype instanceof TorElement;
}

/** Renders `spec` to its shadow root. Throws for an element this package does not define. */
export function renderElement(spec: ElementToRender): RenderedElement {
  if (!isTorElement(spec.tag)) throw new Error(`<${spec.tag}> is not a tor-elements element`);
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
  const shadow = output.slice(output.indexOf(open) + open.length, output.lastIndexOf(`</${spec.tag}>`));
  const messages = (level: Report['level']) => reports.filter((r) => r.level === level).map((r) => r.message);
  return {
    shadow,
    additions,
    errors: messages('error'),
    warnings: messages('warn'),
  };
}
