import { css } from 'lit';

/** The look of a user-group card, for the card element and for each card of the collection. */
export const userGroupStyles = css`
  .card {
    --_padding: var(--tor-user-group-card-padding, calc(var(--_space) * 1.25));
    --_padding-inline: var(--_padding);
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.75);
    box-sizing: border-box;
    padding: var(--_padding) var(--_padding-inline);
    background: var(--tor-user-group-card-background, var(--_surface));
    border: var(--tor-user-group-card-border, 1px solid var(--_border));
    border-block-start: var(--tor-user-group-card-accent-border, 4px solid var(--_accent));
    border-radius: var(--_radius);
    overflow-wrap: break-word;
  }

  .media {
    margin-inline: calc(var(--_padding-inline) * -1);
    margin-block-start: calc(var(--_padding) * -1);
  }

  .media[hidden] {
    display: none;
  }

  .media ::slotted(img),
  .media img {
    display: block;
    inline-size: 100%;
    block-size: auto;
    border-start-start-radius: var(--_radius);
    border-start-end-radius: var(--_radius);
  }

  /* A picture without its size is given a shape, and cropped to it, so nothing moves when it loads. */
  .media img.shaped {
    aspect-ratio: var(--tor-user-group-card-media-ratio, 16 / 9);
    object-fit: cover;
  }

  /* The heading: h1–h6, or a paragraph with heading-level="0". */
  .card > :is(h1, h2, h3, h4, h5, h6, p) {
    margin: 0;
    font-size: var(--tor-user-group-card-heading-size, 1.375rem);
    font-weight: 700;
    line-height: 1.25;
    color: var(--tor-user-group-card-heading-color, var(--_accent-strong));
  }

  @media print {
    .card > :is(h1, h2, h3, h4, h5, h6, p) {
      break-after: avoid;
    }

    .item {
      break-inside: avoid;
    }
  }

  .permalink {
    color: inherit;
    text-decoration: none;
  }

  .permalink:hover,
  .permalink:focus-visible {
    text-decoration: underline;
  }

  .body {
    max-inline-size: var(--tor-user-group-card-measure, 70ch);
  }

  .items,
  .body ::slotted(ul) {
    margin: 0;
    padding-inline-start: 1.25em;
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }

  /* On a phone a card is not a box inside the page's margins: a rule in the accent colour across the
     top, no side borders and no side padding, so the text keeps the width (inside a 375 px window a
     boxed card left 280 px for the words). By the window's width, so that every card of a page, the
     collection's and those a page puts among them, looks the same. */
  @media (width < 30rem) {
    .card {
      --_padding-inline: 0px;
      padding-block-end: 0;
      background: none;
      border-inline: 0;
      border-block-end: 0;
      border-radius: 0;
    }

    .media img,
    .media ::slotted(img) {
      border-radius: 0;
    }

    .items,
    .body ::slotted(ul) {
      padding-inline-start: 1.125em;
    }
  }

  .item::marker {
    color: var(--tor-user-group-card-marker-color, var(--_green));
  }

  strong {
    color: var(--tor-user-group-card-lead-color, inherit);
  }
`;
