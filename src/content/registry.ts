/**
 * Registering content, checked: the store (store.ts) with `registerContent`, which checks what a page
 * registers before the store takes it. The elements use the store alone, so a page that registers
 * nothing never loads these checks.
 */
import { addContent, addShippedContent, checkNewItemsWith, type NewItemChecks } from './store.js';
import type { ContentPatch } from './types.js';
import {
  formatProblems,
  validateCampaign,
  validateContentPatch,
  validateFooterLinks,
  validateTip,
  validateUserGroup,
  type ValidationResult,
} from './validate.js';

export {
  localeChain,
  resetShippedContent,
  registeredContent,
  resetContent,
  onContentChange,
  contentLocale,
  contentDirection,
  resolveSection,
  getSection,
  originOf,
  type SectionKey,
  type Section,
} from './store.js';

/** A partner may add a new item (a group the English content lacks); it must then be complete. */
function complete(validate: (value: unknown, path: string) => ValidationResult) {
  return (item: unknown, path: string, locale: string): boolean => {
    const result = validate(item, path);
    if (!result.ok) {
      console.error(
        `tor-elements: content for "${locale}" adds an incomplete item, left out:\n${formatProblems(result.problems)}`,
      );
    }
    return result.ok;
  };
}

const NEW_ITEM_CHECKS: NewItemChecks = {
  userGroups: complete(validateUserGroup),
  tips: complete(validateTip),
  campaigns: complete(validateCampaign),
  footerLinks: complete((value, path) => validateFooterLinks([value], path)),
};

/** Lets the store check the items that registered content adds (the content module and servers call it). */
export function checkNewItems(): void {
  checkNewItemsWith(NEW_ITEM_CHECKS);
}

/**
 * Adds or overrides content for a locale. Any field may be left out; it falls back to English.
 * Lists of things with an `id` merge by id. Invalid content is not registered: every problem is
 * logged with its path and returned.
 */
export function registerContent(locale: string, patch: ContentPatch): ValidationResult {
  const result = validateContentPatch(patch);
  if (typeof locale !== 'string' || locale.trim() === '') {
    result.ok = false;
    result.problems.unshift({
      path: 'locale',
      message: 'registerContent needs a language tag such as "fa" or "pt-BR"',
    });
  }
  if (!result.ok) {
    console.error(
      `tor-elements: content for "${String(locale)}" was not registered:\n${formatProblems(result.problems)}`,
    );
    return result;
  }
  checkNewItems();
  addContent(locale, patch);
  return result;
}

/**
 * Adds a translation of the package's from a place the package cannot vouch for (a folder a server
 * or `setLocalesUrl` names), checked: content a page registers for the same locale stays on top of
 * it. Returns whether it was valid.
 */
export function registerShippedContent(locale: string, patch: ContentPatch): boolean {
  const result = validateContentPatch(patch);
  if (!result.ok) {
    console.error(
      `tor-elements: the shipped "${locale}" translation is not valid:\n${formatProblems(result.problems)}`,
    );
    return false;
  }
  checkNewItems();
  addShippedContent(locale, patch);
  return true;
}
