/**
 * A heading of a level chosen by the page (`heading-level`), so a component fits the page's outline;
 * level 0 makes it a plain paragraph, for a component placed before the page's own first heading.
 */
import { nothing, type TemplateResult } from 'lit';
import { html, literal } from 'lit/static-html.js';
import { describeValue } from '../policy/describe.js';
import type { Reporter } from './report.js';

export type HeadingLevel = 0 | 1 | 2 | 3 | 4 | 5 | 6;

const TAGS = [literal`p`, literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** Rounds any attribute or property value to 0–6; anything else becomes `fallback`, reported through `owner`. */
export function headingLevel(value: unknown, fallback: HeadingLevel, owner?: Reporter): HeadingLevel {
  // An absent or empty value is the default, not 0 (Number(null) and Number('') are 0).
  const level = value === null || value === undefined || value === '' ? Number.NaN : Math.round(Number(value));
  const usable = level >= 0 && level <= 6;
  owner?.reportOnce(
    'property:headingLevel',
    usable || value === undefined || value === null || value === '' ? undefined : value,
    () => `headingLevel (heading-level) takes 0 (no heading) to 6, not ${describeValue(value)}; using ${fallback}.`,
  );
  return usable ? (level as HeadingLevel) : fallback;
}

/** Renders `content` in an `<h1>`–`<h6>` (a `<p>` for level 0); `part` and `id` let styles and labels reach it. */
export function heading(level: HeadingLevel, content: unknown, part = 'heading', id?: string): TemplateResult {
  const tag = TAGS[level];
  // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html -- a static tag, which lit/static-html allows
  return html`<${tag} part=${part} id=${id ?? nothing} tabindex="-1">${content}</${tag}>`;
}
