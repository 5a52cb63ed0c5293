/**
 * The package's own translations in Storybook and the story tests, registered as a page gets them
 * (beneath what a story registers for the same locale). Compiled from i18n/*.po, never copied.
 */
import shipped from 'virtual:tor-shipped-locales';
import { registerShippedContent } from '../../src/content/registry.js';

export function registerShippedLocales(): void {
  for (const [locale, patch] of Object.entries(shipped)) registerShippedContent(locale, patch);
}
