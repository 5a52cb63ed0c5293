/**
 * Rich text as translators see it: text with numbered tags (`<1>Reporters without Borders</1> tracks…`)
 * for its links, bold and emphasis, so a translation may move words around a link but cannot change
 * where it points; and the `{name}` placeholders of the elements' own strings.
 */
import type { Segment } from '../content/types.js';

/** One numbered tag of a rich text: what it stands for, and the tag it sits in (0: none). */
export interface Tag {
  number: number;
  parent: number;
  kind: 'link' | 'strong' | 'emphasis';
  /** A link's URL, which stays as in English. */
  href?: string;
}

export interface TaggedText {
  text: string;
  tags: Tag[];
}

export type Decoded = { ok: true; segments: Segment[] } | { ok: false; reason: string };

const TAG = /<(\/?)(\d+)>/g;
/** As the elements fill them (src/internal/rich-text.ts). */
const PLACEHOLDER = /\{([a-zA-Z]+)\}/g;

/**
 * `segments` as tagged text, tags numbered in reading order. Throws for English text that a
 * translation could not tell apart from a tag (`<2>` written out).
 */
export function encodeSegments(segments: readonly Segment[]): TaggedText {
  const tags: Tag[] = [];
  const plain = (text: string) => {
    if (new RegExp(TAG.source).test(text)) throw new Error(`"${text}" contains a numbered tag as text`);
    return text;
  };
  const encode = (list: readonly Segment[], parent: number): string =>
    list
      .map((segment) => {
        if (segment.type === 'text') return plain(segment.text);
        const number = tags.length + 1;
        tags.push({ number, parent, kind: segment.type, ...(segment.type === 'link' ? { href: segment.href } : {}) });
        const inner = segment.type === 'link' ? plain(segment.text) : encode(segment.segments, number);
        return `<${number}>${inner}</${number}>`;
      })
      .join('');
  const text = encode(segments, 0);
  return { text, tags };
}

const KIND_NAMES = { link: 'a link to', strong: 'bold', emphasis: 'emphasis' } as const;

/** For translators: what each tag stands for and how to treat the tags; empty without tags. */
export function describeTags(tags: readonly Tag[]): string {
  if (tags.length === 0) return '';
  const list = tags.map(
    (tag) => `<${tag.number}>…</${tag.number}> ${KIND_NAMES[tag.kind]}${tag.href ? ` ${tag.href}` : ''}`,
  );
  return `Tags: ${list.join('; ')}. Keep every tag, nested as in English, around the words that carry it in your language; the words may move.`;
}

interface Open {
  number: number;
  children: Segment[];
}

/** A translation back to segments, with the links, bold and emphasis of `tags`; a reason if its tags do not match. */
export function decodeSegments(translation: string, tags: readonly Tag[]): Decoded {
  const fail = (reason: string): Decoded => ({ ok: false, reason });
  const byNumber = new Map(tags.map((tag) => [tag.number, tag]));
  const stack: Open[] = [{ number: 0, children: [] }];
  const top = () => stack[stack.length - 1] as Open;
  const opened = new Set<number>();
  let last = 0;
  for (const match of translation.matchAll(TAG)) {
    addText(top(), translation.slice(last, match.index));
    last = match.index + match[0].length;
    const closing = match[1] === '/';
    const number = Number(match[2]);
    const tag = byNumber.get(number);
    if (!tag) return fail(`${match[0]} is not in the English text, which has ${tagList(tags)}`);
    if (!closing) {
      if (opened.has(number)) return fail(`<${number}> appears twice`);
      if (tag.parent !== top().number) return fail(misplaced(number, tag.parent, top().number));
      opened.add(number);
      stack.push({ number, children: [] });
      continue;
    }
    if (top().number !== number) {
      return fail(
        top().number === 0
          ? `</${number}> closes a tag that is not open`
          : `</${number}> comes before </${top().number}>`,
      );
    }
    const { children } = stack.pop() as Open;
    const segment = tagged(tag, children);
    if (!segment) return fail(`<${number}>…</${number}> is empty`);
    top().children.push(segment);
  }
  addText(top(), translation.slice(last));
  if (stack.length > 1) return fail(`<${top().number}> is not closed`);
  const missing = tags.filter((tag) => !opened.has(tag.number));
  if (missing.length > 0) return fail(`${missing.map(({ number }) => `<${number}>…</${number}>`).join(', ')} missing`);
  return { ok: true, segments: top().children };
}

function tagList(tags: readonly Tag[]): string {
  return tags.length === 0 ? 'no tags' : tags.map(({ number }) => `<${number}>`).join(', ');
}

function misplaced(number: number, parent: number, inside: number): string {
  if (parent === 0) return `<${number}> must not be inside <${inside}>`;
  return inside === 0
    ? `<${number}> must be inside <${parent}>`
    : `<${number}> must be inside <${parent}>, not <${inside}>`;
}

function addText(open: Open, text: string): void {
  if (text === '') return;
  const previous = open.children[open.children.length - 1];
  if (previous?.type === 'text') previous.text += text;
  else open.children.push({ type: 'text', text });
}

/** The segment a tag's content makes, or `undefined` when it has no words. */
function tagged(tag: Tag, children: Segment[]): Segment | undefined {
  const words = children.map((child) => (child.type === 'text' ? child.text : 'x')).join('');
  if (words.trim() === '') return undefined;
  if (tag.kind === 'link') return { type: 'link', text: words, href: tag.href ?? '' };
  return { type: tag.kind, segments: children };
}

/** The `{name}` placeholders of a string, in order, as often as they occur. */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((match) => match[1] as string);
}

/**
 * Why a translation's placeholders do not match its English source's (every one once, none
 * added); `undefined` when they do. With `mayOmit`, it may leave some out (a plural form such as
 * Arabic's "two days" need not show the number).
 */
export function placeholderProblem(translation: string, english: string, mayOmit = false): string | undefined {
  const expected = new Set(placeholdersOf(english));
  const found = placeholdersOf(translation);
  const extra = [...new Set(found.filter((name) => !expected.has(name)))];
  if (extra.length > 0) return `${names(extra)} ${extra.length > 1 ? 'are' : 'is'} not in the English text`;
  const twice = [...new Set(found.filter((name, index) => found.indexOf(name) !== index))];
  if (twice.length > 0) return `${names(twice)} appears more than once`;
  const missing = [...expected].filter((name) => !found.includes(name));
  if (missing.length > 0 && !mayOmit) return `${names(missing)} missing`;
  return undefined;
}

const names = (list: string[]) => list.map((name) => `{${name}}`).join(', ');
