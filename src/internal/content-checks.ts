/**
 * The checks of partner content (content/checks.ts) without making every page pay for them: loaded
 * once, from the page's own origin, when an element is given partner content or a page registers
 * content — or provided up front by a server, which renders synchronously.
 */
export type ContentChecks = typeof import('../content/checks.js');

let checks: ContentChecks | undefined;
let loading: Promise<ContentChecks | undefined> | undefined;

/** Gives the checks up front (a server cannot wait for them). */
export function provideContentChecks(module: ContentChecks): void {
  checks = module;
  module.checkNewItems();
}

/** Loads the checks, once; resolves to them, or to `undefined` (said on the console) if they could not load. */
export function loadContentChecks(): Promise<ContentChecks | undefined> {
  loading ??= import('../content/checks.js').then(
    (module) => {
      provideContentChecks(module);
      return module;
    },
    (error: unknown) => {
      console.error(
        `tor-elements: the checks of partner content could not be loaded (${String(error)}), so no partner content is shown. ` +
          'Serve the package’s chunks/ folder beside its other files.',
      );
      return undefined;
    },
  );
  return loading;
}

/** The checks, once they are here. */
export function contentChecks(): ContentChecks | undefined {
  return checks;
}
