/**
 * Pseudo-locales for testing layouts before translations exist (not part of the published API):
 * `en-XA` is accented and 40 % longer; `ar-XB` is right to left. Ids, URLs, addresses and `{placeholders}`
 * are left alone so that every component still works.
 */
import { en } from './en/index.js';
import { registerContent } from './registry.js';
import type { Content, ContentPatch } from './types.js';

export const PSEUDO_LONG = 'en-XA';
export const PSEUDO_RTL = 'ar-XB';

const PLAIN = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'];
const MARKED = [...'åƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'];
const ACCENTED = new Map(PLAIN.map((letter, index) => [letter, MARKED[index]]));
// Fields that hold identifiers, URLs or settings rather than words a reader sees.
const UNTRANSLATED = new Set([
  'id',
  'type',
  'href',
  'src',
  'url',
  'licenceUrl',
  'directoryHref',
  'aboutHref',
  'address',
  'siteName',
  'start',
  'currency',
  'lang',
  'end',
  'locale',
  'dir',
]);

const PLACEHOLDER = /(\{[a-zA-Z]+\})/;

// Each word grows by 40 % of its length, the same way wherever it appears: a button's visible
// words stay inside its accessible name ("Copy" in "Copy the onion address …"), as in a real translation.
const growth = (length: number) => Math.ceil(length * 0.4);

function lengthen(value: string): string {
  return value.replace(/\p{L}+/gu, (word) => {
    const accented = [...word].map((char) => ACCENTED.get(char) ?? char).join('');
    return accented + accented.slice(0, growth(word.length)).toLowerCase();
  });
}

// Words laid out right to left, as Arabic or Farsi words would be, yet readable to the person testing:
// a U+200F RIGHT-TO-LEFT MARK (a strong right-to-left character that takes no space) around every word
// orders the words, and the pieces of a sentence around a link, from right to left. (Overriding the
// letters' direction instead raises the text a bidi level, and the pieces then run left to right.)
const RLM = '\u200F';
const reverse = (value: string): string =>
  value.trim() === '' ? value : `${RLM}${value.replace(/(\s+)/g, `${RLM}$1${RLM}`)}${RLM}`;

function transformStrings(value: unknown, transform: (text: string) => string): unknown {
  if (typeof value === 'string') {
    return value
      .split(PLACEHOLDER)
      .map((part) => (PLACEHOLDER.test(part) ? part : transform(part)))
      .join('');
  }
  if (Array.isArray(value)) return value.map((item) => transformStrings(item, transform));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([key, field]) => [
        key,
        UNTRANSLATED.has(key) ? field : transformStrings(field, transform),
      ]),
    );
  }
  return value;
}

/** The English content turned into a pseudo-locale. */
export function pseudoContent(locale: typeof PSEUDO_LONG | typeof PSEUDO_RTL): Content {
  const transform = locale === PSEUDO_RTL ? reverse : lengthen;
  const { source: _source, ...rest } = en;
  return { ...(transformStrings(rest, transform) as Content), locale, dir: locale === PSEUDO_RTL ? 'rtl' : 'ltr' };
}

/** Registers both pseudo-locales; call once in tests, stories or the demo page. */
export function registerPseudoLocales(): void {
  for (const locale of [PSEUDO_LONG, PSEUDO_RTL] as const)
    registerContent(locale, pseudoContent(locale) as ContentPatch);
}
