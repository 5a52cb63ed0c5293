/**
 * Renders typed segments and `{placeholder}` templates. Text always stays text (Lit escapes it);
 * every link passes the URL policy, and a refused link keeps its words without the link.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Segment } from '../content/types.js';
import { describeValue } from '../policy/describe.js';
import { ALLOWED_LINKS, safeHref } from '../policy/url.js';
import type { Reporter } from './report.js';

/** Segments as text, `<strong>`, `<em>` and links (each link with part `linkPart`). */
export function renderSegments(segments: readonly Segment[], owner: Reporter, linkPart = 'link'): unknown[] {
  return segments.map((segment) => renderSegment(segment, owner, linkPart));
}

function renderSegment(segment: Segment, owner: Reporter, linkPart: string): unknown {
  switch (segment.type) {
    case 'text':
      return segment.text;
    case 'strong':
      return html`<strong>${renderSegments(segment.segments, owner, linkPart)}</strong>`;
    case 'emphasis':
      return html`<em>${renderSegments(segment.segments, owner, linkPart)}</em>`;
    case 'link':
      return renderLink(segment.text, segment.href, owner, linkPart);
    default:
      return nothing;
  }
}

/** A link if the policy allows `href`, else just its text (and a warning naming the element). */
export function renderLink(text: unknown, href: string, owner: Reporter, part = 'link'): TemplateResult | unknown {
  const safe = allowed(href, safeHref, owner, 'link', ALLOWED_LINKS);
  return safe === undefined ? text : html`<a part=${part} href=${safe}>${text}</a>`;
}

/**
 * `value` if `policy` allows it, else `undefined` and a warning naming the element, the `kind` of
 * value and what is allowed.
 */
export function allowed(
  value: string,
  policy: (value: string) => string | undefined,
  owner: Reporter,
  kind: string,
  allowedKinds: string,
): string | undefined {
  const safe = policy(value);
  // A missing value (`undefined` or `null`) is no link rather than a refused one.
  const refused = safe === undefined && value != null ? value : undefined;
  owner.reportOnce(
    `${kind}:${String(value)}`,
    refused,
    () => `refused the ${kind} ${describeValue(value)}: only ${allowedKinds} are allowed`,
    'warn',
  );
  return safe;
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
    // Own names only: `{constructor}` or `{toString}` in a partner's string stays as written.
    if (!Object.hasOwn(values, name)) continue;
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
