/**
 * The tip of the day: the same for everyone all day, each tip in turn on consecutive days. Shared by
 * `<tor-tip-box>` and the enhancement script, which picks the reader's day's tip among the ones a
 * server rendered (`data-tip` paragraphs, all but one hidden).
 */
import { dayNumber, localDay } from '../../internal/day.js';

/** Which of `count` tips shows on `day` (`YYYY-MM-DD`, the reader's calendar). */
export function tipIndexFor(day: string, count: number): number {
  return ((dayNumber(day) % count) + count) % count;
}

/** Shows the reader's day's tip in a server-rendered box (a box with one tip is left as it is). */
export function showTipOfTheDay(root: ParentNode, day = localDay(new Date())): void {
  const tips = [...root.querySelectorAll<HTMLElement>('[data-tip]')];
  const shown = tips.length > 1 ? tipIndexFor(day, tips.length) : 0;
  tips.forEach((tip, index) => (tip.hidden = index !== shown));
}
