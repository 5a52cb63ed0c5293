/**
 * The contract between an element and the server renderer (src/ssr/): what the server tells an
 * element that a browser would find in the page, and what an element asks the server to add.
 */
import type { LocaleInfo } from '../content/locale.js';

/** What a server knows of the page around an element, which it cannot see there (no DOM around it). */
export interface ServerContext {
  /** The nearest `lang` and `dir` around the element in the page. */
  locale: LocaleInfo;
  /** The slots the page's light DOM fills (`''` for the default slot), each with its text, whitespace folded. */
  slots: ReadonlyMap<string, string>;
}

/** What the server adds to the page for an element, beside its shadow root (see `serverAdditions()`). */
export interface ServerAdditions {
  /** An id for the element where the page gave none, so `#<id>` links reach it without JavaScript. */
  id?: string;
  /** Ids of empty anchors to put in the element's light DOM, each in slot `anchor-<id>`. */
  anchors?: readonly string[];
  /**
   * Host attributes the element declares as server inputs (`server-day`, say): what the server decided,
   * so the browser's first render repeats it and hydration matches.
   */
  attributes?: Readonly<Record<string, string | undefined>>;
  /**
   * A self-contained script for the page's `<head>`, written once per page however many elements ask
   * for it (the same text), so it runs before the page is painted; `--csp` hashes it.
   */
  headScript?: string;
}
