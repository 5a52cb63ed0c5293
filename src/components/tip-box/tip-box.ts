import { html, isServer, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { tips as englishTips, tipBoxStrings } from '../../content/en/tips.js';
import type { Tip } from '../../content/types.js';
import { validateTip } from '../../content/validate.js';
import { ContentController } from '../../internal/content-controller.js';
import { dayNumber, isValidDate, localDay, parseDay } from '../../internal/day.js';
import { heading, headingLevel } from '../../internal/heading.js';
import { renderSegments } from '../../internal/rich-text.js';
import type { ServerAdditions } from '../../internal/server-context.js';
import { sharedStyles } from '../../internal/shared.styles.js';
import { jsonAttribute, TorElement } from '../../internal/tor-element.js';
import { tipBoxStyles } from './tip-box.styles.js';

/** Attribute converter for `date="2025-03-14"`: that calendar day in the reader's time zone. */
const dayAttribute = {
  fromAttribute: (value: string | null): Date | undefined =>
    value === null ? undefined : (parseDay(value) ?? new Date(Number.NaN)),
};

/** The tip for a day: the same for everyone all day, and each tip in turn on consecutive days. */
function tipOfTheDay(tips: readonly Tip[], day: string): Tip | undefined {
  if (tips.length === 0) return undefined;
  const days = dayNumber(day);
  return tips[((days % tips.length) + tips.length) % tips.length];
}

/**
 * The "Tor Tip" box of torproject.org: a heading with a small lightbulb, and one tip with its link,
 * such as "Tor is written for and supported by people like you. Donate today!"
 *
 * The tip comes from `tipData` (a `Tip` object, or JSON in the `tip-data` attribute), else from the
 * registered content by `tip` id (English by default, in the page's `lang`), else it is the tip of
 * the day: the same tip all day for every reader of a language, taken in turn from the registered
 * tips (days since 1970-01-01 in the reader's local calendar, modulo the number of tips). Set `date`
 * to fix the day, for tests and stories. A server-rendered box shows the server's day's tip until the
 * script runs (`server-day`), then the reader's.
 *
 * The box is an `<aside>` named by its heading, a complementary landmark: the tip is beside the
 * page's subject, and readers of screen readers can find it or skip it. Place it outside `<main>`
 * (in a sidebar or the page's footer area), as complementary landmarks belong at the top level.
 *
 * @summary A "Tor Tip" box: a heading with a lightbulb and one tip with its link.
 *
 * @slot - The tip written by the page (for example a `<p>` with a link), shown instead of the content's tip.
 * @slot heading - The heading's text, instead of "Tor Tip" (text only: the box provides the heading element).
 *
 * @csspart base - The wrapper that carries `dir` and `lang`.
 * @csspart box - The box, an `<aside>` named by its heading.
 * @csspart heading - The heading (`h2` unless `heading-level` says otherwise).
 * @csspart icon - The lightbulb before the heading's text (decorative, drawn with CSS).
 * @csspart text - The tip's text.
 * @csspart link - A link in the tip.
 *
 * @cssprop --tor-tip-box-background - The box's background.
 * @cssprop --tor-tip-box-border - The box's border.
 * @cssprop --tor-tip-box-accent - The colour of the stripe along the box's inline start.
 * @cssprop --tor-tip-box-padding - Space inside the box.
 * @cssprop --tor-tip-box-heading-color - The heading's colour.
 * @cssprop --tor-tip-box-heading-size - The heading's font size (the lightbulb follows it).
 * @cssprop --tor-tip-box-icon-color - The lightbulb's glass (default the Tor yellow).
 * @cssprop --tor-tip-box-measure - The longest line of the tip (default `70ch`).
 */
export class TorTipBox extends TorElement {
  static override styles = [sharedStyles, tipBoxStyles];

  /** The id of the tip to show from the registered content, e.g. `donate`; without it, the tip of the day. */
  @property() tip = '';

  /** A tip given directly (partner content); checked with `validateTip`. Wins over `tip`. */
  @property({ attribute: 'tip-data', converter: jsonAttribute }) tipData?: Tip;

  /**
   * The day whose tip to show when neither `tip` nor `tipData` chooses one; `date` attribute as
   * `YYYY-MM-DD`. Defaults to today in the reader's time zone.
   */
  @property({ converter: dayAttribute }) date?: Date;

  /** The level of the box's heading, 1–6; 0 makes it a paragraph rather than a heading. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /**
   * Written by `tor-elements-prerender`, not by pages: the day (`YYYY-MM-DD`) whose tip the server
   * showed. The browser's first render shows the same tip, so hydration matches; then the reader's day.
   */
  @property({ attribute: 'server-day' }) serverDay?: string;

  /** The reader's day, once it differs from the server's (set after hydration). */
  @state() private readerDay?: string;

  protected readonly content = new ContentController(this, {
    tips: { path: 'tips', english: englishTips },
    strings: { path: 'ui.tipBox', english: tipBoxStrings },
  });

  /**
   * The tip shown (unless the page slotted its own text): `tipData` (what of it is valid), else `tip`
   * by id, else the tip of the day. Partner data with nothing usable, or an unknown `tip`, shows none.
   */
  get resolvedTip(): Tip | undefined {
    const given = this.givenTip;
    if (given) return given.value;
    return this.tip ? this.namedTip : this.tipOfTheDay;
  }

  private get tipOfTheDay(): Tip | undefined {
    return tipOfTheDay(this.content.value.tips, this.day);
  }

  private get givenTip(): { value: Tip | undefined } | undefined {
    return this.checked<Tip>(this.tipData, 'tipData', validateTip);
  }

  private get namedTip(): Tip | undefined {
    return this.tip ? this.content.value.tips.find((candidate) => candidate.id === this.tip) : undefined;
  }

  /** The day that picks the tip of the day: `date`, else the server's while hydrating, else today. */
  private get day(): string {
    if (isValidDate(this.date)) return localDay(this.date);
    // A server decides by its own clock (a page prerendered before carries the previous run's day).
    if (isServer) return localDay(new Date());
    return this.readerDay ?? this.serverDay ?? localDay(new Date());
  }

  /** When the page shows the tip of the day, the browser's first render must pick the server's. */
  override serverAdditions(): ServerAdditions {
    const choosesByDay = !this.givenTip && !this.tip && !isValidDate(this.date);
    return choosesByDay ? { attributes: { 'server-day': localDay(new Date()) } } : {};
  }

  /** Moves to the reader's day where it is not the server's. */
  protected override decideInBrowser(): void {
    const today = localDay(new Date());
    if (this.serverDay && this.serverDay !== today) this.readerDay = today;
  }

  protected override willUpdate(): void {
    const missing = this.tip && !this.givenTip && !this.namedTip && !this.hasSlotted() ? this.tip : undefined;
    this.reportOnce('tip', missing, () => {
      const known = this.content.value.tips.map((tip) => tip.id);
      return `there is no tip "${missing}"; use one of ${known.join(', ')}, pass tipData, or leave tip out for the tip of the day. The box shows nothing.`;
    });
    const badDate = this.date !== undefined && !isValidDate(this.date) ? this.date : undefined;
    this.reportOnce('date', badDate, () => {
      const given = this.getAttribute('date') ?? String(badDate);
      return `date "${given}" is not a calendar day; write it as YYYY-MM-DD, e.g. 2025-03-14. Showing today's tip instead.`;
    });
  }

  protected override render() {
    const { strings } = this.content.value;
    const slotted = this.hasSlotted();
    const tip = slotted ? undefined : this.resolvedTip;
    // Partner data is written in the page's language, even where no translation of the box is registered.
    const textLang = tip && tip === this.givenTip?.value ? this.content.locale.lang : undefined;
    const title = html`<span part="icon" class="icon" aria-hidden="true"></span
      ><span class="title"><slot name="heading">${strings.heading}</slot></span>`;
    return this.localized(
      html`
        <aside part="box" class="box" aria-labelledby="heading">
          ${heading(headingLevel(this.headingLevel, 2), title, 'heading', 'heading')}
          <div part="text" class="text" lang=${textLang ?? nothing}>
            ${tip ? html`<p>${renderSegments(tip.segments, this)}</p>` : nothing}
            <slot></slot>
          </div>
        </aside>
      `,
      slotted || tip !== undefined,
    );
  }
}
