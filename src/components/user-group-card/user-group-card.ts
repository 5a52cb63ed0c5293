import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { userGroups as englishGroups, userGroupsStrings } from '../../content/en/user-groups.js';
import type { UserGroup } from '../../content/types.js';
import { validateUserGroup } from '../../content/validate.js';
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
 * @summary A card with one user group: heading, media and items.
 *
 * @slot - Items written by the page (for example a `<ul>`), shown instead of the content's items.
 * @slot heading - The heading's text, instead of the content's (text only: the card provides the heading element).
 * @slot media - An image or figure shown above the heading, instead of the content's image.
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
 */
export class TorUserGroupCard extends TorElement {
  static override styles = [sharedStyles, userGroupStyles, userGroupCardStyles];

  /** The id of the group to show from the registered content, e.g. `journalist`. */
  @property() group = '';

  /** A group given directly (partner content); checked with `validateUserGroup`. Wins over `group`. */
  @property({ attribute: 'group-data', converter: jsonAttribute }) groupData?: UserGroup;

  /**
   * Origins besides the page's own that images may load from, space-separated, e.g.
   * `https://media.example.org` (as a property, a list works too). By default an image loads only from
   * the page's own origin (a relative URL) or inline (`data:image/…`): a request to another origin is
   * one a Tor reader did not ask for, so a page opts into each origin it trusts.
   */
  @property({ attribute: 'image-origins' }) imageOrigins: string | readonly string[] = '';

  /** The level of the card's heading, 1–6. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  protected readonly content = new ContentController(this, {
    groups: { path: 'userGroups', english: englishGroups },
    strings: { path: 'ui.userGroups', english: userGroupsStrings },
  });

  private givenId?: string;

  /** Focuses the card's heading, as a deep link to the group does. */
  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLElement>('[part="heading"]')?.focus(options);
  }

  /** The group to show: partner data if valid, else the registered group with that id. */
  get resolvedGroup(): UserGroup | undefined {
    const given = this.checked<UserGroup>(this.groupData, 'groupData', validateUserGroup);
    if (given) return given;
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
    const missing = this.groupId && !group && !this.groupData ? this.groupId : undefined;
    this.reportOnce('group', missing, () => {
      const known = this.content.value.groups.map((candidate) => candidate.id);
      return `there is no user group "${missing}"; use one of ${known.join(', ')}, or pass groupData.`;
    });
    this.takeGroupId(group?.id);
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
        registered: group !== undefined && group !== this.groupData,
        slot: (name, fallback) => html`<slot name=${SLOT_NAMES[name] ?? nothing}>${fallback}</slot>`,
      }),
    );
  }
}
