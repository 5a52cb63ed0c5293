/**
 * Loads the package's own translation when the page's language needs one: `locales/<code>.js` beside
 * the package's files, from the page's own origin only, once per locale. What a page registers for the
 * same locale stays on top of it.
 */
import { addShippedContent, localeChain } from '../content/store.js';
import type { ContentPatch } from '../content/types.js';
import { loadContentChecks } from './content-checks.js';
import { LOCALE_ALIASES, SHIPPED_LOCALES } from './shipped-locales.js';

// Where `locales/` is relative to this code as built: the build writes it for each output file. Left
// as is (the sources run by a dev server), translations load only where `setLocalesUrl` says.
const LOCALES_PATH = '__TOR_ELEMENTS_LOCALES_PATH__';

const requested = new Map<string, Promise<void>>();
let configured: URL | null | undefined;

/** The shipped translation that serves `lang` (`fa-IR` → `fa`, `pt-br` → `pt-BR`), if there is one. */
export function shippedLocaleFor(lang: string): string | undefined {
  const mostSpecificFirst = localeChain(lang).reverse();
  for (const candidate of mostSpecificFirst) {
    const code = SHIPPED_LOCALES.find((shipped) => shipped.toLowerCase() === candidate) ?? LOCALE_ALIASES[candidate];
    if (code) return code;
  }
  return undefined;
}

/**
 * Where the shipped translations are served from: a folder on the page's own origin (by default the
 * `locales/` folder beside the package's files), or `null` to load none.
 */
export function setLocalesUrl(url: string | URL | null): void {
  configured = url === null ? null : new URL(String(url), globalThis.location?.href);
}

function localesUrl(): URL | null {
  if (configured !== undefined) return configured;
  return LOCALES_PATH.startsWith('__') ? null : new URL(LOCALES_PATH, import.meta.url);
}

/**
 * Starts loading the shipped translation for `lang` if it has one and it is not loaded; returns a
 * promise that settles once it is registered or known to be unavailable, else `undefined`.
 */
export function loadLocale(lang: string): Promise<void> | undefined {
  const code = shippedLocaleFor(lang);
  const folder = code && globalThis.document ? localesUrl() : null;
  if (!code || !folder) return undefined;
  const known = requested.get(code);
  if (known) return known;
  const url = new URL(`${code}.js`, folder);
  // A Tor reader's page makes no request to another origin: a package served from elsewhere loads none.
  if (url.origin !== globalThis.location?.origin) {
    console.error(
      `tor-elements: not loading the "${code}" translation from ${url.origin}, another origin; serve tor-elements from your own site.`,
    );
    requested.set(code, Promise.resolve());
    return undefined;
  }
  const fromOwnFolder = configured === undefined;
  const loading = import(/* @vite-ignore */ url.href)
    .then((module: { default: ContentPatch }) => register(code, module.default, fromOwnFolder))
    .catch(() =>
      console.warn(`tor-elements: the "${code}" translation could not be loaded from ${url.href}; showing English.`),
    );
  requested.set(code, loading);
  return loading;
}

/**
 * The package's own translations were checked when it was built (`tor-elements-i18n compile`); one
 * from a folder the page chose (`setLocalesUrl`) is checked like any content the page registers.
 */
async function register(code: string, patch: ContentPatch, fromOwnFolder: boolean): Promise<void> {
  if (fromOwnFolder) return addShippedContent(code, patch);
  (await loadContentChecks())?.registerShippedContent(code, patch);
}

/** Forgets which translations were requested (for tests). */
export function forgetRequestedLocales(): void {
  requested.clear();
}
