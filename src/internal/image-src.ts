/**
 * An image's `src` through the image policy, for the elements that show images (the user groups'
 * cards): apart from rich-text.ts, so an element without images does not carry the image policy.
 */
import { describeValue } from '../policy/describe.js';
import { ALLOWED_IMAGES, imageOrigin, safeImageSrc } from '../policy/image-url.js';
import type { Reporter } from './report.js';
import { allowed } from './rich-text.js';

/**
 * An image's `src` if the policy allows it (the page's own origin, inline rasters, or one of `origins`
 * the page opted into), else `undefined` and a warning naming the element and the fix.
 */
export function allowedImageSrc(src: string, owner: Reporter, origins: readonly string[] = []): string | undefined {
  const origin = imageOrigin(src);
  if (origin === undefined || origin === 'self') return allowed(src, safeImageSrc, owner, 'image', ALLOWED_IMAGES);
  const safe = safeImageSrc(src, origins);
  owner.reportOnce(
    `image:${src}`,
    safe === undefined ? src : undefined,
    () =>
      `refused the image ${describeValue(src)}: it would load from ${origin}, another origin than the page's, ` +
      `a request the reader did not ask for. Serve it from this site (a relative URL), or opt in with image-origins="${origin}".`,
    'warn',
  );
  return safe;
}
