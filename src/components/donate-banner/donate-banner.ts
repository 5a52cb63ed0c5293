import { html, isServer, nothing, type PropertyDeclarations } from 'lit';
import { campaigns as englishCampaigns, donateBannerStrings } from '../../content/en/donate.js';
import type { DonateBannerStrings, DonateCampaign } from '../../content/types.js';
import { ContentController } from '../../internal/content-controller.js';
import { dayNumber, localDay } from '../../internal/day.js';
import { formatDayMonth, formatMoney, formatPlural } from '../../internal/format.js';
import { heading, headingLevel } from '../../internal/heading.js';
import { choiceProperty, dateProperty, dayProperty, stringProperty } from '../../internal/properties.js';
import { fillText, renderLink, renderSegments } from '../../internal/rich-text.js';
import type { ServerAdditions } from '../../internal/server-context.js';
import { sharedStyles } from '../../internal/shared.styles.js';
import type { Remember } from '../../internal/storage.js';
import { jsonAttribute, TorElement } from '../../internal/tor-element.js';
import { donateBannerStyles } from './donate-banner.styles.js';
import { dismissCampaign, hideDismissedBannersScript, holdFocus, isDismissed, REMEMBER_VALUES } from './dismissal.js';

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

/** A campaign this close to its last day says how many days are left. */
const ENDS_SOON_DAYS = 14;

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
 * `::part(banner)` instead. It is not printed.
 *
 * The banner usually stands above the page's own header: give it `heading-level="0"` there, so its
 * headline is not a heading before the page's `<h1>` (the banner stays a landmark named "Donate to Tor").
 *
 * Without JavaScript (a prerendered page in Tor Browser's Safest level), the dismiss control still
 * works, with HTML and CSS alone, as a button after the call to action; but a page without script
 * cannot remember anything, so the banner is back on the next page the reader opens.
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
 * @csspart headline - The headline (`h2` unless `heading-level` says otherwise; a `<p>` with `heading-level="0"`).
 * @csspart text - The box around the campaign's or the page's text.
 * @csspart link - A link inside the text.
 * @csspart cta - The call-to-action link.
 * @csspart match - The note on matched gifts (`match`), with the amount and the last day in the reader's locale.
 * @csspart goal - The campaign's goal (`goal`), as an amount in the reader's locale.
 * @csspart days-left - How many days are left, in the campaign's last two weeks.
 * @csspart dismiss - The dismiss button (without JavaScript, a `<summary>` drawn the same).
 *
 * @cssprop [--tor-donate-banner-background=light-dark(var(--tor-color-purple), var(--tor-color-purple-dark))] - The banner's background (default: Tor purple; dark purple in the dark scheme).
 * @cssprop [--tor-donate-banner-color=#ffffff] - The banner's text colour (default: white).
 * @cssprop [--tor-donate-banner-accent=var(--tor-color-yellow)] - The stripe along the banner's inline start and the goal's marker (default: Tor yellow).
 * @cssprop [--tor-donate-banner-padding=calc(var(--tor-space) * 1.25)] - Space inside the banner.
 * @cssprop [--tor-donate-banner-content-width=100%] - The width of the banner's content, centred, while its background fills the element (default: all of it), to line it up with the page's column.
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

  static override properties: PropertyDeclarations = {
    campaign: {},
    campaignData: { attribute: 'campaign-data', converter: jsonAttribute },
    headingLevel: { attribute: 'heading-level', type: Number },
    remember: {},
    now: { attribute: false },
    serverDay: { attribute: 'server-day' },
    dismissedHere: { state: true, attribute: false },
    decidedHere: { state: true, attribute: false },
  };

  /** The id of the campaign to show from the registered content; the first registered campaign when empty. */
  campaign = '';

  /** A campaign given directly (partner content); checked with `validateCampaign`. Wins over `campaign`. */
  campaignData?: DonateCampaign;

  /** The level of the headline, 1–6; 0 makes it a paragraph, for a banner above the page's `<h1>`. */
  headingLevel = 2;

  /**
   * Where a dismissal is remembered, per campaign id: `session` (in this tab, across the site's pages,
   * until the tab is closed: sessionStorage belongs to one tab, so a new tab or window shows the banner
   * again), `local` (in this browser, across tabs and restarts, until the reader clears the site's
   * data) or `none` (this page view only). Storage that is unavailable or full only means the
   * dismissal is not remembered. Without JavaScript nothing is remembered.
   */
  remember: Remember = 'session';

  /**
   * The moment that decides whether the campaign runs: it shows from its `start` day through its `end`
   * day, in the reader's local calendar. A `Date`, a day as `YYYY-MM-DD`, or milliseconds since 1970.
   * Set it in tests, stories and server rendering; by default the current time whenever the element renders.
   */
  now?: Date | string | number;

  /**
   * Written by `tor-elements-prerender`, not by pages: the day (`YYYY-MM-DD`) the server decided for.
   * The browser's first render repeats the server's decision (for that day, with nothing dismissed,
   * as a server cannot read the reader's storage), so hydration matches; then the reader's own.
   */
  serverDay?: string;

  /** Campaigns dismissed in this element, whether or not storage could remember them. */
  private dismissedHere: ReadonlySet<string> = new Set();

  /** Whether the browser has replaced the server's decision with its own (after hydration). */
  private decidedHere = false;

  protected readonly content = new ContentController(this, {
    campaigns: { path: 'campaigns', english: englishCampaigns },
    strings: { path: 'ui.donateBanner', english: donateBannerStrings },
  });

  /**
   * The campaign to show: partner data (what of it is valid), else the registered campaign with that
   * id (or the first). Partner data with nothing usable, or an unknown `campaign`, shows no banner.
   */
  get resolvedCampaign(): DonateCampaign | undefined {
    const given = this.checked<DonateCampaign>(this.campaignData, 'campaignData', (checks) => checks.validateCampaign);
    if (given) return given.value;
    const { campaigns } = this.content.value;
    const id = this.campaignId;
    return id ? campaigns.find((candidate) => candidate.id === id) : campaigns[0];
  }

  /** `campaign`, read as a string. */
  private get campaignId(): string {
    return stringProperty(this, 'campaign', this.campaign) ?? '';
  }

  protected override willUpdate(): void {
    const missing =
      this.campaignId && this.campaignData == null && !this.resolvedCampaign ? this.campaignId : undefined;
    this.reportOnce('campaign', missing, () => {
      const known = this.content.value.campaigns.map((campaign) => `"${campaign.id}"`);
      return `there is no campaign "${missing}"; use one of ${known.join(', ')}, or pass campaignData. No banner is shown.`;
    });
  }

  /** The server's decision is for its day; the browser's first render repeats it. */
  override serverAdditions(): ServerAdditions {
    const campaign = this.resolvedCampaign;
    return {
      attributes: { 'server-day': this.today(), 'server-campaign': campaign?.id },
      // Hides a banner the reader dismissed before the page is painted (the enhancement script or
      // hydration would only hide it once it runs: a flash, then the page moving up).
      headScript: isServer ? hideDismissedBannersScript() : undefined,
    };
  }

  /** Re-renders only where the reader's day or storage changes what the server decided. */
  protected override decideInBrowser(): void {
    const campaign = this.resolvedCampaign;
    if (this.serverDecision === undefined || !campaign) return;
    const differs = this.isShown(campaign, false) !== this.isShown(campaign, true);
    if (differs || this.dayFor(false) !== this.dayFor(true)) this.decidedHere = true;
  }

  private get rememberIn(): Remember {
    return choiceProperty(this, 'remember', this.remember, REMEMBER_VALUES) ?? 'session';
  }

  /** The day the server decided for (`server-day`), where it is one. */
  private get serverDecision(): string | undefined {
    return dayProperty(this, 'serverDay', this.serverDay);
  }

  /** The reader's day: `now`, else the clock. */
  private today(): string {
    return localDay(dateProperty(this, 'now', this.now) ?? new Date());
  }

  /** The day the banner is shown for: the server's while hydrating (a server decides by its own clock), else the reader's. */
  private dayFor(inBrowser: boolean): string {
    return inBrowser || isServer ? this.today() : (this.serverDecision ?? this.today());
  }

  /** Whether the campaign shows: as the server decided, or (`inBrowser`) by the reader's day and storage. */
  private isShown(campaign: DonateCampaign, inBrowser: boolean): boolean {
    const running = isRunning(campaign, this.dayFor(inBrowser));
    if (!inBrowser) return running;
    const dismissed = this.dismissedHere.has(campaign.id) || isDismissed(this.rememberIn, campaign.id);
    return running && !dismissed;
  }

  protected override render() {
    const campaign = this.resolvedCampaign;
    const { strings } = this.content.value;
    const decidesHere = !isServer && (this.serverDecision === undefined || this.decidedHere);
    const shown = campaign !== undefined && this.isShown(campaign, decidesHere);
    const day = this.dayFor(decidesHere);
    // Partner data is in the page's language; a registered campaign says which language each field is in.
    const registered = campaign !== undefined && this.campaignData == null;
    const inOwnLanguage = (container: object, key: string, text: unknown) =>
      registered ? this.content.mark(this.content.langOf(container, key), text) : text;
    const headline = html`<slot name="headline"
      >${campaign ? inOwnLanguage(campaign, 'headline', campaign.headline) : nothing}</slot
    >`;
    const textLang = registered ? this.content.foreign(this.content.langOf(campaign, 'text')) : undefined;
    const dismissLabel = fillText(strings.dismissLabel, {
      headline: this.slottedText('headline') || (campaign?.headline ?? ''),
    });
    const dismiss = this.content.mark(this.content.langOf(strings, 'dismiss'), strings.dismiss);
    // Reading order: headline, text, figures, call to action, then dismiss (styles place it in the
    // corner). Without JavaScript (a prerendered page in Tor Browser's Safest level) the button cannot
    // work: the <summary> of an open <details> takes its place, a real button for keyboards and screen
    // readers, and closing it hides the banner with CSS alone. Styles show one or the other.
    return this.localized(
      html`
        <aside part="banner" class="banner" aria-label=${strings.label}>
          ${heading(headingLevel(this.headingLevel, 2, this), headline, 'headline', 'headline')}
          <div part="text" class="text">
            ${
              campaign && !this.hasSlotted()
                ? html`<p lang=${textLang?.lang ?? nothing} dir=${textLang?.dir ?? nothing}>
                    ${renderSegments(campaign.text, this)}
                  </p>`
                : nothing
            }
            <slot></slot>
          </div>
          ${campaign ? this.renderFigures(campaign, strings, day) : nothing}
          ${
            campaign
              ? renderLink(
                  inOwnLanguage(campaign.callToAction, 'text', campaign.callToAction.text),
                  campaign.callToAction.href,
                  this,
                  'cta',
                )
              : nothing
          }
          <button
            part="dismiss"
            class="dismiss"
            type="button"
            aria-label=${dismissLabel}
            @click=${() => campaign && this.dismiss(campaign.id)}
          >
            ${dismiss}
          </button>
          <details class="no-script" open>
            <summary part="dismiss" class="dismiss" aria-label=${dismissLabel}>${dismiss}</summary>
          </details>
        </aside>
      `,
      shown,
    );
  }

  /** The match, the goal and the days left, each formatted by the rules of its sentence's language. */
  private renderFigures(campaign: DonateCampaign, strings: DonateBannerStrings, day: string) {
    const { match, goal, end } = campaign;
    const left = end ? dayNumber(end) - dayNumber(day) + 1 : undefined;
    if (!match && !goal && (left === undefined || left > ENDS_SOON_DAYS)) return nothing;
    const sentence = (key: keyof DonateBannerStrings, text: (lang: string) => string) => {
      // A plural's forms come from one translation: its `other` form says which.
      const lang =
        key === 'daysLeft' ? this.content.langOf(strings.daysLeft, 'other') : this.content.langOf(strings, key);
      return this.content.mark(lang, text(lang));
    };
    const matchKey = end ? 'matchUntil' : 'match';
    return html`<div class="figures">
      ${
        match
          ? html`<p part="match" class="match">
              ${sentence(matchKey, (lang) =>
                fillText(strings[matchKey], {
                  amount: formatMoney(match, lang),
                  date: end ? formatDayMonth(end, lang) : '',
                }),
              )}
            </p>`
          : nothing
      }
      ${
        goal
          ? html`<p part="goal" class="goal">
              ${sentence('goal', (lang) => fillText(strings.goal, { amount: formatMoney(goal, lang) }))}
            </p>`
          : nothing
      }
      ${
        left !== undefined && left <= ENDS_SOON_DAYS
          ? html`<p part="days-left" class="days-left">
              ${sentence('daysLeft', (lang) => formatPlural(strings.daysLeft, left, lang))}
            </p>`
          : nothing
      }
    </div>`;
  }

  private dismiss(id: string): void {
    if (!dismissCampaign(this, id, this.rememberIn)) return;
    this.decidedHere = true;
    this.dismissedHere = new Set([...this.dismissedHere, id]);
    if (this.shadowRoot?.activeElement?.matches('[part="dismiss"]')) holdFocus(this);
  }
}
