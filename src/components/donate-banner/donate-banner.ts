import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { campaigns as englishCampaigns, donateBannerStrings } from '../../content/en/donate.js';
import { getSection, getStrings } from '../../content/registry.js';
import type { DonateCampaign } from '../../content/types.js';
import { validateCampaign } from '../../content/validate.js';
import { heading, headingLevel } from '../../internal/heading.js';
import { fillText, renderLink, renderSegments } from '../../internal/rich-text.js';
import { sharedStyles } from '../../internal/shared.styles.js';
import { readFlag, writeFlag, type Remember } from '../../internal/storage.js';
import { jsonAttribute, TorElement } from '../../internal/tor-element.js';
import { donateBannerStyles } from './donate-banner.styles.js';

/** The `detail` of a `tor-dismiss` event. */
export interface TorDismissDetail {
  /** The id of the campaign the reader dismissed. */
  campaign: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tor-dismiss': CustomEvent<TorDismissDetail>;
  }
}

const REMEMBER_VALUES: readonly Remember[] = ['session', 'local', 'none'];

/** Where a dismissal is remembered: one key per campaign, so a new campaign shows again. */
const dismissalKey = (campaign: string): string => `tor-elements:dismissed:${campaign}`;

/** `YYYY-MM-DD` of the reader's local calendar day, comparable as a string with `start` and `end`. */
function localDay(date: Date): string {
  const pad = (value: number, length: number) => String(value).padStart(length, '0');
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;
}

function isRunning(campaign: DonateCampaign, day: string): boolean {
  return (!campaign.start || campaign.start <= day) && (!campaign.end || day <= campaign.end);
}

/**
 * The donation call of the Tor Project: a headline, a short text, a call-to-action link and, during
 * a campaign, what is matched and the goal. It shows only within the campaign's `start`–`end` dates
 * and until the reader dismisses it.
 *
 * Content comes from the registered campaigns by `campaign` id (the first one by default, in the
 * page's `lang`), or from `campaignData` (a `DonateCampaign` object, or JSON in the `campaign-data`
 * attribute). The call to action links exactly where the content says: no tracking parameters.
 *
 * When hidden (outside its dates, dismissed, or an unknown campaign) the element keeps its place in
 * the page but renders nothing and has no size; give it no margins of its own, space the banner with
 * `::part(banner)` instead.
 *
 * Focus after dismissal: a `tor-dismiss` listener may move focus (to the page's main heading, say)
 * before the banner hides. If none does, the element itself takes focus (with `tabindex="-1"`, removed
 * again on blur), so the reader stays where the banner was: the next Tab reaches what follows it, and a
 * screen reader does not jump to the top of the page as it would with focus lost to `<body>`.
 *
 * @summary A dismissible donation banner with dates, remembered per campaign.
 *
 * @slot - Text written by the page, shown instead of the campaign's text.
 * @slot headline - The headline's text, instead of the campaign's (text only: the banner provides the heading element).
 *
 * @csspart base - The wrapper that carries `dir` and `lang`.
 * @csspart banner - The banner's box (an `<aside>` named by `ui.donateBanner.label`).
 * @csspart headline - The headline (`h2` unless `heading-level` says otherwise).
 * @csspart text - The box around the campaign's or the page's text.
 * @csspart link - A link inside the text.
 * @csspart cta - The call-to-action link.
 * @csspart match - The note on matched gifts (`matchText`).
 * @csspart goal - The campaign's goal (`goalText`).
 * @csspart dismiss - The dismiss button.
 *
 * @cssprop [--tor-donate-banner-background=light-dark(var(--tor-color-purple), var(--tor-color-purple-dark))] - The banner's background (default: Tor purple; dark purple in the dark scheme).
 * @cssprop [--tor-donate-banner-color=#ffffff] - The banner's text colour (default: white).
 * @cssprop [--tor-donate-banner-accent=var(--tor-color-yellow)] - The stripe along the banner's inline start and the goal's marker (default: Tor yellow).
 * @cssprop [--tor-donate-banner-padding=calc(var(--tor-space) * 1.25)] - Space inside the banner.
 * @cssprop [--tor-donate-banner-radius=var(--tor-radius)] - The banner's corner radius.
 * @cssprop [--tor-donate-banner-headline-size=1.375rem] - The headline's font size.
 * @cssprop [--tor-donate-banner-cta-background=var(--tor-color-yellow)] - The call to action's background (default: Tor yellow).
 * @cssprop [--tor-donate-banner-cta-color=var(--tor-color-grey-dark)] - The call to action's text colour (default: dark grey).
 * @cssprop [--tor-donate-banner-focus-color=#ffffff] - The focus ring inside the banner (default: white).
 * @cssprop [--tor-donate-banner-measure=65ch] - The longest line of the text.
 *
 * @fires {CustomEvent<TorDismissDetail>} tor-dismiss - The reader pressed the dismiss button. `detail.campaign` is the campaign's id.
 * Cancelable: `preventDefault()` keeps the banner shown and the dismissal unremembered.
 */
export class TorDonateBanner extends TorElement {
  static override styles = [sharedStyles, donateBannerStyles];

  /** The id of the campaign to show from the registered content; the first registered campaign when empty. */
  @property() campaign = '';

  /** A campaign given directly (partner content); checked with `validateCampaign`. Wins over `campaign`. */
  @property({ attribute: 'campaign-data', converter: jsonAttribute }) campaignData?: DonateCampaign;

