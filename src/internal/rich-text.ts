/**
 * Renders typed segments and `{placeholder}` templates. Text always stays text (Lit escapes it);
 * every link passes the URL policy, and a refused link keeps its words without the link.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Segment } from '../content/types.js';
import { safeHref } from './url-policy.js';

export function renderSegments(segments: readonly Segment[], owner: string): unknown[] {
  return segments.map((segment) => renderSegment(segment, owner));
}

function renderSegment(segment: Segment, owner: string): unknown {
  switch (segment.type) {
    case 'text':
      return segment.text;
    case 'strong':
      return html`<strong>${renderSegments(segment.segments, owner)}</strong>`;
    case 'emphasis':
      return html`<em>${renderSegments(segment.segments, owner)}</em>`;
    case 'link':
      return renderLink(segment.text, segment.href, owner);
    default:
      return nothing;
  }
}

/** A link if the policy allows `href`, else just its text. */
export function renderLink(text: unknown, href: string, owner: string, part = 'link'): TemplateResult | unknown {
  const safe = safeHref(href, owner);
  return safe === undefined ? text : html`<a part=${part} href=${safe}>${text}</a>`;
}

const PLACEHOLDER = /\{([a-zA-Z]+)\}/g;

/**
 * Fills a UI string such as `See {directory} for all {siteName} onion addresses.` with values that
 * may be text or templates. Unknown placeholders are left as written, so a mistake is visible.
 */
export function fillTemplate(template: string, values: Record<string, unknown>): unknown[] {
  const parts: unknown[] = [];
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    const [whole, name = ''] = match;
    if (!(name in values)) continue;
    parts.push(template.slice(last, match.index), values[name]);
    last = match.index + whole.length;
  }
  parts.push(template.slice(last));
  return parts;
}

/** The template with its placeholders filled by plain strings, e.g. for an `aria-label`. */
export function fillText(template: string, values: Record<string, string>): string {
  return fillTemplate(template, values).join('');
}
