/**
 * Public properties set from script can hold anything (`banner.now = '2025-12-01'`, `groups.groups =
 * null`). These read a property as its declared type: a value with one obvious meaning is converted;
 * anything else is reported once — naming the property, the value and what it takes — and read as
 * `undefined`, so the element renders as if the property were unset. `null` and `undefined` are unset.
 */
import { describeValue } from '../policy/describe.js';
import { parseDay } from './day.js';
import type { Reporter } from './report.js';

/** What a refused value is reported as: the property, the value, then `explain`'s words on what it takes. */
type Explain = (shown: string) => string;

const topic = (property: string) => `property:${property}`;

function accept<T>(owner: Reporter, property: string, value: T): T {
  owner.reportOnce(topic(property), undefined, () => '');
  return value;
}

function refuse(owner: Reporter, property: string, value: unknown, explain: Explain): undefined {
  owner.reportOnce(topic(property), value, () => explain(describeValue(value)));
  return undefined;
}

const takes =
  (property: string, what: string): Explain =>
  (shown) =>
    `${property} takes ${what}, not ${shown}; it is ignored.`;

/** A string; a finite number is read as its digits (`tip = 2` is `"2"`). */
export function stringProperty(
  owner: Reporter,
  property: string,
  value: unknown,
  explain = takes(property, 'a string'),
): string | undefined {
  if (value === undefined || value === null) return accept(owner, property, undefined);
  if (typeof value === 'string') return accept(owner, property, value);
  if (typeof value === 'number' && Number.isFinite(value)) return accept(owner, property, String(value));
  return refuse(owner, property, value, explain);
}

/** Words: a space-separated string (`"journalist activists"`), or a list of strings. */
export function wordsProperty(owner: Reporter, property: string, value: unknown): string[] {
  const explain = takes(property, 'space-separated ids such as "journalist activists", or a list of them');
  if (Array.isArray(value) && value.every((word) => typeof word === 'string'))
    return accept(owner, property, value.flatMap(words));
  return words(stringProperty(owner, property, value, explain) ?? '');
}

const words = (text: string) => text.split(/\s+/).filter(Boolean);

/** One of `allowed`, exactly. */
export function choiceProperty<T extends string>(
  owner: Reporter,
  property: string,
  value: unknown,
  allowed: readonly T[],
  explain = takes(property, allowed.map((choice) => `"${choice}"`).join(', ')),
): T | undefined {
  if (value === undefined || value === null) return accept(owner, property, undefined);
  if (allowed.includes(value as T)) return accept(owner, property, value as T);
  return refuse(owner, property, value, explain);
}

// An ISO moment as `Date` reads it alike in every browser: a day, or a day and a time with its offset.
const ISO_MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * A moment: a valid `Date`, milliseconds since 1970, a day as `YYYY-MM-DD` (its start, in the reader's
 * time zone), or an ISO date and time with its offset (`2025-12-01T12:00:00Z`).
 */
export function dateProperty(
  owner: Reporter,
  property: string,
  value: unknown,
  explain = takes(property, 'a Date, a day as YYYY-MM-DD or a time in milliseconds since 1970'),
): Date | undefined {
  if (value === undefined || value === null) return accept(owner, property, undefined);
  const date = toDate(value);
  return date ? accept(owner, property, date) : refuse(owner, property, value, explain);
}

function toDate(value: unknown): Date | undefined {
  let date: Date | undefined;
  if (value instanceof Date) date = value;
  else if (typeof value === 'number') date = new Date(value);
  else if (typeof value === 'string') {
    const text = value.trim();
    date = parseDay(text) ?? (ISO_MOMENT.test(text) ? new Date(text) : undefined);
  }
  return date && !Number.isNaN(date.getTime()) ? date : undefined;
}

/** A calendar day as `YYYY-MM-DD` (what the prerender step writes in `server-day`). */
export function dayProperty(owner: Reporter, property: string, value: unknown): string | undefined {
  if (value === undefined || value === null) return accept(owner, property, undefined);
  if (typeof value === 'string' && parseDay(value)) return accept(owner, property, value.trim());
  return refuse(owner, property, value, takes(property, 'a day as YYYY-MM-DD'));
}
