import { css } from 'lit';

export const tipBoxStyles = css`
  .box {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.5);
    box-sizing: border-box;
    padding: var(--tor-tip-box-padding, calc(var(--_space) * 1) calc(var(--_space) * 1.25));
    background: var(--tor-tip-box-background, var(--_surface-muted));
    border: var(--tor-tip-box-border, 1px solid var(--_border));
    border-inline-start: 4px solid var(--tor-tip-box-accent, var(--_yellow));
    border-radius: var(--_radius);
    overflow-wrap: break-word;
  }

  [part='heading'] {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
    margin: 0;
    font-size: var(--tor-tip-box-heading-size, 1.125rem);
    font-weight: 700;
    line-height: 1.25;
    color: var(--tor-tip-box-heading-color, var(--_accent-strong));
  }

  /*
   * The lightbulb: a round glass over a screw base, symmetric so it reads the same in both directions.
   * CSS only, as Tor Browser's Safest level turns off SVG and remote fonts. The outline and the base
   * use the text colour, so the bulb stands out on light and dark backgrounds and in forced colours.
   */
  .icon {
    --_outline: var(--_text);
    position: relative;
    flex: none;
    inline-size: 0.8em;
    block-size: 1.1em;
    /* Centred on the heading's first line (line-height 1.25), however many lines it wraps to. */
    margin-block-start: 0.075em;
  }

  .icon::before,
  .icon::after {
    content: '';
    position: absolute;
    box-sizing: border-box;
    border: 0.09em solid var(--_outline);
  }

  .icon::before {
    inset-block-start: 0;
    inset-inline-start: 0;
    inline-size: 0.8em;
    block-size: 0.8em;
    border-radius: 50% 50% 45% 45% / 50% 50% 50% 50%;
    background: var(--tor-tip-box-icon-color, var(--_yellow));
  }

  .icon::after {
    inset-block-end: 0;
    inset-inline-start: 0.2em;
    inline-size: 0.4em;
    block-size: 0.36em;
    border-block-start-width: 0;
    border-end-start-radius: 0.14em;
    border-end-end-radius: 0.14em;
    background: repeating-linear-gradient(to bottom, transparent 0 0.06em, var(--_outline) 0.06em 0.12em);
  }

  .text {
    max-inline-size: var(--tor-tip-box-measure, 70ch);
  }

  .text p,
  .text ::slotted(p) {
    margin: 0;
  }
`;
