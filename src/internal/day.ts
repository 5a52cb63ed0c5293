/** Calendar days in the reader's time zone, as `YYYY-MM-DD` strings that compare in order. */

const DAY_MS = 86_400_000;

/** `YYYY-MM-DD` of `date`'s local calendar day. */
export function localDay(date: Date): string {
  const pad = (value: number, length: number) => String(value).padStart(length, '0');
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;
}

/** The local day `YYYY-MM-DD` names, or `undefined` for anything else (including days that do not exist). */
export function parseDay(value: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(year, month - 1, day);
  // `new Date(2025, 1, 30)` rolls over to March; a day that does not exist is refused instead.
  return date.getMonth() === month - 1 && date.getDate() === day ? date : undefined;
}

/** Whole days from 1970-01-01 to the day `YYYY-MM-DD`, so a count changes at the reader's midnight. */
export function dayNumber(day: string): number {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(year, month - 1, date) / DAY_MS);
}

export const isValidDate = (value: unknown): value is Date => value instanceof Date && !Number.isNaN(value.getTime());
