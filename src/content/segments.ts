/** Small builders that keep content files readable: `strong(text('…'), link('…', 'https://…'))`. */
import type { EmphasisSegment, LinkSegment, RichText, Segment, StrongSegment, TextSegment } from './types.js';

export const text = (value: string): TextSegment => ({ type: 'text', text: value });

export const link = (value: string, href: string): LinkSegment => ({ type: 'link', text: value, href });

const toSegment = (part: Segment | string): Segment => (typeof part === 'string' ? text(part) : part);

export const strong = (...parts: Array<Segment | string>): StrongSegment => ({
  type: 'strong',
  segments: parts.map(toSegment),
});

export const emphasis = (...parts: Array<Segment | string>): EmphasisSegment => ({
  type: 'emphasis',
  segments: parts.map(toSegment),
});

/** A paragraph or list item; strings become text segments. */
export const rich = (...parts: Array<Segment | string>): RichText => ({ segments: parts.map(toSegment) });

/** The plain text of segments, e.g. for an accessible name or a search index. */
export function plainText(segments: readonly Segment[]): string {
  return segments
    .map((segment) =>
      segment.type === 'strong' || segment.type === 'emphasis' ? plainText(segment.segments) : segment.text,
    )
    .join('');
}
