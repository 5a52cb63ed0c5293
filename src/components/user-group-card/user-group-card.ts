import { html, nothing, type PropertyDeclarations } from 'lit';
import { userGroups as englishGroups, userGroupsStrings } from '../../content/en/user-groups.js';
import type { UserGroup } from '../../content/types.js';
import { ContentController } from '../../internal/content-controller.js';
import { headingLevel } from '../../internal/heading.js';
import { stringProperty, wordsProperty } from '../../internal/properties.js';
import type { ServerAdditions } from '../../internal/server-context.js';
import { sharedStyles } from '../../internal/shared.styles.js';
import { jsonAttribute, TorElement } from '../../internal/tor-element.js';
import { renderUserGroup, type GroupSlot } from './user-group.js';
import { userGroupStyles } from './user-group.styles.js';
import { userGroupCardStyles } from './user-group-card.styles.js';

const SLOT_NAMES: Record<GroupSlot, string | undefined> = { media: 'media', heading: 'heading', items: undefined };

/**
 * One group of the "Who uses Tor" page: its heading (a link to the group's own anchor), optional
 * media, and its items with their bold lead-ins and links.
 *
 * Content comes from the registered content by `group` id (English by default, in the page's
 * `lang`), from `groupData` (a `UserGroup` object, or JSON in the `group-data` attribute), or
 * from light-DOM slots. The element takes the group's id as its own `id` when the page gave it
 * none, so `#journalist` links reach it.
 *
 * Partner data is shown as far as it is valid: a refused link keeps its words, an invalid item is
 * left out, and a console error names each path. When nothing is left to show (data that is not a
 * group, an unknown `group` id, or neither), the card shows nothing and takes no space, and a
 * console error says why; it never shows another group, or an empty card, in its place.
 *
 * @summary A card with one user group: heading, media and items.
 *
 * @slot - Items written by the page (for example a `<ul>`), shown instead of the content's items.
 * @slot heading - The heading's text, instead of the content's (text only: the card provides the heading element).
 * @slot media - An image or figure shown above the heading, instead of the content's image (give it its `width` and `height`, so nothing moves when it loads).
 *
 * @csspart base - The wrapper that carries `dir` and `lang`.
 * @csspart card - The card's box.
 * @csspart media - The box around the image.
 * @csspart heading - The heading (`h2` unless `heading-level` says otherwise).
 * @csspart permalink - The link in the heading to the group's anchor.
 * @csspart items - The list of items.
 * @csspart item - One item.
 * @csspart link - A link inside an item.
 *
 * @cssprop [--tor-user-group-card-background=var(--tor-color-surface)] - The card's background.
 * @cssprop [--tor-user-group-card-border=1px solid var(--tor-color-border)] - The card's border.
 * @cssprop [--tor-user-group-card-accent-border=4px solid var(--tor-color-accent)] - The border across the top of the card.
 * @cssprop [--tor-user-group-card-padding=calc(var(--tor-space) * 1.25)] - Space inside the card.
 * @cssprop [--tor-user-group-card-heading-color=var(--tor-color-accent-strong)] - The heading's colour.
 * @cssprop [--tor-user-group-card-heading-size=1.375rem] - The heading's font size.
 * @cssprop [--tor-user-group-card-marker-color=var(--tor-color-green)] - The colour of the list bullets.
 * @cssprop [--tor-user-group-card-lead-color=inherit] - The colour of the bold lead-ins.
 * @cssprop [--tor-user-group-card-measure=70ch] - The longest line of the items.
 * @cssprop [--tor-user-group-card-media-ratio=16 / 9] - The shape a picture given without its width and height is cropped to.
 */
export class TorUserGroupCard extends TorElement {
  static override styles = [sharedStyles, userGroupStyles, userGroupCardStyles];

