/**
 * Loaded before every browser test. When an assertion about a DOM node fails, @web/test-runner sends
 * the node itself back to Node and the browser session crashes instead of reporting the failure.
 * Nodes are turned into their markup (shortened) as chai records them, so the failure reads well.
 */
import { AssertionError } from '@esm-bundle/chai';

const MAX_LENGTH = 300;

function readable(value: unknown): unknown {
  if (!(value instanceof Node)) return value;
  const markup = value instanceof Element ? value.outerHTML : `${value.nodeName} ${value.textContent ?? ''}`;
  return markup.length > MAX_LENGTH ? `${markup.slice(0, MAX_LENGTH)}…` : markup;
}

for (const key of ['actual', 'expected'] as const) {
  Object.defineProperty(AssertionError.prototype, key, {
    configurable: true,
    set(this: Error, value: unknown) {
      Object.defineProperty(this, key, {
        value: readable(value),
        writable: true,
        enumerable: true,
        configurable: true,
      });
    },
  });
}
