/** Content segments as the light DOM a partner would write by hand: text, links, `<strong>` and `<em>`. */
import { html, type TemplateResult } from 'lit';
import type { Segment } from '../../src/content/index.js';

export function lightDom(segments: readonly Segment[]): Array<TemplateResult | string> {
  return segments.map((segment) => {
    switch (segment.type) {
      case 'text':
        return segment.text;
      case 'link':
        return html`<a href=${segment.href}>${segment.text}</a>`;
      case 'strong':
        return html`<strong>${lightDom(segment.segments)}</strong>`;
      case 'emphasis':
        return html`<em>${lightDom(segment.segments)}</em>`;
    }
  });
}
