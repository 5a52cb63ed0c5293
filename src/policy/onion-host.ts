/** Whether a page is served from an onion service: a check small enough for any page to carry. */

/**
 * Whether `hostname` (such as `location.hostname`) names an onion service, i.e. the page was reached
 * over Tor's onion routing rather than through an exit relay.
 */
export function isOnionHost(hostname: string): boolean {
  return typeof hostname === 'string' && /^[^.]+(?:\.[^.]+)*\.onion$/i.test(hostname);
}
