import { html, nothing, type PropertyDeclarations } from 'lit';
import { userGroups as englishGroups, userGroupsStrings } from '../../content/en/user-groups.js';
import type { UserGroup } from '../../content/types.js';
import type { ContentChecks } from '../../internal/content-checks.js';
import type { ValidationResult } from '../../content/validate.js';
import { ContentController } from '../../internal/content-controller.js';
import { headingLevel } from '../../internal/heading.js';
import { wordsProperty } from '../../internal/properties.js';
import type { ServerAdditions } from '../../internal/server-context.js';
import { sharedStyles } from '../../internal/shared.styles.js';
import { jsonAttribute, TorElement } from '../../internal/tor-element.js';
import { renderUserGroup } from '../user-group-card/user-group.js';
import { userGroupStyles } from '../user-group-card/user-group.styles.js';
import { userGroupsStyles } from './user-groups.styles.js';

const validateGroups =
  ({ validateUserGroup }: ContentChecks) =>
  (value: unknown, path: string): ValidationResult => {
    if (!Array.isArray(value)) return { ok: false, problems: [{ path, message: 'expected an array of user groups' }] };
    const problems = value.flatMap((group, index) => validateUserGroup(group, `${path}[${index}]`).problems);
    return { ok: problems.length === 0, problems };
  };

/**
 * The groups of the "Who uses Tor" page in responsive columns of cards, drawn as `<tor-user-group-card>`
 * draws one (the collection renders them itself, so it works whatever name or registry the card
 * element has): all of them, or those listed in `groups`, in that order. With `index`, an in-page
 * index of links to each group comes first.
 *
 * Deep links work although the cards live in shadow DOM: on load, on `hashchange` and on a click on
 * any `#group` link, the element scrolls the matching card into view and moves focus to its heading.
 * Server-rendered pages get an empty anchor per group in the light DOM (slot `anchor-<group id>`),
 * so that the links work with JavaScript off too.
 *
 * The cards flow down as many columns as fit (one on a phone), in the content's order, each card as
 * tall as its content: no card is stretched to line up with another.
 *
 * @summary The user groups in responsive columns, with an optional in-page index.
 *
 * @slot anchor-<group id> - An empty element with the group's id, placed just before its card (the prerender step adds these).
 * @slot - More cards written by the page (for example `<tor-user-group-card>` with `group-data`), placed in the columns after the content's.
 *
 * @csspart base - The wrapper that carries `dir` and `lang`.
 * @csspart index - The in-page index (a `<nav>`).
 * @csspart index-link - A link in the index.
 * @csspart grid - The columns of cards (CSS multi-column).
 * @csspart card-card - Each card's box (as the card's `card` part).
 * @csspart card-media - Each card's `media` part.
 * @csspart card-heading - Each card's `heading` part.
 * @csspart card-permalink - Each card's `permalink` part.
 * @csspart card-items - Each card's `items` part.
 * @csspart card-item - Each card's `item` part.
 * @csspart card-link - Each card's `link` part.
 *
 * @cssprop [--tor-user-groups-gap=calc(var(--tor-space) * 1.5)] - Space between the cards.
 * @cssprop [--tor-user-groups-column-min=20rem] - The narrowest a column may get before there are fewer columns.
 * @cssprop [--tor-user-groups-index-background=var(--tor-color-surface)] - The background of the index links.
 * @cssprop [--tor-user-groups-scroll-margin=calc(var(--tor-space) * 1)] - Space kept above a card scrolled to by a deep link (for sticky headers).
 */
export class TorUserGroups extends TorElement {
  static override styles = [sharedStyles, userGroupStyles, userGroupsStyles];

