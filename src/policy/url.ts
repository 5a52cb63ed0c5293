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
export const ALLOWED_IMAGES = 'images on the page’s own origin (relative URLs) and data:image URLs';

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
const WEB_PROTOCOLS = new Set(['http:', 'https:']);
/** Two pages on different hosts: a URL relative to the page lands on each page's own host. */
const PAGE_BASES = ['https://page-a.invalid/', 'http://page-b.invalid/'];

/**
 * Where an image with this `src` would load from: `'self'` for the page's own origin (a relative URL,
 * read as on an https page and on an http one) and inline raster images; the origin for any other
 * (`//cdn.example/x.png` and `\\cdn.example\x.png` are `https://cdn.example` to a browser); `undefined`
 * for a URL no image may have (scripts, SVG or HTML data, mailto).
 */
export function imageOrigin(value: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (INLINE_IMAGE.test(value.trim())) return 'self';
  const origins = new Set<string>();
  for (const base of PAGE_BASES) {
    let url: URL;
    try {
      url = new URL(value, base);
    } catch {
      return undefined;
    }
    if (!WEB_PROTOCOLS.has(url.protocol)) return undefined;
    origins.add(url.host === new URL(base).host ? 'self' : url.origin);
  }
  // `https:x.png` is relative on an https page but https://x.png on an http one: the other origin counts.
  return [...origins].find((origin) => origin !== 'self') ?? 'self';
}

/** An origin as a page writes it (`https://Media.example.org/`), as `URL` names it (`https://media.example.org`). */
export function normalOrigin(value: string): string | undefined {
  try {
    const { origin } = new URL(value);
    return origin === 'null' ? undefined : origin;
  } catch {
    return undefined;
  }
}

/**
 * Whether `value` may be an image's `src`: an image on the page's own origin (`/img/x.png`,
 * `img/x.png`) or an inline raster image; an image on another origin only where the page opts in by
 * listing that origin in `allowedOrigins` (`['https://media.example.org']`). A request to another
 * origin is one a Tor reader did not ask for.
 */
export function isAllowedImageUrl(value: string, allowedOrigins: readonly string[] = []): boolean {
  const origin = imageOrigin(value);
  if (origin === undefined) return false;
  return origin === 'self' || allowedOrigins.some((allowed) => normalOrigin(allowed) === origin);
}

/** Like {@link safeHref}, for an image's `src`. */
export function safeImageSrc(value: string, allowedOrigins: readonly string[] = []): string | undefined {
  return isAllowedImageUrl(value, allowedOrigins) ? value : undefined;
}
