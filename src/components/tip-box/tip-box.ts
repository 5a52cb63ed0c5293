import { html, isServer, nothing, type PropertyDeclarations } from 'lit';
import { tips as englishTips, tipBoxStrings } from '../../content/en/tips.js';
import type { Tip } from '../../content/types.js';
import { ContentController } from '../../internal/content-controller.js';
import { localDay, parseDay } from '../../internal/day.js';
import { heading, headingLevel } from '../../internal/heading.js';
import { dateProperty, dayProperty, stringProperty } from '../../internal/properties.js';
import { renderSegments } from '../../internal/rich-text.js';
import type { ServerAdditions } from '../../internal/server-context.js';
import { sharedStyles } from '../../internal/shared.styles.js';
import { jsonAttribute, TorElement } from '../../internal/tor-element.js';
import { tipBoxStyles } from './tip-box.styles.js';
import { tipIndexFor } from './tip-of-the-day.js';

/** Attribute converter for `date="2025-03-14"`: that calendar day in the reader's time zone (else the text, reported). */
const dayAttribute = {
  fromAttribute: (value: string | null): Date | string | undefined =>
    value === null ? undefined : (parseDay(value) ?? value),
};

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
 * @cssprop [--tor-tip-box-background=var(--tor-color-surface-muted)] - The box's background.
 * @cssprop [--tor-tip-box-border=1px solid var(--tor-color-border)] - The box's border.
 * @cssprop [--tor-tip-box-accent=var(--tor-color-yellow)] - The colour of the stripe along the box's inline start.
 * @cssprop [--tor-tip-box-padding=calc(var(--tor-space) * 1) calc(var(--tor-space) * 1.25)] - Space inside the box.
 * @cssprop [--tor-tip-box-heading-color=var(--tor-color-accent-strong)] - The heading's colour.
 * @cssprop [--tor-tip-box-heading-size=1.125rem] - The heading's font size (the lightbulb follows it).
 * @cssprop [--tor-tip-box-icon-color=var(--tor-color-yellow)] - The lightbulb's glass (default the Tor yellow).
 * @cssprop [--tor-tip-box-measure=70ch] - The longest line of the tip.
 */
export class TorTipBox extends TorElement {
  static override styles = [sharedStyles, tipBoxStyles];

  static override properties: PropertyDeclarations = {
    tip: {},
    tipData: { attribute: 'tip-data', converter: jsonAttribute },
    date: { converter: dayAttribute },
    headingLevel: { attribute: 'heading-level', type: Number },
    serverDay: { attribute: 'server-day' },
    readerDay: { state: true, attribute: false },
  };

  /** The id of the tip to show from the registered content, e.g. `donate`; without it, the tip of the day. */
  tip = '';

  /** A tip given directly (partner content); checked with `validateTip`. Wins over `tip`. */
  tipData?: Tip;

  /**
   * The day whose tip to show when neither `tip` nor `tipData` chooses one: a `Date`, or `YYYY-MM-DD`
   * (the `date` attribute). Defaults to today in the reader's time zone.
   */
  date?: Date | string;

  /** The level of the box's heading, 1–6; 0 makes it a paragraph rather than a heading. */
  headingLevel = 2;

  /**
   * Written by `tor-elements-prerender`, not by pages: the day (`YYYY-MM-DD`) whose tip the server
   * showed. The browser's first render shows the same tip, so hydration matches; then the reader's day.
   */
  serverDay?: string;

