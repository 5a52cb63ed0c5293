// The package's translations, compiled from i18n/*.po when Storybook or the story tests ask for them
// (scripts/shipped-locales-module.mjs).
declare module 'virtual:tor-shipped-locales' {
  import type { ContentPatch } from '../../src/content/types.js';

  const locales: Record<string, ContentPatch>;
  export default locales;
}
