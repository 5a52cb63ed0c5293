/** A heading of a level chosen by the page (`heading-level`), so a component fits the page's outline. */
import { nothing, type TemplateResult } from 'lit';
import { html, literal } from 'lit/static-html.js';
import { describeValue } from '../policy/describe.js';
import type { Reporter } from './report.js';

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

const TAGS = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** Rounds any attribute or property value to 1–6; anything else becomes `fallback`, reported through `owner`. */
export function headingLevel(value: unknown, fallback: HeadingLevel, owner?: Reporter): HeadingLevel {
  const level = Math.round(Number(value));
  const usable = level >= 1 && level <= 6;
  owner?.reportOnce(
    'property:headingLevel',
    usable || value === undefined || value === null ? undefined : value,
    () => `headingLevel (heading-level) takes 1 to 6, not ${describeValue(value)}; using ${fallback}.`,
  );
  return usable ? (level as HeadingLevel) : fallback;
}

/** Renders `content` in an `<h1>`–`<h6>`; `part` and `id` let styles and labels reach it. */
export function heading(level: HeadingLevel, content: unknown, part = 'heading', id?: string): TemplateResult {
  const tag = TAGS[level - 1];
  // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html -- a static tag, which lit/static-html allows
  return html`<${tag} part=${part} id=${id ?? nothing} tabindex="-1">${content}</${tag}>`;
}
