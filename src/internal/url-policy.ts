// The one URL policy every href passes: http, https, mailto and relative URLs, decided as a browser reads them.
const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
/**
 * A relative URL takes the scheme of the page's base: https on most sites, http on onion services.
 * Both are tried because `https:x` is relative on an https page but an https URL without a host (a
 * link that goes nowhere) on an http one. `.invalid` never resolves.
 */
const RELATIVE_BASES = ['https://relative.invalid/', 'http://relative.invalid/'];
const MAX_SHOWN = 80;

/**
 * Whether `value` may be used as a link. The WHATWG URL parser strips and ignores exactly what a
 * browser does (leading spaces and control characters, tabs and newlines inside the scheme), so
 * `java\tscript:` is seen as `javascript:` here too.
 */
export function isAllowedUrl(value: string): boolean {
  return typeof value === 'string' && RELATIVE_BASES.every((base) => isAllowedFrom(value, base));
}

/**
 * `value` unchanged when {@link isAllowedUrl} allows it, else `undefined` and a console warning naming
 * `owner` (an element tag). A missing value (`undefined` or `null`) is no link rather than a refused one.
 */
export function safeHref(value: string, owner: string): string | undefined {
  if (isAllowedUrl(value)) return value;
  if (value != null) {
    console.warn(`${owner}: refused the link ${shown(value)}: only http, https, mailto and relative URLs are allowed`);
  }
  return undefined;
}

function isAllowedFrom(value: string, base: string): boolean {
  try {
    return ALLOWED_PROTOCOLS.has(new URL(value, base).protocol);
  } catch {
    return false;
  }
}

/** JSON quoting shows control characters unambiguously; a non-string is named by its type. */
function shown(value: unknown): string {
  if (typeof value !== 'string') return `of type ${typeof value}`;
  return JSON.stringify(value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value);
}

// Inline images a partner embeds to save a request; SVG is left out because Tor Browser's Safest level disables it.
const INLINE_IMAGE = /^data:image\/(?:png|gif|jpeg|webp|avif)[;,]/i;

/** Whether `value` may be an image's `src`: an allowed URL (but not mailto), or an inline raster image. */
export function isAllowedImageUrl(value: string): boolean {
  if (typeof value !== 'string') return false;
  if (INLINE_IMAGE.test(value.trim())) return true;
  return isAllowedUrl(value) && !RELATIVE_BASES.some((base) => isMailto(value, base));
}

function isMailto(value: string, base: string): boolean {
  try {
    return new URL(value, base).protocol === 'mailto:';
  } catch {
    return false;
  }
}

/** Like {@link safeHref}, for an image's `src`. */
export function safeImageSrc(value: string, owner: string): string | undefined {
  if (isAllowedImageUrl(value)) return value;
  if (value != null)
    console.warn(
      `${owner}: refused the image ${shown(value)}: only http, https, relative and data:image URLs are allowed`,
    );
  return undefined;
}
