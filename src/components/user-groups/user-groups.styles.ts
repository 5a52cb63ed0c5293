import { css } from 'lit';

export const userGroupsStyles = css`
  .collection {
    container-type: inline-size;
    display: grid;
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

  /* A grid whose rows line the cards up; a long group (the activists have ten items) takes two
     columns when there is room, and the card then sets its items in two columns itself. (CSS
     multi-column packing was tried: Firefox leaves gaps inside cards it cannot keep whole.) */
  [part~='grid'] {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--tor-user-groups-column-min, 20rem)), 1fr));
    gap: var(--tor-user-groups-gap, calc(var(--_space) * 1.5));
  }

  /* Each group is its card's size container, as the card element is its own. */
  .group {
    container-type: inline-size;
    display: flex;
    flex-direction: column;
  }

  .group > .card {
    flex: 1;
  }

  .card,
  ::slotted([data-tor-anchor]) {
    scroll-margin-block-start: var(--tor-user-groups-scroll-margin, calc(var(--_space) * 1));
  }

  @container (inline-size >= 44rem) {
    .long {
      grid-column: span 2;
    }
  }
`;
