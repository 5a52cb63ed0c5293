/**
 * One user group as a card: heading (a link to the group's anchor), optional media, and the items.
 * Rendered by `<tor-user-group-card>` and, for each of its groups, by `<tor-user-groups>`, which
 * therefore does not depend on the card element or the name it is registered under.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ContentImage, UserGroup } from '../../content/types.js';
import type { Languages } from '../../internal/content-controller.js';
import { heading, type HeadingLevel } from '../../internal/heading.js';
import type { Reporter } from '../../internal/report.js';
import { allowedImageSrc } from '../../internal/image-src.js';
import { fillText, renderSegments } from '../../internal/rich-text.js';

export type GroupSlot = 'media' | 'heading' | 'items';

export interface UserGroupView {
  /** Reports refused links and images. */
  owner: Reporter;
  /** Origins besides the page's own that images may load from (the element's `image-origins`). */
  imageOrigins?: readonly string[];
  level: HeadingLevel;
  /** The id the heading links to (`#<anchor>`); a heading without one is not a link. */
  anchor: string | undefined;
  /** The permalink's title, with `{heading}`. */
  permalinkLabel: string;
  /** Prefix of every part name: `card-` inside the collection, so `::part(card-heading)` reaches each card. */
  partPrefix?: string;
  /** The card's own id and the heading's (the collection's cards are deep-link targets in its shadow root). */
  id?: string;
  headingId?: string;
  /** Puts each piece the page may replace in its slot (the card element); the collection has none. */
  slot?: (name: GroupSlot, fallback: unknown) => unknown;
  /** The slots the page fills. */
  filled?: ReadonlySet<GroupSlot>;
  /** Marks text that is not in the page's language. */
  languages: Languages;
  /** Whether the group is registered content (whose fields name their language); partner data is the page's. */
  registered: boolean;
}

const noSlot = (_name: GroupSlot, fallback: unknown) => fallback;

export function renderUserGroup(group: UserGroup | undefined, view: UserGroupView): TemplateResult {
  const part = (name: string) => `${view.partPrefix ?? ''}${name}`;
  const slot = view.slot ?? noSlot;
  const filled = view.filled ?? new Set<GroupSlot>();
  const picture = group?.image && renderImage(group.image, view.owner, view.imageOrigins);
  const hasMedia = Boolean(picture) || filled.has('media');
  const { languages } = view;
  const langOf = (key: string) => (group && view.registered ? languages.langOf(group, key) : undefined);
  const headingLang = langOf('heading');
  const headingText = slot(
    'heading',
    headingLang ? languages.mark(headingLang, group?.heading) : (group?.heading ?? nothing),
  );
  const hasHeading = Boolean(group) || filled.has('heading');
  const showItems = group && !filled.has('items');
  return html`
    <article part=${part('card')} class="card" id=${view.id ?? nothing}>
      <div part=${part('media')} class="media" ?hidden=${!hasMedia}>${slot('media', picture ?? nothing)}</div>
      ${hasHeading ? heading(view.level, permalinked(headingText, group, view, part), part('heading'), view.headingId) : headingText}
      <div class="body">
        ${
          showItems
            ? html`<ul part=${part('items')} class="items">
                ${group.items.map((item) => {
                  // An item's own language (an untranslated item in a translated list), else its list's.
                  const lang = item.lang ?? (view.registered ? languages.langOf(item) : undefined);
                  const own = lang ? languages.foreign(lang) : undefined;
                  return html`<li
                    part=${part('item')}
                    class="item"
                    lang=${own?.lang ?? nothing}
                    dir=${own?.dir ?? nothing}
                  >
                    ${renderSegments(item.segments, view.owner, part('link'))}
                  </li>`;
                })}
              </ul>`
            : nothing
        }
        ${slot('items', nothing)}
      </div>
    </article>
  `;
}

/**
 * The group's picture, if it has a `src` the image policy allows: lazy, in the widths given (`srcset`,
 * each candidate checked too), its space kept while it loads — from its `width` and `height`, else
 * a fixed shape the picture is cropped to.
 */
function renderImage(
  image: ContentImage,
  owner: Reporter,
  origins: readonly string[] | undefined,
): TemplateResult | undefined {
  const src = image.src === undefined ? undefined : allowedImageSrc(image.src, owner, origins);
  if (!src) return undefined;
  const candidates = (image.srcset ?? []).flatMap((candidate) => {
    const allowed = allowedImageSrc(candidate.src, owner, origins);
    return allowed ? [`${allowed} ${candidate.width}w`] : [];
  });
  const sized = image.width !== undefined && image.height !== undefined;
  return html`<img
    src=${src}
    srcset=${candidates.length > 0 ? candidates.join(', ') : nothing}
    sizes=${candidates.length > 0 ? (image.sizes ?? 'auto, 100vw') : nothing}
    width=${sized ? image.width : nothing}
    height=${sized ? image.height : nothing}
    class=${sized ? 'sized' : 'shaped'}
    alt=${image.alt ?? ''}
    loading="lazy"
    decoding="async"
  />`;
}

/** The heading's text as a link to the group's anchor. */
function permalinked(text: unknown, group: UserGroup | undefined, view: UserGroupView, part: (name: string) => string) {
  if (!view.anchor) return text;
  const title = fillText(view.permalinkLabel, { heading: group?.heading ?? '' });
  return html`<a part=${part('permalink')} class="permalink" href=${`#${view.anchor}`} title=${title}>${text}</a>`;
}
