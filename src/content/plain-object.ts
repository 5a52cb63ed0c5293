/** What counts as an object in content: a plain object as written in code or parsed from JSON. */

/**
 * Keys that reach an object's prototype machinery when read or written (`obj.__proto__ = …` replaces
 * the prototype; `{}.constructor` is `Object`): never content, refused wherever content is checked.
 */
export const UNSAFE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** A plain object (not an array, a Date, a Map or a class instance). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** `record[key]` if the record itself has it; never what its prototype has (`toString`, `constructor`). */
export function ownValue(record: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
