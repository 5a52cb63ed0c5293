import { html, isServer, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import {
  footerLinks as englishLinks,
  footerNotice as englishNotice,
  onionFooterStrings,
  onionServices as englishServices,
} from '../../content/en/onion-footer.js';
import type { FooterLinkGroup, OnionFooterStrings, OnionService, Segment } from '../../content/types.js';
import { ContentController } from '../../internal/content-controller.js';
import { heading, headingLevel } from '../../internal/heading.js';
import { stringProperty } from '../../internal/properties.js';
import { fillTemplate, fillText, renderLink, renderSegments } from '../../internal/rich-text.js';
import type { ServerAdditions } from '../../internal/server-context.js';
import { checkOnionAddress, loadOnionParser, type OnionCheck } from '../../internal/onion-check.js';
import { isOnionHost } from '../../policy/onion-host.js';
import { sharedStyles } from '../../internal/shared.styles.js';
import { jsonAttribute, TorElement } from '../../internal/tor-element.js';
import { copyAddress, STATUS_CLEAR_MS } from './copy-address.js';
import { onionFooterStyles } from './onion-footer.styles.js';

/** `detail` of the `tor-copy` event. */
export interface TorCopyDetail {
  /** The onion host that was copied, e.g. `2gzy…wid.onion`. */
  address: string;
  /** `false` when the browser refused to copy; the address is then selected for the reader. */
  copied: boolean;
}
const [{ directoryHref: DEFAULT_DIRECTORY, aboutHref: DEFAULT_ABOUT }] = englishServices as [OnionService];
/** The content's own addresses, checked when the package is built (test/policy/onion-address.test.ts). */
const KNOWN_GOOD = englishServices.map((service) => service.address);

/**
 * The footer of a Tor site: its link groups, the trademark line, and the onion line — "We offer an
 * onion service for this site: `…onion`. See onion.torproject.org for all torproject.org onion
 * addresses." The address is checked as `parseOnionAddress` does: a valid v3 address becomes a link
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
 * @cssprop [--tor-onion-footer-background=var(--tor-color-surface-muted)] - The footer's background.
 * @cssprop [--tor-onion-footer-color=var(--tor-color-text)] - The footer's text colour.
 * @cssprop [--tor-onion-footer-border=4px solid var(--tor-color-accent)] - The border across the top.
 * @cssprop [--tor-onion-footer-padding=calc(var(--tor-space) * 1.5)] - Space inside the footer.
 * @cssprop [--tor-onion-footer-content-width=100%] - The width of the footer's content, centred, while its background fills the element (default: all of it).
 * @cssprop [--tor-onion-footer-heading-color=var(--tor-color-accent-strong)] - The link groups' heading colour.
 * @cssprop [--tor-onion-footer-button-color=var(--tor-color-link)] - The copy button's text and border colour.
 * @cssprop [--tor-onion-footer-button-background=var(--tor-color-surface)] - The copy button's background.
 * @cssprop [--tor-onion-footer-button-hover-color=var(--tor-color-purple-dark)] - The copy button's text colour on hover.
 * @cssprop [--tor-onion-footer-button-hover-background=var(--tor-color-grey)] - The copy button's background on hover.
 * @cssprop [--tor-onion-footer-status-color=var(--tor-color-surface)] - The text colour of the message after copying.
 * @cssprop [--tor-onion-footer-status-background=var(--tor-color-text)] - The background of the message after copying.
 *
 * @fires {CustomEvent<TorCopyDetail>} tor-copy - After the copy button was used; `detail: { address, copied }`.
 */
export class TorOnionFooter extends TorElement {
  static override styles = [sharedStyles, onionFooterStyles];

  static override properties: PropertyDeclarations = {
    address: {},
    siteName: { attribute: 'site-name' },
    directoryHref: { attribute: 'directory-href' },
    serviceData: { attribute: 'service-data', converter: jsonAttribute },
    linkGroups: { attribute: 'link-groups', converter: jsonAttribute },
    noticeData: { attribute: 'notice-data', converter: jsonAttribute },
    headingLevel: { attribute: 'heading-level', type: Number },
    noCopy: { attribute: 'no-copy', type: Boolean },
    noLinks: { attribute: 'no-links', type: Boolean },
    pageHost: { attribute: 'page-host' },
    serverHost: { attribute: 'server-host' },
    copyStatus: { state: true, attribute: false },
    decidedHere: { state: true, attribute: false },
  };

  /** The onion address to offer (a host such as `…wid.onion`, or an `http://…onion/` URL). Default: the content's. */
  address?: string;

  /** The site the address serves; picks that site's onion service from the content. Default: the content's first. */
  siteName?: string;

  /** Where all of the site's onion addresses are listed. Default: https://onion.torproject.org. */
  directoryHref?: string;

  /** A whole onion service given directly (partner content), checked with `validateOnionService`. */
  serviceData?: OnionService;

  /** The footer's link groups given directly (partner content), checked with `validateFooterLinks`. */
  linkGroups?: FooterLinkGroup[];

  /**
   * The trademark or licence line under the links, given directly as segments (partner content, or
   * JSON in the `notice-data` attribute), checked with `validateSegments`. Default: the content's `footerNotice`.
   */
  noticeData?: Segment[];

  /** The level of the link groups' headings, 1–6; 0 makes them paragraphs rather than headings. */
  headingLevel = 2;

  /** Hides the copy button. */
  noCopy = false;

  /** Shows only the onion line, without the link groups and the trademark line. */
  noLinks = false;

  /**
   * The host the page is served from; default `location.hostname` (none on a server). On a `.onion`
   * host the footer says the reader is already on the onion service.
   */
  pageHost: string = globalThis.location?.hostname ?? '';

  /**
   * Written by `tor-elements-prerender`, not by pages: the host the server rendered for (none, unless
   * `page-host` says). The browser's first render repeats it, so hydration matches; then its own host.
   */
  serverHost?: string;

  /** Which message the status shows after copying, if any. */
  private copyStatus?: 'copied' | 'copyFailed';
  /** Whether the browser has replaced the server's host with its own (after hydration). */
  private decidedHere = false;
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
    const { base, address, unusable } = this.serviceSource();
    if (unusable || (!base && address === undefined)) return undefined;
    const directoryHref = stringProperty(this, 'directoryHref', this.directoryHref);
    return {
      siteName: this.siteNameGiven ?? base?.siteName ?? '',
      address: address ?? base?.address ?? '',
      directoryHref: directoryHref ?? base?.directoryHref ?? DEFAULT_DIRECTORY,
      aboutHref: base?.aboutHref ?? DEFAULT_ABOUT,
    };
  }

  /**
   * The service the footer builds on (`serviceData`, else the content's for `siteName`), the address
   * given on its own, and where the address shown comes from, as a path for messages.
   */
  private serviceSource(): { base?: OnionService; address?: string; addressPath: string; unusable?: boolean } {
    const address = stringProperty(this, 'address', this.address);
    const given = this.checked<OnionService>(this.serviceData, 'serviceData', (checks) => checks.validateOnionService);
    // Partner data with nothing usable shows no onion line: never the content's address in its place.
    if (given && !given.value) return { addressPath: 'serviceData', unusable: true };
    if (given) return { base: given.value, address, addressPath: address ? 'address' : 'serviceData.address' };
    const { services } = this.content.value;
    const siteName = this.siteNameGiven;
    const index = siteName ? services.findIndex((service) => service.siteName === siteName) : 0;
    const contentPath = `onionServices[${index}].address (content)`;
    return { base: services[index], address, addressPath: address ? 'address' : contentPath };
  }

  /** `pageHost`, read as a string. */
  private get host(): string {
    return stringProperty(this, 'pageHost', this.pageHost) ?? '';
  }

  /** `serverHost`, read as a string. */
  private get serverHostGiven(): string | undefined {
    return stringProperty(this, 'serverHost', this.serverHost);
  }

  /** `siteName`, read as a string. */
  private get siteNameGiven(): string | undefined {
    return stringProperty(this, 'siteName', this.siteName);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const service = this.resolvedService;
    this.reportOnce(
      'service',
      service || this.serviceData != null ? undefined : (this.siteNameGiven ?? ''),
      () => `no onion service for site "${this.siteNameGiven}" in the content; set address="…" or pass serviceData.`,
    );
    const parsed = service && this.check(service.address);
    this.reportOnce(
      'address',
      parsed && !parsed.ok ? service.address : undefined,
      () =>
        `${this.serviceSource().addressPath}: ${(parsed as { message: string }).message}. The address is not shown as a link until this is fixed.`,
    );
  }

  /** An address other than the content's own is checked in full: the checker loads before the footer renders. */
  protected override workBeforeRender(): Array<Promise<unknown> | undefined> {
    const service = this.resolvedService;
    const waiting = service && !checkOnionAddress(service.address, KNOWN_GOOD) ? loadOnionParser() : undefined;
    return [...super.workBeforeRender(), waiting];
  }

  private check(address: string): OnionCheck {
    return (
      checkOnionAddress(address, KNOWN_GOOD) ?? {
        ok: false,
        reason: 'not-onion',
        message: `the onion address checker did not load, so "${address}" cannot be checked`,
      }
    );
  }

  /** The server rendered for its own host (none, unless `page-host` says): the browser's first render repeats it. */
  override serverAdditions(): ServerAdditions {
    return { attributes: { 'server-host': this.host } };
  }

  /** Re-renders only where the reader's host changes what the server said (an onion mirror of a site). */
  protected override decideInBrowser(): void {
    const serverHost = this.serverHostGiven;
    if (serverHost !== undefined && isOnionHost(serverHost) !== isOnionHost(this.host)) {
      this.decidedHere = true;
    }
  }

  protected override render() {
    const links = this.noLinks ? [] : this.resolvedLinks();
    const notice = this.noLinks ? undefined : this.resolvedNotice();
    const above = links.length > 0 || notice !== undefined || this.hasSlotted('links') || this.hasSlotted('notice');
    const onion = this.renderOnionLine(above);
    // The content's trademark line says which language it is in; a partner's is in the page's.
    const noticeLang =
      notice && notice === this.content.value.notice ? this.content.foreign(this.content.langOf(notice)) : undefined;
    return this.localized(
      html`
        <div part="footer" class="footer">
          <slot name="links">${links.length > 0 ? this.renderLinkGroups(links) : nothing}</slot>
          <slot name="notice"
            >${
              notice
                ? html`<p part="notice" lang=${noticeLang?.lang ?? nothing} dir=${noticeLang?.dir ?? nothing}>
                    ${renderSegments(notice, this)}
                  </p>`
                : nothing
            }</slot
          >
          ${onion}
        </div>
      `,
      above || onion !== nothing,
    );
  }

  /** The partner's link groups (those that are valid), else the content's. */
  private resolvedLinks(): FooterLinkGroup[] {
    const given = this.checked<FooterLinkGroup[]>(
      this.linkGroups,
      'linkGroups',
      (checks) => checks.validateFooterLinks,
    );
    return given ? (given.value ?? []) : this.content.value.links;
  }

  /** The partner's trademark line (what of it is valid), else the content's; `undefined` for none. */
  private resolvedNotice(): Segment[] | undefined {
    const given = this.checked<Segment[]>(this.noticeData, 'noticeData', (checks) => checks.validateSegments);
    return given ? given.value : this.content.value.notice;
  }

  private renderLinkGroups(groups: FooterLinkGroup[]) {
    const { strings } = this;
    const level = headingLevel(this.headingLevel, 2, this);
    // Partner links are in the page's language; registered ones say which language each is in.
    const registered = this.linkGroups == null;
    const inOwnLanguage = (container: object, key: string | undefined, text: string) =>
      registered ? this.content.mark(this.content.langOf(container, key), text) : text;
    return html`
      <nav part="links" aria-label=${strings.linksLabel}>
        <div class="groups">
          ${groups.map(
            (group) => html`
              <div part="group">
                ${heading(level, inOwnLanguage(group, 'heading', group.heading), 'group-heading', `group-${group.id}`)}
                <ul part="group-links" aria-labelledby=${`group-${group.id}`}>
                  ${group.links.map(
                    (link) => html`<li>${renderLink(inOwnLanguage(link, 'text', link.text), link.href, this)}</li>`,
                  )}
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
    const serverHost = this.serverHostGiven;
    const host = isServer || serverHost === undefined || this.decidedHere ? this.host : serverHost;
    return isOnionHost(host);
  }

  /** The onion line; `below` draws the rule that parts it from the links and notice above it. */
  private renderOnionLine(below: boolean) {
    const service = this.resolvedService;
    if (!service) return nothing;
    const parsed = this.check(service.address);
    const directory = renderLink(hostOf(service.directoryHref), service.directoryHref, this);
    // Both offers are rendered, one hidden: which applies is the reader's host, which a prerendered
    // page's enhancement script (or the element, once it runs) knows and a server may not.
    const onOnion = this.onOnion;
    return html`
      <p part="onion" class=${below ? 'onion below' : 'onion'}>
        <span class="offer" ?hidden=${onOnion}>${this.renderOffer(service, parsed)}</span>
        <span class="offer" data-on-onion ?hidden=${!onOnion}
          >${this.sentence('onOnion', { siteName: service.siteName })}</span
        >
        <span class="directory">${this.sentence('directory', { directory, siteName: service.siteName })}</span>
      </p>
    `;
  }

  /** A UI sentence with its values, marked with the sentence's language where it is not the page's. */
  private sentence(key: keyof OnionFooterStrings, values: Record<string, unknown> = {}): unknown {
    const lang = this.content.langOf(this.strings, key);
    return this.content.mark(lang, fillTemplate(this.strings[key], values));
  }

  private renderOffer(service: OnionService, parsed: OnionCheck) {
    const { strings } = this;
    if (!parsed.ok) {
      return parsed.reason === 'v2-retired'
        ? this.sentence('retired', {
            address: html`<span class="retired-address" dir="ltr">${service.address.trim()}</span>`,
          })
        : this.sentence('unavailable');
    }
    // The link's words inside the offer sentence: marked against the sentence's language.
    const linkLang = this.content.langOf(strings, 'onionServiceLinkText');
    const linkText = this.content.mark(linkLang, strings.onionServiceLinkText, this.content.langOf(strings, 'offer'));
    const onionService = renderLink(linkText, service.aboutHref, this);
    const address = html`<a part="link address" href=${parsed.url} dir="ltr" translate="no">${parsed.host}</a>`;
    return html`${this.sentence('offer', { onionService, address })}${
      this.noCopy
        ? nothing
        : html`<span class="copy"
            ><button
              part="copy"
              type="button"
              aria-label=${fillText(strings.copyLabel, { address: parsed.host })}
              data-address=${parsed.host}
              @click=${() => this.copy(parsed.host)}
            >
              ${this.sentence('copy')}</button
            ><span part="status" class="status" role="status"
              >${
                // `nothing`, not '': Lit cannot later fill an empty text it hydrated from a server's render.
                this.copyStatus ? this.sentence(this.copyStatus) : nothing
              }</span
            ><span class="statuses"
              ><span data-status="copied" hidden>${this.sentence('copied')}</span
              ><span data-status="copyFailed" hidden>${this.sentence('copyFailed')}</span></span
            ></span
          >`
    }`;
  }

  private async copy(address: string): Promise<void> {
    const copied = await copyAddress(this, this.renderRoot as ShadowRoot, address);
    this.copyStatus = copied ? 'copied' : 'copyFailed';
    clearTimeout(this.clearStatusTimer);
    this.clearStatusTimer = setTimeout(() => (this.copyStatus = undefined), STATUS_CLEAR_MS);
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