  /** The reader's day, once it differs from the server's (set after hydration). */
  private readerDay?: string;

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
    return this.tipId ? this.namedTip : this.tipOfTheDay;
  }

  private get tipOfTheDay(): Tip | undefined {
    const { tips } = this.content.value;
    return tips.length > 0 ? tips[tipIndexFor(this.day, tips.length)] : undefined;
  }

  private get givenTip(): { value: Tip | undefined } | undefined {
    return this.checked<Tip>(this.tipData, 'tipData', (checks) => checks.validateTip);
  }

  private get namedTip(): Tip | undefined {
    const id = this.tipId;
    return id ? this.content.value.tips.find((candidate) => candidate.id === id) : undefined;
  }

  /** `tip`, read as a string. */
  private get tipId(): string {
    return stringProperty(this, 'tip', this.tip) ?? '';
  }

  /** `date`, read as a day; a value that is none is reported, and today's tip shows. */
  private get fixedDate(): Date | undefined {
    return dateProperty(this, 'date', this.date, (shown) => {
      return `date ${shown} is not a calendar day; write it as YYYY-MM-DD, e.g. 2025-03-14. Showing today's tip instead.`;
    });
  }

  /** The day that picks the tip of the day: `date`, else the server's while hydrating, else today. */
  private get day(): string {
    const fixed = this.fixedDate;
    if (fixed) return localDay(fixed);
    // A server decides by its own clock (a page prerendered before carries the previous run's day).
    if (isServer) return localDay(new Date());
    return this.readerDay ?? dayProperty(this, 'serverDay', this.serverDay) ?? localDay(new Date());
  }

  /** When the page shows the tip of the day, the browser's first render must pick the server's. */
  override serverAdditions(): ServerAdditions {
    const choosesByDay = !this.givenTip && !this.namedTip && !this.fixedDate;
    return choosesByDay ? { attributes: { 'server-day': localDay(new Date()) } } : {};
  }

  /** Moves to the reader's day where it is not the server's. */
  protected override decideInBrowser(): void {
    const today = localDay(new Date());
    const serverDay = dayProperty(this, 'serverDay', this.serverDay);
    if (serverDay && serverDay !== today) this.readerDay = today;
  }

  protected override willUpdate(): void {
    const missing = this.tipId && !this.givenTip && !this.namedTip && !this.hasSlotted() ? this.tipId : undefined;
    this.reportOnce('tip', missing, () => {
      const known = this.content.value.tips.map((tip) => tip.id);
      return `there is no tip "${missing}"; use one of ${known.join(', ')}, pass tipData, or leave tip out for the tip of the day. The box shows nothing.`;
    });
    // Read for its report: a date that is no day is reported even where `tip` makes the day irrelevant.
    void this.fixedDate;
  }

  protected override render() {
    const { strings } = this.content.value;
    const slotted = this.hasSlotted();
    const tip = slotted ? undefined : this.resolvedTip;
    const headingText = this.content.mark(this.content.langOf(strings, 'heading'), strings.heading);
    const title = html`<span part="icon" class="icon" aria-hidden="true"></span
      ><span class="title"><slot name="heading">${headingText}</slot></span>`;
    // The tip of the day comes with every other tip, hidden, so a prerendered page's script (or this
    // element, after hydration) can show the reader's day's tip without content of its own.
    const byDay = tip !== undefined && !this.givenTip && !this.tipId;
    const shown = byDay ? this.content.value.tips : tip ? [tip] : [];
    return this.localized(
      html`
        <aside part="box" class="box" aria-labelledby="heading">
          ${heading(headingLevel(this.headingLevel, 2, this), title, 'heading', 'heading')}
          <div part="text" class="text">
            ${shown.map((each) => this.renderTip(each, each !== tip))}
            <slot></slot>
          </div>
        </aside>
      `,
      slotted || tip !== undefined,
    );
  }

  private renderTip(tip: Tip, hidden: boolean) {
    // Partner data is in the page's language; a registered tip says which language it is in.
    const own = this.tipData == null ? this.content.foreign(this.content.langOf(tip, 'segments')) : undefined;
    return html`<p data-tip=${tip.id} ?hidden=${hidden} lang=${own?.lang ?? nothing} dir=${own?.dir ?? nothing}>
      ${renderSegments(tip.segments, this)}
    </p>`;
  }
}