  /** The level of the headline, 1–6. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /**
   * Where a dismissal is remembered, per campaign id: `session` (until the browser closes), `local`
   * (across sessions) or `none` (until the page reloads). Storage that is unavailable or full only
   * means the dismissal is not remembered.
   */
  @property() remember: Remember = 'session';

  /**
   * The moment that decides whether the campaign runs: it shows from its `start` day through its `end`
   * day, in the reader's local calendar. Set it in tests, stories and server rendering; by default the
   * current time whenever the element renders.
   */
  @property({ attribute: false }) now?: Date;

  /** Campaigns dismissed in this element, whether or not storage could remember them. */
  @state() private dismissedHere: ReadonlySet<string> = new Set();

  private reportedMissing?: string;

  /** The campaign to show: partner data if valid, else the registered campaign with that id (or the first). */
  get resolvedCampaign(): DonateCampaign | undefined {
    const given = this.checked<DonateCampaign>(this.campaignData, 'campaignData', validateCampaign);
    if (given) return given;
    const campaigns = this.registeredCampaigns();
    return this.campaign ? campaigns.find((candidate) => candidate.id === this.campaign) : campaigns[0];
  }

  private registeredCampaigns(): DonateCampaign[] {
    return getSection('campaigns', this.locale.lang, englishCampaigns);
  }

  protected override willUpdate(): void {
    const missing = this.campaign && !this.resolvedCampaign ? this.campaign : undefined;
    if (missing && missing !== this.reportedMissing) {
      const known = this.registeredCampaigns().map((campaign) => `"${campaign.id}"`);
      console.error(
        `${this.tag}: there is no campaign "${missing}"; use one of ${known.join(', ')}, or pass campaignData.`,
      );
    }
    this.reportedMissing = missing;
  }

  private get rememberIn(): Remember {
    return REMEMBER_VALUES.includes(this.remember) ? this.remember : 'session';
  }

  private isShown(campaign: DonateCampaign): boolean {
    const decided = this.serverDecision('shown');
    if (decided) return decided === 'yes';
    const now = this.now && !Number.isNaN(this.now.getTime()) ? this.now : new Date();
    const dismissed = this.dismissedHere.has(campaign.id) || readFlag(this.rememberIn, dismissalKey(campaign.id));
    return isRunning(campaign, localDay(now)) && !dismissed;
  }

  protected override render() {
    const campaign = this.resolvedCampaign;
    const strings = getStrings('donateBanner', this.locale.lang, donateBannerStrings);
    const shown = campaign !== undefined && this.isShown(campaign);
    const headline = html`<slot name="headline">${campaign?.headline ?? nothing}</slot>`;
    // The server cannot read a headline the page slotted: right after server rendering, repeat its label.
    const dismissLabel =
      this.serverDecision('dismissLabel') ?? fillText(strings.dismissLabel, { headline: this.headlineText(campaign) });
    // Without JavaScript (a server-rendered page in Tor Browser's Safest level) the button cannot
    // work: a checkbox and its label hide the banner with CSS alone. Styles show one or the other.
    return this.localized(
      html`
        <input type="checkbox" id="dismissed" class="no-script-toggle" aria-label=${dismissLabel} />
        <aside part="banner" class="banner" aria-label=${strings.label} ?hidden=${!shown}>
          ${heading(headingLevel(this.headingLevel, 2), headline, 'headline', 'headline')}
          <div part="text" class="text">
            ${campaign && !this.hasSlotted() ? html`<p>${renderSegments(campaign.text, this.tag)}</p>` : nothing}
            <slot></slot>
          </div>
          ${campaign?.matchText ? html`<p part="match" class="match">${campaign.matchText}</p>` : nothing}
          ${campaign?.goalText ? html`<p part="goal" class="goal">${campaign.goalText}</p>` : nothing}
          ${campaign ? renderLink(campaign.callToAction.text, campaign.callToAction.href, this.tag, 'cta') : nothing}
          <button
            part="dismiss"
            class="dismiss"
            type="button"
            aria-label=${dismissLabel}
            @click=${() => campaign && this.dismiss(campaign.id)}
          >
            ${strings.dismiss}
          </button>
          <label part="dismiss" class="dismiss no-script" for="dismissed" aria-hidden="true">${strings.dismiss}</label>
        </aside>
      `,
      { shown: shown ? 'yes' : 'no', dismissLabel },
    );
  }

  /** The headline as the reader sees it: the page's slotted text, else the campaign's. */
  private headlineText(campaign: DonateCampaign | undefined): string {
    // `children` is missing where the server renders; there the campaign's headline is used.
    const slotted = Array.from(this.children ?? []).filter((child) => child.slot === 'headline');
    const text = slotted.map((child) => child.textContent ?? '').join(' ');
    return text.replace(/\s+/g, ' ').trim() || (campaign?.headline ?? '');
  }

  private dismiss(id: string): void {
    const event = new CustomEvent<TorDismissDetail>('tor-dismiss', {
      bubbles: true,
      composed: true,
      cancelable: true,
      detail: { campaign: id },
    });
    if (!this.dispatchEvent(event)) return;
    writeFlag(this.rememberIn, dismissalKey(id));
    this.dismissedHere = new Set([...this.dismissedHere, id]);
    if (this.shadowRoot?.activeElement?.matches('[part="dismiss"]')) this.holdFocus();
  }

  /** Keeps focus where the banner was once its button is gone (see the class comment). */
  private holdFocus(): void {
    if (!this.hasAttribute('tabindex')) {
      this.tabIndex = -1;
      this.addEventListener('blur', () => this.removeAttribute('tabindex'), { once: true });
    }
    this.focus({ preventScroll: true });
  }
}