  static override properties: PropertyDeclarations = {
    groups: {},
    groupsData: { attribute: 'groups-data', converter: jsonAttribute },
    index: { type: Boolean },
    imageOrigins: { attribute: 'image-origins' },
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  /**
   * Space-separated group ids to show, in that order, e.g. `journalist activists` (as a property, a list
   * of ids works too). Empty: every group.
   */
  groups: string | readonly string[] = '';

  /** Groups given directly (partner content), each checked with `validateUserGroup`. Wins over `groups`. */
  groupsData?: UserGroup[];

  /** Shows an in-page index of links to each group before the cards. */
  index = false;

  /**
   * Origins besides the page's own that images may load from, space-separated, e.g.
   * `https://media.example.org` (as a property, a list works too). By default an image loads only from
   * the page's own origin (a relative URL) or inline (`data:image/…`): a request to another origin is
   * one a Tor reader did not ask for, so a page opts into each origin it trusts.
   */
  imageOrigins: string | readonly string[] = '';

  /** The level of the cards' headings, 1–6; 0 makes them paragraphs rather than headings. */
  headingLevel = 2;

  protected readonly content = new ContentController(this, {
    groups: { path: 'userGroups', english: englishGroups },
    strings: { path: 'ui.userGroups', english: userGroupsStrings },
  });

  override connectedCallback(): void {
    super.connectedCallback();
    globalThis.addEventListener?.('hashchange', this.onHashChange);
    this.addEventListener('click', this.onClick);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    globalThis.removeEventListener?.('hashchange', this.onHashChange);
    this.removeEventListener('click', this.onClick);
  }

  /**
   * The groups to show, in order: the valid groups of partner data, else those of the content named in
   * `groups` (every group when it is empty). Unknown ids are left out, and reported.
   */
  get resolvedGroups(): UserGroup[] {
    const given = this.checked<UserGroup[]>(this.groupsData, 'groupsData', validateGroups);
    if (given) return given.value ?? [];
    const all = this.content.value.groups;
    const wanted = wordsProperty(this, 'groups', this.groups);
    if (wanted.length === 0) return all;
    const unknown = wanted.filter((id) => !all.some((group) => group.id === id));
    this.reportOnce('groups', unknown.join(' ') || undefined, () => {
      const names = unknown.map((id) => `"${id}"`).join(', ');
      const shown = unknown.length === wanted.length ? 'Nothing is shown.' : 'The other groups are shown.';
      return `no user group ${names}; use ${all.map((group) => group.id).join(', ')}. ${shown}`;
    });
    return wanted.flatMap((id) => all.filter((group) => group.id === id));
  }

  /** Without JavaScript, `#<group id>` reaches each group through an empty anchor the server adds. */
  override serverAdditions(): ServerAdditions {
    return { anchors: this.resolvedGroups.map((group) => group.id) };
  }

  protected override firstUpdated(changed: Map<PropertyKey, unknown>): void {
    super.firstUpdated(changed);
    // A page opened at #activists: the browser could not find the card inside shadow DOM.
    if (globalThis.location?.hash) requestAnimationFrame(() => this.revealHash(location.hash));
  }

  protected override render() {
    const groups = this.resolvedGroups;
    const { strings } = this.content.value;
    const level = headingLevel(this.headingLevel, 2, this);
    const imageOrigins = wordsProperty(this, 'imageOrigins', this.imageOrigins);
    // Partner groups are in the page's language; registered ones say which language each field is in.
    const registered = this.groupsData == null;
    const shown = groups.length > 0 || this.hasSlotted();
    return this.localized(
      html`
        <div class="collection">
          ${this.index && groups.length > 0 ? this.renderIndex(groups, strings.indexLabel, registered) : nothing}
          <div part="grid">
            ${groups.map(
              (group) => html`
                <div class="group">
                  <slot name=${`anchor-${group.id}`}></slot>
                  ${renderUserGroup(group, {
                    owner: this,
                    imageOrigins,
                    level,
                    anchor: group.id,
                    id: group.id,
                    permalinkLabel: strings.permalinkLabel,
                    partPrefix: 'card-',
                    languages: this.content,
                    registered,
                  })}
                </div>
              `,
            )}
            <slot></slot>
          </div>
        </div>
      `,
      shown,
    );
  }

  private renderIndex(groups: UserGroup[], label: string, registered: boolean) {
    return html`
      <nav part="index" aria-label=${label}>
        <ul>
          ${groups.map((group) => {
            const text = registered
              ? this.content.mark(this.content.langOf(group, 'heading'), group.heading)
              : group.heading;
            return html`<li><a part="index-link" href=${`#${group.id}`}>${text}</a></li>`;
          })}
        </ul>
      </nav>
    `;
  }

  private readonly onHashChange = (): void => {
    this.revealHash(location.hash);
  };

  /** A click on a link to the current hash fires no `hashchange`; reveal the card anyway. */
  private readonly onClick = (event: MouseEvent): void => {
    const link = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    if (!link || link.hash !== location.hash || link.pathname !== location.pathname) return;
    if (this.cardFor(link.hash)) {
      event.preventDefault();
      this.revealHash(link.hash);
    }
  };

  private cardFor(hash: string): HTMLElement | null {
    const id = idFromHash(hash);
    if (!id) return null;
    return this.renderRoot.querySelector<HTMLElement>(`.card[id="${CSS.escape(id)}"]`);
  }

  /** Scrolls the card for `hash` into view and focuses its heading, as the browser does for a light-DOM anchor. */
  private async revealHash(hash: string): Promise<void> {
    await this.updateComplete;
    const card = this.cardFor(hash);
    if (!card) return;
    const reduceMotion = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    card.scrollIntoView({ block: 'start', behavior: reduceMotion ? 'auto' : 'smooth' });
    card.querySelector<HTMLElement>('[part~="card-heading"]')?.focus({ preventScroll: true });
  }
}

/**
 * The id a URL's `#fragment` names: percent-decoded as the browser does for its own anchors; a
 * fragment that is not valid percent-encoding (`#%zz`, typed or linked by anyone) is taken as written.
 */
function idFromHash(hash: string): string {
  const fragment = hash.slice(1);
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}
