/**
 * What every server render needs, done once when the renderer loads (the library API, the prerender
 * command and each of its worker threads alike): a server renders synchronously, so it has the
 * package's translations and the full onion-address check up front, not loaded on demand as a
 * browser does.
 */
import { provideOnionParser } from '../internal/onion-check.js';
import { parseOnionAddress } from '../policy/onion-address.js';
import { registerShippedLocales } from './shipped-locales.js';

registerShippedLocales();
provideOnionParser(parseOnionAddress);
