/**
 * The one URL policy every href passes: http, https, mailto and relative URLs, decided as a browser
 * reads them. Pure functions: what to say about a refused URL is the caller's business.
 */
const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
/**
 * A relative URL takes the scheme of the page's base: https on most sites, http on onion services.
 * Both are tried because `https:x` is relative on an https page but an https URL without a host (a
 * link that goes nowhere) on an http one. `.invalid` never resolves.
 */
const RELATIVE_BASES = ['https://relative.invalid/', 'http://relative.invalid/'];

/** What the policy allows, in words for messages. */
export const ALLOWED_LINKS = 'http, https, mailto and relative URLs';
export const ALLOWED_IMAGES = 'http, https, relative and data:image URLs';

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

// Inline images a partner embeds to save a request; SVG is left out because Tor Browser's Safest level disables it.
const INLINE_IMAGE = /^data:image\/(?:png|gif|jpeg|webp|avif)[;,]/i;

/** Whether `value` may be an image's `src`: an allowed URL (but not mailto), or an inline raster image. */
export function isAllowedImageUrl(value: string): boolean {
  if (typeof value !== 'string') return false;
  if (INLINE_IMAGE.test(value.trim())) return true;
  return isAllowedUrl(value) && !RELATIVE_BASES.some((base) => protocolOf(value, base) === 'mailto:');
}

/** Like {@link safeHref}, for an image's `src`. */
export function safeImageSrc(value: string): string | undefined {
  return isAllowedImageUrl(value) ? value : undefined;
}
