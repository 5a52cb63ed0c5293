/**
 * The policy for an image's `src`: the page's own origin and inline raster images, and another origin
 * only where the page opts in. Pure functions, as in url.ts.
 */

/** What the policy allows, in words for messages. */
export const ALLOWED_IMAGES = 'images on the page’s own origin (relative URLs) and data:image URLs';

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

/** `value` unchanged when {@link isAllowedImageUrl} allows it, else `undefined` (as `safeHref` is for links). */
export function safeImageSrc(value: string, allowedOrigins: readonly string[] = []): string | undefined {
  return isAllowedImageUrl(value, allowedOrigins) ? value : undefined;
}
