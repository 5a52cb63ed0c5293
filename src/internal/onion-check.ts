/**
 * Checks the footer's onion address without making every page pay for SHA3 and base32: the content's
 * own addresses (checked when the package is built) are known to be good; any other address waits
 * for the full checker, loaded once from the page's own origin — or provided up front by a server.
 */
import type { OnionAddressResult } from '../policy/onion-address.js';

type Parse = (input: string) => OnionAddressResult;

/** What the footer needs of a check: a usable address, or why not. */
export type OnionCheck = Extract<OnionAddressResult, { ok: false }> | { ok: true; host: string; url: string };

let parse: Parse | undefined;
let loading: Promise<void> | undefined;

/** Gives the full checker up front (a server renders synchronously, so it cannot wait for one). */
export function provideOnionParser(parser: Parse): void {
  parse = parser;
}

/** Loads the full checker, once; resolves when it is there. */
export function loadOnionParser(): Promise<void> {
  loading ??= import('../policy/onion-address.js').then((module) => provideOnionParser(module.parseOnionAddress));
  return loading;
}

/**
 * The check of `address`, if it can be given now: at once for one of `knownGood` (bare hosts from the
 * content, verified at build time), else once the full checker is here; `undefined` until then.
 */
export function checkOnionAddress(address: string, knownGood: readonly string[]): OnionCheck | undefined {
  const host = typeof address === 'string' ? address.trim().toLowerCase() : '';
  if (knownGood.includes(host)) return { ok: true, host, url: `http://${host}/` };
  return parse?.(address);
}
