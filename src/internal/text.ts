/** Text as a reader meets it: runs of whitespace are one space, none at either end. */
export const foldWhitespace = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Text made safe inside a double-quoted HTML attribute or between tags. */
export const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
