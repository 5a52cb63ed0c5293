import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { tips as englishTips, tipBoxStrings } from '../../content/en/tips.js';
import { getSection, getStrings } from '../../content/registry.js';
import type { Tip } from '../../content/types.js';
import { validateTip } from '../../content/validate.js';
import { heading, headingLevel } from '../../internal/heading.js';
import { renderSegments } from '../../internal/rich-text.js';
import { sharedStyles } from '../../internal/shared.styles.js';
import { jsonAttribute, TorElement } from '../../internal/tor-element.js';
import { tipBoxStyles } from './tip-box.styles.js';

const DAY_MS = 86_400_000;

/** Attribute converter for `date="2025-03-14"`: that calendar day in the reader's time zone. */
const dayAttribute = {
  fromAttribute(value: string | null): Date | undefined {
    if (value === null) return undefined;
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
    if (!match) return new Date(Number.NaN);
    const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
    const date = new Date(year, month - 1, day);
    // `new Date(2025, 1, 30)` rolls over to March; a day that does not exist is refused instead.
    return date.getMonth() === month - 1 && date.getDate() === day ? date : new Date(Number.NaN);
  },
};

const isDay = (value: unknown): value is Date => value instanceof Date && !Number.isNaN(value.getTime());

/** Whole calendar days from 1970-01-01 to `date`'s local day, so the count changes at the reader's midnight. */
function daysSinceEpoch(date: Date): number {
  return Math.round(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / DAY_MS);
}

/** The tip for a day: the same for everyone all day, and each tip in turn on consecutive days. */
function tipOfTheDay(tips: readonly Tip[], date: Date): Tip | undefined {
  if (tips.length === 0) return undefined;
  const days = daysSinceEpoch(date);
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
 * to fix the day, for tests, stories and server rendering (where the server and the browser must
 * pick the same tip; without `date` each picks by its own clock).
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

  /** The id of the tip to show from the registered content, e.g. `donate`; without it, the tip of the day. */
  @property() tip = '';

  /** A tip given directly (partner content); checked with `validateTip`. Wins over `tip`. */
  @property({ attribute: 'tip-data', converter: jsonAttribute }) tipData?: Tip;

  /**
   * The day whose tip to show when neither `tip` nor `tipData` chooses one; `date` attribute as
   * `YYYY-MM-DD`. Defaults to today in the reader's time zone.
   */
  @property({ converter: dayAttribute }) date?: Date;

  /** The level of the box's heading, 1–6. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** The tip shown (unless the page slotted its own text): valid `tipData`, else `tip` by id, else the tip of the day. */
  get resolvedTip(): Tip | undefined {
    return this.givenTip ?? this.namedTip ?? this.tipOfTheDay;
  }

  /** The day's tip; right after server rendering, the one the server chose, so hydration matches. */
  private get tipOfTheDay(): Tip | undefined {
    const decided = this.serverDecision('tip');
    return this.tips.find((candidate) => candidate.id === decided) ?? tipOfTheDay(this.tips, this.day);
  }

  private get tips(): Tip[] {
    return getSection('tips', this.locale.lang, englishTips);
  }

  private get givenTip(): Tip | undefined {
    return this.checked<Tip>(this.tipData, 'tipData', validateTip);
  }

  private get namedTip(): Tip | undefined {
    return this.tip ? this.tips.find((candidate) => candidate.id === this.tip) : undefined;
  }

  private get day(): Date {
    return isDay(this.date) ? this.date : new Date();
  }

  private reportedTip?: string;
  private reportedDate?: unknown;

  protected override willUpdate(): void {
    const missing = this.tip && !this.givenTip && !this.namedTip ? this.tip : undefined;
    if (missing && missing !== this.reportedTip) {
      const known = this.tips.map((tip) => tip.id);
      console.error(
        `${this.tag}: there is no tip "${missing}"; use one of ${known.join(', ')}, or pass tipData. Showing the tip of the day instead.`,
      );
    }
    this.reportedTip = missing;

    const badDate = this.date !== undefined && !isDay(this.date) ? this.date : undefined;
    if (badDate && badDate !== this.reportedDate) {
      const given = this.getAttribute('date') ?? String(badDate);
      console.error(
        `${this.tag}: date "${given}" is not a calendar day; write it as YYYY-MM-DD, e.g. 2025-03-14. Showing today's tip instead.`,
      );
    }
    this.reportedDate = badDate;
  }

  protected override render() {
    const strings = getStrings('tipBox', this.locale.lang, tipBoxStrings);
    const tip = this.hasSlotted() ? undefined : this.resolvedTip;
    // Partner data is written in the page's language, even where no translation of the box is registered.
    const textLang = tip && tip === this.givenTip ? this.locale.lang : undefined;
    const title = html`<span part="icon" class="icon" aria-hidden="true"></span
      ><span class="title"><slot name="heading">${strings.heading}</slot></span>`;
    const decisions = tip && tip === this.tipOfTheDay ? { tip: tip.id } : undefined;
    return this.localized(
      html`
        <aside part="box" class="box" aria-labelledby="heading">
          ${heading(headingLevel(this.headingLevel, 2), title)}
          <div part="text" class="text" lang=${textLang ?? nothing}>
            ${tip ? html`<p>${renderSegments(tip.segments, this.tag)}</p>` : nothing}
            <slot></slot>
          </div>
        </aside>
      `,
      decisions,
    );
  }
}
