/// <reference types="node" />
/**
 * The Content-Security-Policy a prerendered page can run under without `'unsafe-inline'`: its own
 * files, the exact inline styles of the shadow roots, and the page's own inline `<style>`s, scripts and
 * style attributes by hash (so the same policy works sent as a header, where it covers the whole page).
 */
import { createHash } from 'node:crypto';
import { imageOrigin } from '../policy/url.js';

/** CSP sources, each a set of `'sha256-…'` hashes or origins. */
export interface PolicySources {
  /** Inline `<style>` elements: the shadow roots' and the page's own. */
  styles: Iterable<string>;
  /** The page's own inline `<script>`s. */
  scripts?: Iterable<string>;
  /** The page's own `style="…"` attributes (allowed by hash with `'unsafe-hashes'`). */
  styleAttributes?: Iterable<string>;
  /** Origins other than the page's that rendered images load from (an element's `image-origins`). */
  imageOrigins?: Iterable<string>;
}

/** `'sha256-…'` of `text`, as CSP hashes an inline style or script. */
export const cspHash = (text: string): string => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

const sorted = (values: Iterable<string> | undefined) => [...new Set(values ?? [])].sort();

/**
 * The policy for `sources`: `default-src 'self'`, images from the page and inline data (and the
 * origins listed), styles and scripts from the page's files and exactly the hashed inline ones.
 * Given an array of hashes (the older form), those are the inline styles.
 */
export function contentSecurityPolicy(sources: PolicySources | readonly string[]): string {
  const { styles, scripts, styleAttributes, imageOrigins } = Array.isArray(sources)
    ? { styles: sources as readonly string[] }
    : (sources as PolicySources);
  const directive = (name: string, values: string[]) => [name, ...values].join(' ');
  const scriptHashes = sorted(scripts);
  const attributeHashes = sorted(styleAttributes);
  return [
    "default-src 'self'",
    directive('img-src', ["'self'", 'data:', ...sorted(imageOrigins)]),
    directive('style-src', ["'self'", ...sorted(styles)]),
    ...(attributeHashes.length > 0 ? [directive('style-src-attr', ["'unsafe-hashes'", ...attributeHashes])] : []),
    ...(scriptHashes.length > 0 ? [directive('script-src', ["'self'", ...scriptHashes])] : []),
  ].join('; ');
}

/** The hashes of the inline styles in rendered shadow-root markup. */
export function styleHashesOf(shadow: string): string[] {
  return [...shadow.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(([, css]) => cspHash(css ?? ''));
}

/** The origins, other than the page's, of the images in rendered shadow-root markup. */
export function imageOriginsOf(shadow: string): string[] {
  return [...shadow.matchAll(/<img\b[^>]*?\ssrc="([^"]*)"/g)]
    .map(([, src]) => imageOrigin(unescapeAttribute(src ?? '')))
    .filter((origin): origin is string => origin !== undefined && origin !== 'self');
}

const unescapeAttribute = (value: string) =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
