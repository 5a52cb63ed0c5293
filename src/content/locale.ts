/** Finds the language and writing direction that apply to an element, as the page declares them. */

export type Direction = 'ltr' | 'rtl';

export interface LocaleInfo {
  /** The nearest `lang`, e.g. `fa-IR`; `en` when the page declares none. */
  lang: string;
  dir: Direction;
}

export const DEFAULT_LOCALE: LocaleInfo = { lang: 'en', dir: 'ltr' };

// Languages written right to left by default (when no script subtag says otherwise).
const RTL_LANGUAGES = new Set([
  'ar',
  'arc',
  'azb',
  'ckb',
  'dv',
  'fa',
  'glk',
  'he',
  'iw',
  'khw',
  'ks',
  'lrc',
  'mzn',
  'nqo',
  'ps',
  'sd',
  'syr',
  'ug',
  'ur',
  'yi',
]);
const RTL_SCRIPTS = new Set(['adlm', 'arab', 'hebr', 'nkoo', 'rohg', 'syrc', 'thaa']);

/** The usual direction of a language tag: `fa`, `ar-EG` and `az-Arab` are right to left. */
export function directionOf(lang: string): Direction {
  const [language = '', ...subtags] = lang.toLowerCase().split(/[-_]/);
  const script = subtags.find((subtag) => subtag.length === 4);
  if (script) return RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  return RTL_LANGUAGES.has(language) ? 'rtl' : 'ltr';
}

/** How to walk a tree to find `lang` and `dir`: the DOM in a browser, a parsed page on a server. */
export interface LocaleTree<N> {
  parent(node: N): N | null;
  /** The attribute's value, or `null`/`undefined` when the node has none (or is not an element). */
  attribute(node: N, name: 'lang' | 'dir'): string | null | undefined;
}

/**
 * The locale at `start` as a browser finds it: the nearest `lang` attribute and the nearest valid `dir`
 * (`ltr`, `rtl` or `auto`; any other value is as if absent). Without a `dir`, the language's own
 * direction; where the tree says nothing, `outer` (the locale around the tree).
 */
export function localeIn<N>(
  start: N,
  tree: LocaleTree<N>,
  outer: LocaleInfo = DEFAULT_LOCALE,
): { lang: string; dir: Direction | 'auto' } {
  let lang: string | undefined;
  let dir: Direction | 'auto' | undefined;
  for (
    let node: N | null = start;
    node !== null && (lang === undefined || dir === undefined);
    node = tree.parent(node)
  ) {
    lang ??= tree.attribute(node, 'lang')?.trim() ?? undefined;
    const ownDir = tree.attribute(node, 'dir')?.trim().toLowerCase();
    if (dir === undefined && (ownDir === 'ltr' || ownDir === 'rtl' || ownDir === 'auto')) dir = ownDir;
  }
  if (lang === undefined) return { lang: outer.lang, dir: dir ?? outer.dir };
  const resolved = lang || DEFAULT_LOCALE.lang;
  return { lang: resolved, dir: dir ?? directionOf(resolved) };
}

/** The parent in the composed tree: a shadow root leads to its host. */
function composedParent(node: Node): Node | null {
  const parent = node.parentNode;
  if (parent && parent.nodeType === 11 /* DOCUMENT_FRAGMENT_NODE */) return (parent as ShadowRoot).host ?? null;
  return parent;
}

const DOM_TREE: LocaleTree<Node> = {
  parent: composedParent,
  attribute: (node, name) => (node.nodeType === 1 ? (node as Element).getAttribute(name) : undefined),
};

/**
 * The locale of `element`: the nearest `lang` attribute (through shadow roots) and the nearest `dir`
 * attribute; without a `dir`, the language's own direction; `en` and `ltr` when the page says nothing.
 */
export function resolveLocale(element: Element): LocaleInfo {
  const { lang, dir } = localeIn<Node>(element, DOM_TREE);
  return { lang, dir: dir === 'auto' ? autoDirection(element) : dir };
}

/** `dir="auto"` takes its direction from the text: ask the browser, which has already worked it out. */
function autoDirection(element: Element): Direction {
  try {
    return element.matches(':dir(rtl)') ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}
