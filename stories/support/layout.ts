/** Story layouts shared by every component: a phone-width column, a note under a hidden element, the long pseudo-locale. */
import { html } from 'lit';
import type { Decorator, StoryObj } from '@storybook/web-components-vite';
import { PSEUDO_LONG } from '../../src/content/pseudo.js';

/** About a small phone's width (320 CSS pixels), whatever the canvas's width. */
export const PHONE_WIDTH = '20rem';

export const phoneWidth: Decorator = (story) =>
  html`<div style="inline-size: ${PHONE_WIDTH}; max-inline-size: 100%">${story()}</div>`;

/** A story in a phone-width column. */
export const narrow = (story: StoryObj = {}): StoryObj => ({ ...story, decorators: [phoneWidth] });

/** A story in the long pseudo-locale (40 % longer, accented), whatever the toolbar says. */
export const longText = (story: StoryObj = {}): StoryObj => ({ ...story, globals: { locale: PSEUDO_LONG } });

/**
 * For a state in which the element renders nothing (a banner after its dates, or dismissed): a line
 * under it says so, so that an empty canvas does not look broken.
 */
export const hiddenState =
  (note: string): Decorator =>
  (story) =>
    html`${story()}
      <p style="margin: 0; padding: 0.5rem 0.75rem; border: 1px dashed currentColor; font-size: 0.875rem">${note}</p>`;
