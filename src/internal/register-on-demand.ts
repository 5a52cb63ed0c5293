/**
 * `registerContent` for the drop-in bundle: the same checks, messages and result as the npm module's,
 * but the checks load on first use (once, from the page's own origin), so a page that registers
 * nothing never downloads them. It returns a promise of the result; until it settles the elements
 * wait to render, so a page's first render already shows what it registers.
 */
import { awaitContent } from '../content/store.js';
import type { ContentPatch } from '../content/types.js';
import type { ValidationResult } from '../content/validate.js';
import { loadContentChecks } from './content-checks.js';

const NOT_LOADED: ValidationResult = {
  ok: false,
  problems: [{ path: 'content', message: 'the checks of content could not be loaded, so nothing was registered' }],
};

/**
 * Adds or overrides content for a locale, checked, as `registerContent` of `tor-elements/content`
 * does; resolves to the same result (`{ ok, problems }`). Invalid content is not registered: every
 * problem is logged with its path.
 */
export function registerContent(locale: string, patch: ContentPatch): Promise<ValidationResult> {
  const result = loadContentChecks().then((checks) =>
    checks ? checks.registerContent(locale, patch) : { ...NOT_LOADED, problems: [...NOT_LOADED.problems] },
  );
  awaitContent(result);
  // Code written for the synchronous API reads the result at once: say what to change, not just `undefined`.
  for (const key of ['ok', 'problems'] as const) {
    Object.defineProperty(result, key, { get: () => missingAwait(key) });
  }
  return result;
}

function missingAwait(key: string): undefined {
  console.error(
    `tor-elements: registerContent of the drop-in bundle returns a Promise, so reading .${key} on it gives undefined; ` +
      'write `const result = await registerContent(locale, patch)` (the content is registered all the same).',
  );
  return undefined;
}
