import { css } from 'lit';

export const donateBannerStyles = css`
  /* The banner's width decides its layout (one container per banner, one banner per page). */
  :host {
    container-type: inline-size;
  }

  :host(:focus) {
    /* Focus rests on the host only after a dismissal, when there is nothing left to outline. */
    outline: none;
  }

  .banner {
    --_focus: var(--tor-donate-banner-focus-color, #ffffff);
    --_padding: var(--tor-donate-banner-padding, calc(var(--_space) * 1.25));
    /* On a phone one column, the headline sharing its row with the dismiss button; the text does not
       squeeze into a narrow column. */
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    grid-template-areas:
      'headline dismiss'
      'text text'
      'cta cta';
    gap: calc(var(--_space) * 0.5) var(--_space);
    align-items: start;
    justify-items: start;
    box-sizing: border-box;
    --_stripe: 0.375rem;
    --_margin: calc((100% - var(--tor-donate-banner-content-width, 100%)) / 2);
    padding-block: var(--_padding);
    /* The background runs edge to edge; the content lines up with the page's column. */
    padding-inline: max(var(--_padding), var(--_margin) - var(--_stripe)) max(var(--_padding), var(--_margin));
    background: var(--tor-donate-banner-background, light-dark(var(--_purple), var(--_purple-dark)));
    color: var(--tor-donate-banner-color, #ffffff);
    border-inline-start: var(--_stripe) solid var(--tor-donate-banner-accent, var(--_yellow));
    border-radius: var(--tor-donate-banner-radius, var(--_radius));
    overflow-wrap: break-word;
  }

  /* A row for the campaign's figures only when it has some (an empty row would still add a gap). */
  .banner:has(> .figures) {
    grid-template-areas:
      'headline dismiss'
      'text text'
      'figures figures'
      'cta cta';
  }

  .banner > * {
    max-inline-size: 100%;
  }

  [part~='headline'] {
    grid-area: headline;
    align-self: center;
    margin: 0;
    font-size: var(--tor-donate-banner-headline-size, 1.375rem);
    font-weight: 700;
    line-height: 1.25;
    color: inherit;
  }

  .text {
    grid-area: text;
  }

  .figures {
    grid-area: figures;
    display: grid;
    gap: calc(var(--_space) * 0.25);
  }

  .text,
  .figures {
    max-inline-size: var(--tor-donate-banner-measure, 65ch);
  }

  .text p,
  .text ::slotted(p),
  .figures p {
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

  [part~='cta'] {
    grid-area: cta;
    display: inline-block;
    margin-block-start: calc(var(--_space) * 0.25);
    padding-block: calc(var(--_space) * 0.625);
    padding-inline: calc(var(--_space) * 1.25);
    background: var(--tor-donate-banner-cta-background, var(--_yellow));
    color: var(--tor-donate-banner-cta-color, var(--_grey-dark));
    /* Invisible in colour, but drawn in forced-colours mode, where the background is taken away and
       the call to action would otherwise no longer look like a button. */
    border: 2px solid transparent;
    border-radius: var(--_radius);
    font-weight: 700;
    line-height: 1.25;
    text-decoration: none;
  }

  [part~='cta']:hover {
    text-decoration: underline;
  }

  .dismiss {
    grid-area: dismiss;
    min-block-size: 2.25rem;
    box-sizing: border-box;
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

  @container (inline-size < 30rem) {
    [part~='headline'] {
      /* A size smaller on phones, whatever size the page sets. */
      font-size: calc(var(--tor-donate-banner-headline-size, 1.375rem) * 0.865);
    }
  }

  /* A wide banner: the words on the inline-start side, the call to action beside them, dismiss in
     the corner; nothing leaves half the banner empty. */
  @container (inline-size >= 48rem) {
    .banner {
      grid-template-columns: minmax(0, 1fr) auto auto;
      grid-template-areas:
        'headline cta dismiss'
        'text cta dismiss';
      column-gap: calc(var(--_space) * 2);
    }

    .banner:has(> .figures) {
      grid-template-areas:
        'headline cta dismiss'
        'text cta dismiss'
        'figures cta dismiss';
    }

    [part~='cta'] {
      align-self: center;
      margin-block-start: 0;
      padding-block: calc(var(--_space) * 0.75);
      padding-inline: calc(var(--_space) * 1.75);
      font-size: 1.125rem;
    }
  }

  /* Without JavaScript (see the class): the <summary> of an open <details> is the dismiss button, and
     closing it hides the banner. Only where scripting is off: while scripts are only loading the real
     button is shown, so nothing changes when they arrive. */
  details.no-script {
    display: none;
    grid-area: dismiss;
  }

  @media (scripting: none) {
    details.no-script {
      display: block;
    }

    button.dismiss {
      display: none;
    }
  }

  summary.dismiss {
    display: inline-flex;
    align-items: center;
    list-style: none;
  }

  summary.dismiss::-webkit-details-marker {
    display: none;
  }

  .banner:has(> details.no-script:not([open])) {
    display: none;
  }

  /* A donation call on paper helps no one. */
  @media print {
    :host {
      display: none !important;
    }
  }
`;
