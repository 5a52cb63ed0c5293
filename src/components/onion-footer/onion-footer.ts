import { html, isServer, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  footerLinks as englishLinks,
  footerNotice as englishNotice,
  onionFooterStrings,
  onionServices as englishServices,
} from '../../content/en/onion-footer.js';
import type { FooterLinkGroup, OnionService, Segment } from '../../content/types.js';
import { validateFooterLinks, validateOnionService, validateSegments } from '../../content/validate.js';
import { copyText } from '../../internal/clipboard.js';
import { ContentController } from '../../internal/content-controller.js';
import { heading, headingLevel } from '../../internal/heading.js';
import { fillTemplate, fillText, renderLink, renderSegments } from '../../internal/rich-text.js';
import type { ServerAdditions } from '../../internal/server-context.js';
import { parseOnionAddress, type OnionAddressResult } from '../../policy/onion-address.js';
import { isOnionHost } from '../../policy/onion-host.js';
import { sharedStyles } from '../../internal/shared.styles.js';
import { jsonAttribute, TorElement } from '../../internal/tor-element.js';
import { onionFooterStyles } from './onion-footer.styles.js';

/** `detail` of the `tor-copy` event. */
export interface TorCopyDetail {
  /** The onion host that was copied, e.g. `2gzy…wid.onion`. */
  address: string;
  /** `false` when the browser refused to copy; the address is then selected for the reader. */
  copied: boolean;
}

const STATUS_CLEAR_MS = 6000;
const [{ directoryHref: DEFAULT_DIRECTORY, aboutHref: DEFAULT_ABOUT }] = englishServices as [OnionService];

/**
 * The footer of a Tor site: its link groups, the trademark line, and the onion line — "We offer an
 * onion service for this site: `…onion`. See onion.torproject.org for all torproject.org onion
 * addresses." The address is checked with `parseOnionAddress`: a valid v3 address becomes a link
 * with a copy button; a retired v2 or mistyped address is never shown as a working link, and a
 * console error says why and how to fix it. On a page served from a `.onion` host the footer says
 * the reader is already using the onion service instead of advertising it.
 *
 * Place it inside your page's own `<footer>`: it adds a labelled `<nav>` for the links, not a
 * second page footer.
 *
 * @summary Footer links and the site's onion address, checked, with a copy button.
 *
 * Partner content (`serviceData`, `linkGroups`, `noticeData`) is shown as far as it is valid: an
 * invalid link or group is left out and a console error names its path. What is not usable at all is
 * not shown, and nothing of the default content (torproject.org's links, address or trademark line)
 * takes its place. With nothing at all to show, the footer takes no space.
 *
 * @slot links - The page's own footer links, instead of the content's link groups.
 * @slot notice - The page's own trademark or licence line, instead of the content's (or set `noticeData`).
 *
 * @csspart base - The wrapper that carries `dir` and `lang`.
 * @csspart footer - The footer's box.
 * @csspart links - The navigation with the link groups.
 * @csspart group - One link group.
 * @csspart group-heading - A link group's heading.
 * @csspart group-links - A link group's list.
 * @csspart link - Any link.
 * @csspart notice - The trademark line.
 * @csspart onion - The paragraph about the onion service.
 * @csspart address - The onion address link.
 * @csspart copy - The copy button.
 * @csspart status - The message after copying (announced to screen readers), shown beside the copy button over the page, so no text moves.
 *
 * @cssprop --tor-onion-footer-background - The footer's background.
 * @cssprop --tor-onion-footer-color - The footer's text colour.
 * @cssprop --tor-onion-footer-border - The border across the top.
 * @cssprop --tor-onion-footer-padding - Space inside the footer.
 * @cssprop --tor-onion-footer-content-width - The width of the footer's content, centred, while its background fills the element (default: all of it).
 * @cssprop --tor-onion-footer-heading-color - The link groups' heading colour.
 * @cssprop --tor-onion-footer-button-color - The copy button's text and border colour.
 * @cssprop --tor-onion-footer-button-background - The copy button's background.
 * @cssprop --tor-onion-footer-button-hover-color - The copy button's text colour on hover.
 * @cssprop --tor-onion-footer-button-hover-background - The copy button's background on hover.
 * @cssprop --tor-onion-footer-status-color - The text colour of the message after copying.
 * @cssprop --tor-onion-footer-status-background - The background of the message after copying.
 *
 * @fires {CustomEvent<TorCopyDetail>} tor-copy - After the copy button was used; `detail: { address, copied }`.
 */
export class TorOnionFooter extends TorElement {
  static override styles = [sharedStyles, onionFooterStyles];

  /** The onion address to offer (a host such as `…wid.onion`, or an `http://…onion/` URL). Default: the content's. */
  @property() address?: string;

