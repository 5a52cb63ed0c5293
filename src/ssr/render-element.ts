/// <reference types="node" />
/**
 * Renders one tor-elements element to Declarative Shadow DOM on a server, with @lit-labs/ssr, given
 * what the page says about it: its attributes, the slots its light DOM fills, and the locale around it.
 */
import '../all.js';
import { getElementRenderer } from '@lit-labs/ssr/lib/element-renderer.js';
import { LitElementRenderer } from '@lit-labs/ssr/lib/lit-element-renderer.js';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import type { RenderInfo } from '@lit-labs/ssr/lib/render-value.js';
import type { LocaleInfo } from '../content/locale.js';
import { setServerSlots, withServerLocale } from '../internal/server-context.js';

export interface ElementToRender {
  /** The tag, e.g. `tor-onion-footer`. */
  tag: string;
  /** The element's attributes, in order. */
  attributes: ReadonlyArray<readonly [name: string, value: string]>;
  /** Slot names the page fills in the element's light DOM (`''` for the default slot). */
  slots?: Iterable<string>;
  /** The nearest `lang` and `dir` around the element. */
  locale: LocaleInfo;
}

export interface RenderedElement {
  /** `<template shadowrootmode="open">…</template>`, to put first inside the element. */
  shadow: string;
  /** The element instance after rendering, for anything the page needs besides the shadow root. */
  element: HTMLElement;
  /** What the element logged while rendering (invalid content, unknown ids). */
  errors: string[];
  warnings: string[];
}

/** Whether `tag` is an element this package renders. */
export const isTorElement = (tag: string): boolean => tag.startsWith('tor-') && customElements.get(tag) !== undefined;

/** Runs `render` while collecting console errors and warnings instead of printing them. */
function capturingConsole<T>(render: () => T): { result: T; errors: string[]; warnings: string[] } {
  const errors: string[] = [];
  const warnings: string[] = [];
  const { error, warn } = console;
  console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    return { result: render(), errors, warnings };
  } finally {
    console.error = error;
    console.warn = warn;
  }
}

/** Renders `spec` to its shadow root. Throws for an element this package does not define. */
export function renderElement(spec: ElementToRender): RenderedElement {
  if (!isTorElement(spec.tag)) throw new Error(`<${spec.tag}> is not a tor-elements element`);
  const renderInfo: RenderInfo = {
    elementRenderers: [LitElementRenderer],
    customElementInstanceStack: [],
    customElementHostStack: [],
    eventTargetStack: [],
    slotStack: [],
    deferHydration: false,
  };
  const renderer = getElementRenderer(renderInfo, spec.tag);
  const element = renderer.element;
  if (!element) throw new Error(`<${spec.tag}> could not be created on the server`);
  setServerSlots(element, spec.slots ?? []);
  const { result, errors, warnings } = capturingConsole(() =>
    withServerLocale(spec.locale, () => {
      for (const [name, value] of spec.attributes) renderer.setAttribute(name, value);
      renderInfo.customElementInstanceStack.push(renderer);
      renderer.connectedCallback();
      renderInfo.customElementHostStack.push(renderer);
      return collectResultSync(renderer.renderShadow(renderInfo) ?? []);
    }),
  );
  const { mode = 'open', delegatesFocus } = renderer.shadowRootOptions;
  const focus = delegatesFocus ? ' shadowrootdelegatesfocus' : '';
  return { shadow: `<template shadowrootmode="${mode}"${focus}>${result}</template>`, element, errors, warnings };
}
