/**
 * Remembers small facts (a dismissed banner) in session or local storage. Storage can be missing,
 * disabled, full, or throw on access (private windows, strict privacy settings): then nothing is
 * remembered and nothing breaks.
 */
export type Remember = 'session' | 'local' | 'none';

function storageFor(remember: Remember): Storage | undefined {
  if (remember === 'none') return undefined;
  try {
    return remember === 'local' ? globalThis.localStorage : globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

export function readFlag(remember: Remember, key: string): boolean {
  try {
    return storageFor(remember)?.getItem(key) === '1';
  } catch {
    return false;
  }
}

/** Remembers the flag where it can; storage that is missing or full remembers nothing. */
export function writeFlag(remember: Remember, key: string): void {
  try {
    storageFor(remember)?.setItem(key, '1');
  } catch {
    // Nothing remembered: the reader dismisses again next time.
  }
}
