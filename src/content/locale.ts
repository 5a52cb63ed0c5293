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

/** The parent in the composed tree: a shadow root leads to its host. */
function composedParent(node: Node): Node | null {
  if (node.parentNode && node.parentNode.nodeType === 11 /* DOCUMENT_FRAGMENT_NODE */) {
    return (node.parentNode as ShadowRoot).host ?? null;
  }
  return node.parentNode;
}

const isElement = (node: Node): node is Element => node.nodeType === 1;

/**
 * The locale of `element`: the nearest `lang` attribute (through shadow roots) and the nearest `dir`
 * attribute; without a `dir`, the language's own direction; `en` and `ltr` when the page says nothing.
 */
export function resolveLocale(element: Element): LocaleInfo {
  let lang: string | undefined;
  let dir: string | undefined;
  for (
    let node: Node | null = element;
    node && (lang === undefined || dir === undefined);
    node = composedParent(node)
  ) {
    if (!isElement(node)) continue;
    if (lang === undefined && node.hasAttribute('lang')) lang = node.getAttribute('lang')?.trim() ?? '';
    if (dir === undefined && node.hasAttribute('dir')) dir = node.getAttribute('dir')?.toLowerCase();
  }
  const resolvedLang = lang || DEFAULT_LOCALE.lang;
  return { lang: resolvedLang, dir: explicitDirection(element, dir) ?? directionOf(resolvedLang) };
}

function explicitDirection(element: Element, dir: string | undefined): Direction | undefined {
  if (dir === 'ltr' || dir === 'rtl') return dir;
  // dir="auto" takes its direction from the text: ask the browser, which has already worked it out.
  if (dir === 'auto') {
    try {
      return element.matches(':dir(rtl)') ? 'rtl' : 'ltr';
    } catch {
      return undefined;
    }
  }
  return undefined;
}
