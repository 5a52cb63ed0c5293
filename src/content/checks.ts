/**
 * Every check of partner content, in one module: the elements load it (a chunk of its own, from the
 * page's origin) only when a page gives them partner content or registers content, so a page that
 * does neither never downloads it; a server provides it up front.
 */
export { keepValid, type KeptContent, type Validator } from './keep-valid.js';
export {
  formatProblems,
  validateCampaign,
  validateFooterLinks,
  validateOnionService,
  validateSegments,
  validateTip,
  validateUserGroup,
} from './validate.js';
export { checkNewItems, registerContent, registerShippedContent } from './registry.js';
