/** Helpers the component tests share. */
import { aTimeout } from '@open-wc/testing';
import type { LitElement } from 'lit';

export type ConsoleMethod = 'error' | 'warn';

/** Records what `console[method]` receives until `restore()` is called. */
export function captureConsole(method: ConsoleMethod): { messages: string[]; restore: () => void } {
  const original = console[method];
  const messages: string[] = [];
  console[method] = (...args: unknown[]) => messages.push(args.map(String).join(' '));
  return { messages, restore: () => (console[method] = original) };
}

/** The visible text of an element's shadow root, with whitespace folded. */
export function shadowText(element: Element): string {
  return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Waits for a Lit element's update, and for a frame so MutationObservers and slotchange have run. */
export async function settled(element: LitElement): Promise<void> {
  await element.updateComplete;
  await aTimeout(0);
  await element.updateComplete;
}

/** Runs `body` with `<html lang dir>` set, then restores them. */
export async function withPageLocale(lang: string, dir: string | null, body: () => Promise<void>): Promise<void> {
  const root = document.documentElement;
  const before = { lang: root.getAttribute('lang'), dir: root.getAttribute('dir') };
  const set = (name: string, value: string | null) =>
    value === null ? root.removeAttribute(name) : root.setAttribute(name, value);
  set('lang', lang);
  set('dir', dir);
  try {
    await body();
  } finally {
    set('lang', before.lang);
    set('dir', before.dir);
  }
}
