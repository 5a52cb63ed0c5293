/**
 * What every server render needs, once, before the first (the library API, the prerender command and
 * each of its worker threads alike): a server renders synchronously, so it has the package's
 * translations and the full onion-address check up front, not loaded on demand as a browser does.
 * A call, not an import for its effects: bundlers drop those from modules marked free of side effects.
 */
import { provideOnionParser } from '../internal/onion-check.js';
import { parseOnionAddress } from '../policy/onion-address.js';
import { registerShippedLocales } from './shipped-locales.js';

let done = false;

export function setUpServer(): void {
  if (done) return;
  done = true;
  registerShippedLocales();
  provideOnionParser(parseOnionAddress);
}
