import { css } from 'lit';

export const donateBannerStyles = css`
  :host(:focus) {
    /* Focus rests on the host only after a dismissal, when there is nothing left to outline. */
    outline: none;
  }

  .banner {
    --_focus: var(--tor-donate-banner-focus-color, #ffffff);
    /* The headline shares its row with the dismiss button; everything else takes the full width, so
       the text does not squeeze into a narrow column on a phone. */
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    gap: calc(var(--_space) * 0.5) var(--_space);
    align-items: start;
    justify-items: start;
    box-sizing: border-box;
    padding: var(--tor-donate-banner-padding, calc(var(--_space) * 1.25));
    background: var(--tor-donate-banner-background, light-dark(var(--_purple), var(--_purple-dark)));
    color: var(--tor-donate-banner-color, #ffffff);
    border-inline-start: 0.375rem solid var(--tor-donate-banner-accent, var(--_yellow));
    border-radius: var(--tor-donate-banner-radius, var(--_radius));
    overflow-wrap: break-word;
  }

  .banner[hidden] {
    display: none;
  }

  .banner > * {
    grid-column: 1 / -1;
    max-inline-size: 100%;
  }

  .banner > [part='headline'] {
    grid-column: 1;
    grid-row: 1;
    align-self: center;
    margin: 0;
    font-size: var(--tor-donate-banner-headline-size, 1.375rem);
    line-height: 1.25;
    color: inherit;
  }

  .text,
  .match,
  .goal {
    max-inline-size: var(--tor-donate-banner-measure, 65ch);
  }

  .text p,
  .text ::slotted(p),
  .match,
  .goal {
    margin: 0;
  }

  .text a {
    color: inherit;
  }

  .match {
    font-weight: 700;
  }

  .goal {
    padding-inline-start: calc(var(--_space) * 0.5);
    border-inline-start: 0.1875rem solid var(--tor-donate-banner-accent, var(--_yellow));
  }

  [part='cta'] {
    display: inline-block;
    margin-block-start: calc(var(--_space) * 0.25);
    padding-block: calc(var(--_space) * 0.625);
    padding-inline: calc(var(--_space) * 1.25);
    background: var(--tor-donate-banner-cta-background, var(--_yellow));
    color: var(--tor-donate-banner-cta-color, var(--_grey-dark));
    border-radius: var(--_radius);
    font-weight: 700;
    line-height: 1.25;
    text-decoration: none;
  }

  [part='cta']:hover {
    text-decoration: underline;
  }

  .banner > .dismiss {
    grid-column: 2;
    grid-row: 1;
    min-block-size: 2.25rem;
    padding-block: calc(var(--_space) * 0.25);
    padding-inline: calc(var(--_space) * 0.75);
    background: transparent;
    color: inherit;
    border: 1px solid color-mix(in srgb, currentColor 70%, transparent);
    border-radius: var(--_radius);
    font: inherit;
    font-size: 0.875rem;
    line-height: 1.25;
    cursor: pointer;
  }

  .dismiss:hover {
    background: color-mix(in srgb, currentColor 15%, transparent);
  }

  /* The control that works without JavaScript (see the class): a checkbox kept for keyboards and
     screen readers but not seen, and its label drawn as the dismiss button. Only where scripting is
     off: while scripts are only loading, the real button is shown, so nothing changes when they arrive. */
  .no-script-toggle,
  .no-script {
    display: none;
  }

  @media (scripting: none) {
    .no-script-toggle {
      display: block;
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      margin: 0;
      opacity: 0;
    }

    .banner > label.no-script {
      display: inline-flex;
      align-items: center;
    }

    .banner > button.dismiss {
      display: none;
    }
  }

  .no-script-toggle:checked + .banner {
    display: none;
  }

  .no-script-toggle:focus-visible + .banner label.dismiss {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
`;
