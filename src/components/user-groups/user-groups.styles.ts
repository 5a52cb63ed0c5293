import { css } from 'lit';

export const userGroupsStyles = css`
  .collection {
    container-type: inline-size;
    display: grid;
    /* Never wider than the element, whatever the index's row of links needs. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--tor-user-groups-gap, calc(var(--_space) * 1.5));
  }

  [part~='index'] ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  [part~='index-link'] {
    display: inline-block;
    padding: 0.25em 0.75em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--tor-user-groups-index-background, var(--_surface));
    text-decoration: none;
  }

  [part~='index-link']:hover {
    border-color: currentColor;
  }

  /* On a phone the index is one row that scrolls sideways, rather than nine rows of links that fill
     the screen before the first group. */
  @container (inline-size < 40rem) {
    [part~='index'] ul {
      flex-wrap: nowrap;
      overflow-inline: auto;
      scrollbar-width: thin;
      /* Room for the scrollbar where it takes room. */
      padding-block-end: 0.375rem;
    }

    [part~='index'] li {
      flex: none;
    }

    /* Inside the scrolling row, where an outer ring would be cut off. */
    [part~='index-link']:focus-visible {
      outline-offset: -3px;
    }
  }

  /* Columns, not a grid: each card is as tall as its content and the next one follows right below it,
     in the content's order down each column. A grid's rows stretched short cards to the tallest of
     their row (Bloggers carried a thousand pixels of nothing). Cards are kept whole; a card taller than
     a column (long text in a narrow space) may still break, as text does. */
  [part~='grid'] {
    columns: var(--tor-user-groups-column-min, 20rem);
    column-gap: var(--tor-user-groups-gap, calc(var(--_space) * 1.5));
  }

  .group,
  ::slotted(:not([data-tor-anchor])) {
    display: block;
    break-inside: avoid;
  }

  /* Space between cards, not after the last one; at the top of a column it falls away. */
  .group + .group,
  ::slotted(:not([data-tor-anchor])) {
    margin-block-start: var(--tor-user-groups-gap, calc(var(--_space) * 1.5));
  }

  /* On paper: one column of groups that may run across pages, each heading with its first item, and
     no index of in-page links. */
  @media print {
    [part~='index'] {
      display: none;
    }

    [part~='grid'] {
      columns: auto;
    }

    .group,
    ::slotted(:not([data-tor-anchor])) {
      break-inside: auto;
    }
  }

  .card,
  ::slotted([data-tor-anchor]) {
    scroll-margin-block-start: var(--tor-user-groups-scroll-margin, calc(var(--_space) * 1));
  }
`;
