/**
 * Numbers, amounts and days in the reader's locale, by `Intl`: its digits, its calendar, its plural
 * rules (Farsi shows Persian digits and the Persian calendar, as `Intl` gives them).
 */
import type { Money, Plural } from '../content/types.js';
import { parseDay } from './day.js';

/** `Intl` refuses a malformed tag with a RangeError; such a page gets English formatting instead. */
function usable(lang: string): string {
  try {
    return Intl.getCanonicalLocales(lang)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/** `$5,000` in `en`, `۵٬۰۰۰ US$` in `fa`: whole amounts without decimals. */
export function formatMoney(money: Money, lang: string): string {
  const whole = Number.isInteger(money.amount);
  return new Intl.NumberFormat(usable(lang), {
    style: 'currency',
    currency: money.currency,
    maximumFractionDigits: whole ? 0 : 2,
    minimumFractionDigits: whole ? 0 : 2,
  }).format(money.amount);
}

/** The day and month of `YYYY-MM-DD` (`31 December`, `۱۰ دی`); the text as given if it is not a day. */
export function formatDayMonth(day: string, lang: string): string {
  const date = parseDay(day);
  return date ? new Intl.DateTimeFormat(usable(lang), { day: 'numeric', month: 'long' }).format(date) : day;
}

/** The form of `plural` for `count` by the language's plural rules, with `{count}` in its digits. */
export function formatPlural(plural: Plural, count: number, lang: string): string {
  const locale = usable(lang);
  const form = plural[new Intl.PluralRules(locale).select(count)] ?? plural.other;
  return form.replaceAll('{count}', new Intl.NumberFormat(locale).format(count));
}
