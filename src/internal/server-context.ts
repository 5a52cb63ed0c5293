/**
 * What the prerender step tells elements that a server cannot find out from a DOM: the locale of the
 * place an element stands in (nearest `lang`/`dir` in the page) and which of its slots the page fills.
 */
import type { LocaleInfo } from '../content/locale.js';

let currentLocale: LocaleInfo | undefined;
const slotsByElement = new WeakMap<object, ReadonlySet<string>>();

/** Runs `render` with `locale` as the locale of every element it renders (nested ones too). */
export function withServerLocale<T>(locale: LocaleInfo | undefined, render: () => T): T {
  const previous = currentLocale;
  currentLocale = locale;
  try {
    return render();
  } finally {
    currentLocale = previous;
  }
}

export const serverLocale = (): LocaleInfo | undefined => currentLocale;

/** The slot names the page fills for `element` (`''` for the default slot). */
export function setServerSlots(element: object, slots: Iterable<string>): void {
  slotsByElement.set(element, new Set(slots));
}

export const serverSlots = (element: object): ReadonlySet<string> | undefined => slotsByElement.get(element);
