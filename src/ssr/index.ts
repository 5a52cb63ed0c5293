/// <reference types="node" />
/**
 * `tor-elements/ssr` (Node): renders tor-elements to HTML with Declarative Shadow DOM, one element
 * or a whole document, so pages read with JavaScript off. Register the same content here as on the
 * page (`registerContent`), so that the browser hydrates exactly what the server rendered.
 */
import { prerenderHtml, type PrerenderOptions, type PrerenderResult } from './prerender.js';
import { setUpServer } from './server-setup.js';

setUpServer();

export { prerenderHtml } from './prerender.js';
export { contentSecurityPolicy } from './csp.js';
export type { PolicySources } from './csp.js';
export type {
  PrerenderOptions,
  PrerenderResult,
  PrerenderProblem,
  RenderedEntry,
  SkippedElement,
} from './prerender.js';
export { renderElement, isTorElement } from './render-element.js';
export type { ElementToRender, RenderedElement } from './render-element.js';
export { registerContent, resetContent } from '../content/registry.js';
export { registerShippedLocales } from './shipped-locales.js';

/**
 * `markup` (an element such as `<tor-tip-box tip="donate"></tor-tip-box>`, or a page) with every
 * tor-elements element rendered. Throws, naming each element and the reason, if any cannot be.
 */
export function renderHtml(markup: string, options?: PrerenderOptions): string {
  const result: PrerenderResult = prerenderHtml(markup, options);
  if (result.errors.length > 0) {
    const reasons = result.errors.map((error) => `line ${error.line}, <${error.tag}>: ${error.reason}`);
    throw new Error(`tor-elements: could not render:\n${reasons.join('\n')}`);
  }
  return result.html;
}
