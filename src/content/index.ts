/**
 * `tor-elements/content`: the typed content of the "Who uses Tor" page, per locale, and the API to
 * read, extend and check it. Importing this module loads every section's English content; components
 * load only their own sections.
 */
import { en } from './en/index.js';
import { checkNewItems, contentDirection, getSection, type SectionKey } from './registry.js';
import type { Content } from './types.js';

export type * from './types.js';
export { en as englishContent } from './en/index.js';
export { RETIRED_TORPROJECT_V2_ADDRESS } from './en/onion-footer.js';
export { registerContent, resetContent, onContentChange, contentLocale, localeChain } from './registry.js';
export { resolveLocale, directionOf, type Direction, type LocaleInfo } from './locale.js';
export {
  validateContent,
  validateContentPatch,
  validateUserGroup,
  validateTip,
  validateCampaign,
  validateOnionService,
  validateFooterLinks,
  validateSegments,
  formatProblems,
  type ContentProblem,
  type ValidationResult,
} from './validate.js';
export { text, link, strong, emphasis, rich, plainText } from './segments.js';

const SECTIONS = [
  'userGroups',
  'tips',
  'campaigns',
  'onionServices',
  'footerLinks',
  'footerNotice',
  'page',
  'ui',
] as const satisfies readonly SectionKey[];

/**
 * The complete content for `locale` (default `en`): English with every registered patch for that
 * locale layered on top, so a field a partner left out is English.
 */
export function getContent(locale = 'en'): Content {
  checkNewItems();
  const sections = Object.fromEntries(SECTIONS.map((key) => [key, getSection(key, locale, en[key])]));
  return {
    ...(sections as Pick<Content, SectionKey>),
    locale,
    dir: contentDirection(locale),
    source: en.source,
  } as Content;
}
