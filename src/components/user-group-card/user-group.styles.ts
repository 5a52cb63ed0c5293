import { css } from 'lit';

/** The look of a user-group card, for the card element and for each card of the collection. */
export const userGroupStyles = css`
  .card {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.75);
    box-sizing: border-box;
    padding: var(--tor-user-group-card-padding, calc(var(--_space) * 1.25));
    background: var(--tor-user-group-card-background, var(--_surface));
    border: var(--tor-user-group-card-border, 1px solid var(--_border));
    border-block-start: var(--tor-user-group-card-accent-border, 4px solid var(--_accent));
    border-radius: var(--_radius);
    overflow-wrap: break-word;
  }

  .media {
    margin-inline: calc(var(--tor-user-group-card-padding, calc(var(--_space) * 1.25)) * -1);
    margin-block-start: calc(var(--tor-user-group-card-padding, calc(var(--_space) * 1.25)) * -1);
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

  .item::marker {
    color: var(--tor-user-group-card-marker-color, var(--_green));
  }

  strong {
    color: var(--tor-user-group-card-lead-color, inherit);
  }
`;
