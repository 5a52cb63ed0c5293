import { css } from 'lit';

export const userGroupCardStyles = css`
  /* The card is as tall as its content, wherever it is placed (a page's grid row may be taller: the
     space stays outside the card). The element is its own size container, for the wide layout below. */
  :host {
    container-type: inline-size;
  }

  /* A card on its own across a wide page sets its items in two columns, so lines stay short enough to
     read. Items may continue from one column into the next, so both end within a line of each other. */
  @container (inline-size >= 40rem) {
    .body {
      max-inline-size: none;
    }

    .items {
      display: block;
      columns: 2;
      column-gap: calc(var(--_space) * 2.5);
      orphans: 1;
      widows: 1;
    }

    .item + .item {
      margin-block-start: calc(var(--_space) * 0.75);
    }
  }
`;
