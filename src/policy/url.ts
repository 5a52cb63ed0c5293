/**
 * The one URL policy every href passes: http, https, mailto and relative URLs, decided as a browser
 * reads them. Pure functions: what to say about a refused URL is the caller's business. The policy
 * for images is its own module (image-url.ts), re-exported here: an element that shows no image does
 * not carry it.
 */
export { ALLOWED_IMAGES, imageOrigin, isAllowedImageUrl, normalOrigin, safeImageSrc } from './image-url.js';

const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
/**
 * A relative URL takes the scheme of the page's base: https on most sites, http on onion services.
 * Both are tried because `https:x` is relative on an https page but an https URL without a host (a
 * link that goes nowhere) on an http one. `.invalid` never resolves.
 */
const RELATIVE_BASES = ['https://relative.invalid/', 'http://relative.invalid/'];

/** What the policy allows, in words for messages. */
export const ALLOWED_LINKS = 'http, https, mailto and relative URLs';

/**
 * Whether `value` may be used as a link. The WHATWG URL parser strips and ignores exactly what a
 * browser does (leading spaces and control characters, tabs and newlines inside the scheme), so
 * `java\tscript:` is seen as `javascript:` here too.
 */
export function isAllowedUrl(value: string): boolean {
  return typeof value === 'string' && RELATIVE_BASES.every((base) => ALLOWED_PROTOCOLS.has(protocolOf(value, base)));
}

/** `value` unchanged when {@link isAllowedUrl} allows it, else `undefined`. */
export function safeHref(value: string): string | undefined {
  return isAllowedUrl(value) ? value : undefined;
}

function protocolOf(value: string, base: string): string {
  try {
    return new URL(value, base).protocol;
  } catch {
    return '';
  }
}
