/** What counts as an object in content: a plain object as written in code or parsed from JSON. */

/** A plain object (not an array, a Date, a Map or a class instance). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
