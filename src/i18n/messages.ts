/**
 * The translatable strings of the content: one message per string, paragraph or list item, each at a
 * stable content path (`userGroups/journalist/items/2`) that is its msgctxt. What is not a message is
 * never translated: ids, URLs, addresses, dates, amounts and currencies.
 */
import type { Content, Plural, RichText, Segment, UiStrings } from '../content/types.js';
import { uiNote } from './notes.js';
import { describeTags, encodeSegments } from './tags.js';

/** One step into the content: a field, an item of a list with ids (by its id), or of a list without (by index). */
export type PathStep = string | { id: string } | number;

/** What a message translates, with its English value. */
export type MessageSource =
  | { kind: 'string'; english: string }
  | { kind: 'segments'; english: Segment[] }
  | { kind: 'richText'; english: RichText }
  | { kind: 'plural'; english: Plural };

export type Message = MessageSource & {
  /** The content path as text: the entry's msgctxt. */
  context: string;
  path: PathStep[];
  /**
   * How many steps of `path` lead to the smallest part a content patch must give whole: a list
   * without ids (items, intro paragraphs, footer links) replaces the English one, and a call to
   * action or an image needs its URL beside its words. The message itself when it stands alone.
   */
  unit: number;
  /** Where the string shows, for translators (`#.` in the POT). */
  note: string;
};

const stepText = (step: PathStep): string => (typeof step === 'object' ? step.id : String(step));

function message(
  path: PathStep[],
  source: MessageSource,
  note: string,
  { unit = path.length, context = path.map(stepText).join('/') } = {},
): Message {
  return { ...source, path, context, unit, note };
}

const ordinal = (index: number, count: number) => `${index + 1} of ${count}`;

/** A message's msgid (and msgid_plural): its English, rich text with numbered tags. */
export function sourceOf(message: Message): { msgid: string; msgidPlural?: string } {
  switch (message.kind) {
    case 'string':
      return { msgid: message.english };
    case 'segments':
      return { msgid: encodeSegments(message.english).text };
    case 'richText':
      return { msgid: encodeSegments(message.english.segments).text };
    case 'plural':
      return { msgid: message.english.one ?? message.english.other, msgidPlural: message.english.other };
  }
}

/** Every message of `content`, in the order the content lists them (the POT's order). */
export function messagesOf(content: Content): Message[] {
  return [
    ...content.userGroups.flatMap((group) => {
      const base = ['userGroups', { id: group.id }];
      const shownIn = `the “${group.id}” user group (<tor-user-group-card group="${group.id}">, <tor-user-groups>)`;
      return [
        message(
          [...base, 'heading'],
          { kind: 'string', english: group.heading },
          `Heading of ${shownIn}; also its link in the collection's in-page index.`,
        ),
        ...group.items.map((item, index) =>
          message(
            [...base, 'items', index],
            { kind: 'richText', english: item },
            richNote(`List item ${ordinal(index, group.items.length)} of ${shownIn}.`, item.segments),
            { unit: base.length + 1 },
          ),
        ),
        ...(group.image?.alt
          ? [
              message(
                [...base, 'image', 'alt'],
                { kind: 'string', english: group.image.alt },
                `Description (alt text) of the image of ${shownIn}.`,
                { unit: base.length + 1 },
              ),
            ]
          : []),
      ];
    }),
    ...content.tips.map((tip) =>
      message(
        ['tips', { id: tip.id }, 'segments'],
        { kind: 'segments', english: tip.segments },
        richNote(`The Tor Tip “${tip.id}” in <tor-tip-box tip="${tip.id}"> (or as the tip of the day).`, tip.segments),
        { context: `tips/${tip.id}` },
      ),
    ),
    ...content.campaigns.flatMap((campaign) => {
      const base = ['campaigns', { id: campaign.id }];
      const shownIn = `the donate campaign “${campaign.id}” in <tor-donate-banner>`;
      return [
        message([...base, 'headline'], { kind: 'string', english: campaign.headline }, `Headline of ${shownIn}.`),
        message(
          [...base, 'text'],
          { kind: 'segments', english: campaign.text },
          richNote(`Text under the headline of ${shownIn}.`, campaign.text),
        ),
        message(
          [...base, 'callToAction', 'text'],
          { kind: 'string', english: campaign.callToAction.text },
          `Words of the call to action (a button-like link to ${campaign.callToAction.href}) of ${shownIn}.`,
          { unit: base.length + 1 },
        ),
      ];
    }),
    ...content.footerLinks.flatMap((group) => {
      const base = ['footerLinks', { id: group.id }];
      const shownIn = `the footer link group “${group.id}” in <tor-onion-footer>`;
      return [
        message([...base, 'heading'], { kind: 'string', english: group.heading }, `Heading of ${shownIn}.`),
        ...group.links.map((link, index) =>
          message(
            [...base, 'links', index, 'text'],
            { kind: 'string', english: link.text },
            `Link ${ordinal(index, group.links.length)} of ${shownIn}, to ${link.href}.`,
            { unit: base.length + 1 },
          ),
        ),
      ];
    }),
    message(
      ['footerNotice'],
      { kind: 'segments', english: content.footerNotice },
      richNote('The trademark and copyright line under the links of <tor-onion-footer>.', content.footerNotice),
    ),
    message(
      ['page', 'title'],
      { kind: 'string', english: content.page.title },
      'Title of the “Who uses Tor” page (the page around the elements, as in the demo; no element shows it).',
    ),
    ...(['intro', 'outro'] as const).flatMap((part) =>
      content.page[part].map((paragraph, index, all) =>
        message(
          ['page', part, index],
          { kind: 'richText', english: paragraph },
          richNote(
            `Paragraph ${ordinal(index, all.length)} ${part === 'intro' ? 'before' : 'after'} the user groups on the “Who uses Tor” page (the page's own prose; no element shows it).`,
            paragraph.segments,
          ),
          { unit: 2 },
        ),
      ),
    ),
    ...uiMessages(content.ui),
  ];
}

/** Every string an element shows of its own: `ui.<element>.<name>`, a plural where it has forms. */
function uiMessages(ui: UiStrings): Message[] {
  return Object.entries(ui).flatMap(([element, strings]) =>
    Object.entries(strings as Record<string, string | Plural>).map(([name, english]) =>
      message(
        ['ui', element, name],
        typeof english === 'string' ? { kind: 'string', english } : { kind: 'plural', english },
        uiNote(element, name),
      ),
    ),
  );
}

/** Where a rich text shows, and what each of its numbered tags stands for. */
function richNote(where: string, segments: readonly Segment[]): string {
  const tags = describeTags(encodeSegments(segments).tags);
  return tags ? `${where}\n${tags}` : where;
}

/** The value at `path` in `content` (or in any part of it), `undefined` where there is none. */
export function valueAt(content: unknown, path: readonly PathStep[]): unknown {
  return path.reduce<unknown>((value, step) => {
    if (typeof step === 'object') {
      return Array.isArray(value) ? value.find((item: { id?: unknown }) => item?.id === step.id) : undefined;
    }
    return value === null || typeof value !== 'object' ? undefined : (value as Record<string | number, unknown>)[step];
  }, content);
}
