/**
 * The drop-in bundle for pages prerendered with `tor-elements-prerender` (`tor-elements/bundle-hydrate.js`):
 * Lit's hydration support first, so the elements take over their server-rendered shadow roots as they
 * are instead of rendering them again, then everything the plain bundle has.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';

export * from './bundle.js';