  /** The site the address serves; picks that site's onion service from the content. Default: the content's first. */
  @property({ attribute: 'site-name' }) siteName?: string;

  /** Where all of the site's onion addresses are listed. Default: https://onion.torproject.org. */
  @property({ attribute: 'directory-href' }) directoryHref?: string;

  /** A whole onion service given directly (partner content), checked with `validateOnionService`. */
  @property({ attribute: 'service-data', converter: jsonAttribute }) serviceData?: OnionService;

  /** The footer's link groups given directly (partner content), checked with `validateFooterLinks`. */
  @property({ attribute: 'link-groups', converter: jsonAttribute }) linkGroups?: FooterLinkGroup[];

  /**
   * The trademark or licence line under the links, given directly as segments (partner content, or
   * JSON in the `notice-data` attribute), checked with `validateSegments`. Default: the content's `footerNotice`.
   */
  @property({ attribute: 'notice-data', converter: jsonAttribute }) noticeData?: Segment[];

  /** The level of the link groups' headings, 1–6; 0 makes them paragraphs rather than headings. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** Hides the copy button. */
  @property({ attribute: 'no-copy', type: Boolean }) noCopy = false;

  /** Shows only the onion line, without the link groups and the trademark line. */
  @property({ attribute: 'no-links', type: Boolean }) noLinks = false;

  /**
   * The host the page is served from; default `location.hostname` (none on a server). On a `.onion`
   * host the footer says the reader is already on the onion service.
   */
  @property({ attribute: 'page-host' }) pageHost: string = globalThis.location?.hostname ?? '';

  /**
   * Written by `tor-elements-prerender`, not by pages: the host the server rendered for (none, unless
   * `page-host` says). The browser's first render repeats it, so hydration matches; then its own host.
   */
  @property({ attribute: 'server-host' }) serverHost?: string;

  @state() private copyStatus = '';
  /** Whether the browser has replaced the server's host with its own (after hydration). */
  @state() private decidedHere = false;
  private clearStatusTimer?: ReturnType<typeof setTimeout>;

  protected readonly content = new ContentController(this, {
    services: { path: 'onionServices', english: englishServices },
    links: { path: 'footerLinks', english: englishLinks },
    notice: { path: 'footerNotice', english: englishNotice },
    strings: { path: 'ui.onionFooter', english: onionFooterStrings },
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.clearStatusTimer);
  }

  /**
   * The onion service to show: partner data (if usable), else the content's, with attributes on top.
   * Partner data that is not usable shows no onion line: never the content's address in its place.
   */
  get resolvedService(): OnionService | undefined {
    const given = this.checked<OnionService>(this.serviceData, 'serviceData', validateOnionService);
    if (given && !given.value) return undefined;
    const { services } = this.content.value;
    const base = given?.value ?? (this.siteName ? services.find((s) => s.siteName === this.siteName) : services[0]);
    if (!base && !this.address) return undefined;
    return {
      siteName: this.siteName ?? base?.siteName ?? '',
      address: this.address ?? base?.address ?? '',
      directoryHref: this.directoryHref ?? base?.directoryHref ?? DEFAULT_DIRECTORY,
      aboutHref: base?.aboutHref ?? DEFAULT_ABOUT,
    };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const service = this.resolvedService;
    this.reportOnce(
      'service',
      service || this.serviceData != null ? undefined : (this.siteName ?? ''),
      () => `no onion service for site "${this.siteName}" in the content; set address="…" or pass serviceData.`,
    );
    const parsed = service && parseOnionAddress(service.address);
    this.reportOnce(
      'address',
      parsed && !parsed.ok ? service.address : undefined,
      () => `${(parsed as { message: string }).message}. The address is not shown as a link until this is fixed.`,
    );
  }

  /** The server rendered for its own host (none, unless `page-host` says): the browser's first render repeats it. */
  override serverAdditions(): ServerAdditions {
    return { attributes: { 'server-host': this.pageHost } };
  }

  /** Re-renders only where the reader's host changes what the server said (an onion mirror of a site). */
  protected override decideInBrowser(): void {
    if (this.serverHost !== undefined && isOnionHost(this.serverHost) !== isOnionHost(this.pageHost)) {
      this.decidedHere = true;
    }
  }

  protected override render() {
    const links = this.noLinks ? [] : this.resolvedLinks();
    const notice = this.noLinks ? undefined : this.resolvedNotice();
    const above = links.length > 0 || notice !== undefined || this.hasSlotted('links') || this.hasSlotted('notice');
    const onion = this.renderOnionLine(above);
    return this.localized(
      html`
        <div part="footer" class="footer">
          <slot name="links">${links.length > 0 ? this.renderLinkGroups(links) : nothing}</slot>
          <slot name="notice">${notice ? html`<p part="notice">${renderSegments(notice, this)}</p>` : nothing}</slot>
          ${onion}
        </div>
      `,
      above || onion !== nothing,
    );
  }

