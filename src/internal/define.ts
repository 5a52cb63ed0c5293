import { litPolicyRefused } from './trusted-types.js';

/**
 * Registers an element without ever throwing: a page that loads two copies of tor-elements (say, the
 * drop-in bundle and an npm build) keeps the first definition and gets a warning instead of an error.
 * Where the page refused Lit its Trusted Types policy (see trusted-types.ts, which said so once), no
 * element is defined, so the page keeps what it shows without them.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  if (!registry || litPolicyRefused()) return;
  const existing = registry.get(tag);
  if (!existing) {
    registry.define(tag, element);
  } else if (existing !== element) {
    console.warn(
      `${tag}: already defined by another copy of tor-elements; keeping the first one. Load tor-elements once per page.`,
    );
  }
}
