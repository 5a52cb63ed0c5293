/** How a value is named in a message for developers: quoted so control characters and quotes show. */

const MAX_SHOWN = 80;

/** `"java\tscript:…"`, `null`, `an array`, `an object`, `number 42`. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string')
    return JSON.stringify(value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value);
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}
