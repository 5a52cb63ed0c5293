/** A heading of a level chosen by the page (`heading-level`), so a component fits the page's outline. */
import { html, nothing, type TemplateResult } from 'lit';

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** Clamps any attribute value to 1–6; anything unusable becomes `fallback`. */
export function headingLevel(value: unknown, fallback: HeadingLevel): HeadingLevel {
  const level = Math.round(Number(value));
  return level >= 1 && level <= 6 ? (level as HeadingLevel) : fallback;
}

/** Renders `content` in an `<h1>`–`<h6>`; `part` and `id` let styles and labels reach it. */
export function heading(level: HeadingLevel, content: unknown, part = 'heading', headingId?: string): TemplateResult {
  const id = headingId ?? nothing;
  switch (level) {
    case 1:
      return html`<h1 part=${part} id=${id} tabindex="-1">${content}</h1>`;
    case 2:
      return html`<h2 part=${part} id=${id} tabindex="-1">${content}</h2>`;
    case 3:
      return html`<h3 part=${part} id=${id} tabindex="-1">${content}</h3>`;
    case 4:
      return html`<h4 part=${part} id=${id} tabindex="-1">${content}</h4>`;
    case 5:
      return html`<h5 part=${part} id=${id} tabindex="-1">${content}</h5>`;
    case 6:
      return html`<h6 part=${part} id=${id} tabindex="-1">${content}</h6>`;
  }
}