  static override properties: PropertyDeclarations = {
    group: {},
    groupData: { attribute: 'group-data', converter: jsonAttribute },
    imageOrigins: { attribute: 'image-origins' },
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  /** The id of the group to show from the registered content, e.g. `journalist`. */
  group = '';

  /** A group given directly (partner content); checked with `validateUserGroup`. Wins over `group`. */
  groupData?: UserGroup;

  /**
   * Origins besides the page's own that images may load from, space-separated, e.g.
   * `https://media.example.org` (as a property, a list works too). By default an image loads only from
   * the page's own origin (a relative URL) or inline (`data:image/…`): a request to another origin is
   * one a Tor reader did not ask for, so a page opts into each origin it trusts.
   */
  imageOrigins: string | readonly string[] = '';

  /** The level of the card's heading, 1–6; 0 makes it a paragraph rather than a heading. */
  headingLevel = 2;

  protected readonly content = new ContentController(this, {
    groups: { path: 'userGroups', english: englishGroups },
    strings: { path: 'ui.userGroups', english: userGroupsStrings },
  });

  private givenId?: string;

  /** Focuses the card's heading, as a deep link to the group does. */
  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLElement>('[part="heading"]')?.focus(options);
  }

  /**
   * The group to show: partner data (what of it is valid), else the registered group with that id.
   * Partner data that is not usable at all shows nothing: never another group in its place.
   */
  get resolvedGroup(): UserGroup | undefined {
    const given = this.checked<UserGroup>(this.groupData, 'groupData', (checks) => checks.validateUserGroup);
    if (given) return given.value;
    const id = this.groupId;
    if (!id) return undefined;
    return this.content.value.groups.find((candidate) => candidate.id === id);
  }

  /** `group`, read as a string. */
  private get groupId(): string {
    return stringProperty(this, 'group', this.group) ?? '';
  }

  /** Without JavaScript, `#<group id>` reaches the card by the id the server gives it. */
  override serverAdditions(): ServerAdditions {
    return { id: this.resolvedGroup?.id };
  }

  protected override willUpdate(): void {
    const group = this.resolvedGroup;
    this.reportOnce('group', this.missingGroup(group), () => {
      const known = this.content.value.groups.map((candidate) => candidate.id).join(', ');
      return this.groupId
        ? `there is no user group "${this.groupId}"; use one of ${known}, or pass groupData. The card shows nothing.`
        : `no group given; set group to one of ${known}, pass groupData, or fill the card's slots. The card shows nothing.`;
    });
    this.takeGroupId(group?.id);
  }

  /** The `group` asked for when the card has nothing to show (no such group, no data, nothing slotted). */
  private missingGroup(group: UserGroup | undefined): string | undefined {
    if (group || this.groupData != null || this.hasSlotted('heading') || this.hasSlotted()) return undefined;
    return this.groupId;
  }

  /**
   * Makes `#<group id>` reach the card, unless the page chose another id. An id equal to the group's
   * when the card first renders is taken as the card's own (the prerender step writes it).
   */
  private takeGroupId(id: string | undefined): void {
    if (!id || !this.isConnected) return;
    if (!this.hasUpdated && this.id === id) this.givenId = id;
    if (!this.id || this.id === this.givenId) {
      this.id = id;
      this.givenId = id;
    }
  }

  protected override render() {
    const group = this.resolvedGroup;
    const filled = new Set(
      (['media', 'heading', 'items'] as const).filter((name) => this.hasSlotted(SLOT_NAMES[name])),
    );
    const shown = group !== undefined || filled.has('heading') || filled.has('items');
    return this.localized(
      renderUserGroup(group, {
        owner: this,
        imageOrigins: wordsProperty(this, 'imageOrigins', this.imageOrigins),
        level: headingLevel(this.headingLevel, 2, this),
        // The attribute, not `id`: a server's element has attributes only.
        anchor: this.getAttribute('id') || group?.id,
        permalinkLabel: this.content.value.strings.permalinkLabel,
        headingId: 'heading',
        filled,
        languages: this.content,
        registered: group !== undefined && this.groupData == null,
        slot: (name, fallback) => html`<slot name=${SLOT_NAMES[name] ?? nothing}>${fallback}</slot>`,
      }),
      shown,
    );
  }
}
