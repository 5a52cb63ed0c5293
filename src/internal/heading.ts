/**
 * A heading of a level chosen by the page (`heading-level`), so a component fits the page's outline;
 * level 0 makes it a plain paragraph, for a component placed before the page's own first heading.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { describeValue } from '../policy/describe.js';
import type { Reporter } from './report.js';

export type HeadingLevel = 0 | 1 | 2 | 3 | 4 | 5 | 6;

type Attributes = [part: string, id: string | typeof nothing, content: unknown];

// One template per tag, written out: Lit binds no tag names, and lit/static-html would cost every page
// its whole module for these seven.
const TAGS: Array<(...values: Attributes) => TemplateResult> = [
  (part, id, content) => html`<p part=${part} id=${id} tabindex="-1">${content}</p>`,
  (part, id, content) => html`<h1 part=${part} id=${id} tabindex="-1">${content}</h1>`,
  (part, id, content) => html`<h2 part=${part} id=${id} tabindex="-1">${content}</h2>`,
  (part, id, content) => html`<h3 part=${part} id=${id} tabindex="-1">${content}</h3>`,
  (part, id, content) => html`<h4 part=${part} id=${id} tabindex="-1">${content}</h4>`,
  (part, id, content) => html`<h5 part=${part} id=${id} tabindex="-1">${content}</h5>`,
  (part, id, content) => html`<h6 part=${part} id=${id} tabindex="-1">${content}</h6>`,
];

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
  return TAGS[level](part, id ?? nothing, content);
}
