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

/** Returns whether it was stored. */
export function writeFlag(remember: Remember, key: string): boolean {
  try {
    const storage = storageFor(remember);
    storage?.setItem(key, '1');
    return storage !== undefined;
  } catch {
    return false;
  }
}
