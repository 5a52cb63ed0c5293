/**
 * The drop-in bundle for pages prerendered with `tor-elements-prerender` (`tor-elements/bundle-hydrate.js`):
 * Lit's hydration support first, so the elements take over their server-rendered shadow roots as they
 * are instead of rendering them again, then everything the plain bundle has.
 */
// Before Lit loads (hydration support loads it): one clear error where the page's CSP refuses Lit's policy.
import './internal/trusted-types.js';
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';

export * from './bundle.js';
