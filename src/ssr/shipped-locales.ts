/// <reference types="node" />
/** The package's own translations on a server, so it renders a page in those languages as a browser shows it. */
import { readFileSync } from 'node:fs';
import { registerShippedContent } from '../content/registry.js';
import { SHIPPED_LOCALES } from '../internal/shipped-locales.js';

/** Registers each shipped translation found as `<code>.json` in `folder` (by default beside the built package). */
export function registerShippedLocales(folder: URL = new URL('../locales/', import.meta.url)): string[] {
  return SHIPPED_LOCALES.filter((code) => {
    let text: string;
    try {
      text = readFileSync(new URL(`${code}.json`, folder), 'utf8');
    } catch {
      return false; // not built (the sources run directly): English and registered content only
    }
    return registerShippedContent(code, JSON.parse(text) as never);
  });
}