  /** The partner's link groups (those that are valid), else the content's. */
  private resolvedLinks(): FooterLinkGroup[] {
    const given = this.checked<FooterLinkGroup[]>(this.linkGroups, 'linkGroups', validateFooterLinks);
    return given ? (given.value ?? []) : this.content.value.links;
  }

  /** The partner's trademark line (what of it is valid), else the content's; `undefined` for none. */
  private resolvedNotice(): Segment[] | undefined {
    const given = this.checked<Segment[]>(this.noticeData, 'noticeData', validateSegments);
    return given ? given.value : this.content.value.notice;
  }

  private renderLinkGroups(groups: FooterLinkGroup[]) {
    const { strings } = this;
    const level = headingLevel(this.headingLevel, 2);
    return html`
      <nav part="links" aria-label=${strings.linksLabel}>
        <div class="groups">
          ${groups.map(
            (group) => html`
              <div part="group">
                ${heading(level, group.heading, 'group-heading', `group-${group.id}`)}
                <ul part="group-links" aria-labelledby=${`group-${group.id}`}>
                  ${group.links.map((link) => html`<li>${renderLink(link.text, link.href, this)}</li>`)}
                </ul>
              </div>
            `,
          )}
        </div>
      </nav>
    `;
  }

  /** The footer's UI strings in the page's locale. */
  private get strings() {
    return this.content.value.strings;
  }

  /** Whether the page is served from an onion host; while hydrating, as the server saw it. */
  private get onOnion(): boolean {
    const host = isServer || this.serverHost === undefined || this.decidedHere ? this.pageHost : this.serverHost;
    return isOnionHost(host);
  }

  /** The onion line; `below` draws the rule that parts it from the links and notice above it. */
  private renderOnionLine(below: boolean) {
    const service = this.resolvedService;
    if (!service) return nothing;
    const { strings } = this;
    const parsed = parseOnionAddress(service.address);
    const directory = renderLink(hostOf(service.directoryHref), service.directoryHref, this);
    return html`
      <p part="onion" class=${below ? 'onion below' : 'onion'}>
        <span class="offer">${this.renderOffer(service, parsed)}</span>
        <span class="directory">${fillTemplate(strings.directory, { directory, siteName: service.siteName })}</span>
      </p>
    `;
  }

  private renderOffer(service: OnionService, parsed: OnionAddressResult) {
    const { strings } = this;
    if (this.onOnion) return fillTemplate(strings.onOnion, { siteName: service.siteName });
    if (!parsed.ok) {
      return parsed.reason === 'v2-retired'
        ? fillTemplate(strings.retired, {
            address: html`<span class="retired-address" dir="ltr">${service.address.trim()}</span>`,
          })
        : strings.unavailable;
    }
    const onionService = renderLink(strings.onionServiceLinkText, service.aboutHref, this);
    const address = html`<a part="link address" href=${parsed.url} dir="ltr" translate="no">${parsed.host}</a>`;
    return html`${fillTemplate(strings.offer, { onionService, address })}${
      this.noCopy
        ? nothing
        : html`<span class="copy"
            ><button
              part="copy"
              type="button"
              aria-label=${fillText(strings.copyLabel, { address: parsed.host })}
              @click=${() => this.copy(parsed.host)}
            >
              ${strings.copy}</button
            ><span part="status" class="status" role="status"
              >${
                // `nothing`, not '': Lit cannot later fill an empty text it hydrated from a server's render.
                this.copyStatus || nothing
              }</span
            ></span
          >`
    }`;
  }

  private async copy(address: string): Promise<void> {
    const { strings } = this;
    const copied = await copyText(address, this.renderRoot as ShadowRoot);
    if (!copied) this.selectAddress();
    this.copyStatus = copied ? strings.copied : strings.copyFailed;
    clearTimeout(this.clearStatusTimer);
    this.clearStatusTimer = setTimeout(() => (this.copyStatus = ''), STATUS_CLEAR_MS);
    this.dispatchEvent(
      new CustomEvent<TorCopyDetail>('tor-copy', { bubbles: true, composed: true, detail: { address, copied } }),
    );
  }

  /** When copying is refused, the address is selected so the reader can copy it by hand. */
  private selectAddress(): void {
    const link = this.renderRoot.querySelector('[part~="address"]');
    const selection = globalThis.getSelection?.();
    if (!link || !selection) return;
    const range = document.createRange();
    range.selectNodeContents(link);
    selection.removeAllRanges();
    selection.addRange(range);
  }
}

/** `https://onion.torproject.org/x` → `onion.torproject.org`, as the link's words; a relative href as written. */
function hostOf(href: string): string {
  try {
    return new URL(href).host || href;
  } catch {
    return href;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tor-copy': CustomEvent<TorCopyDetail>;
  }
}
