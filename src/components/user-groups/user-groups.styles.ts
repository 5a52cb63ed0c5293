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

  [part~='grid'] {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--tor-user-groups-column-min, 20rem)), 1fr));
    gap: var(--tor-user-groups-gap, calc(var(--_space) * 1.5));
    align-items: start;
  }

  tor-user-group-card {
    scroll-margin-block-start: var(--tor-user-groups-scroll-margin, calc(var(--_space) * 1));
  }

  /* A group with many items (the activists have ten) takes two columns when there is room, so it
     does not tower over its neighbours; the card then sets its items in two columns itself. */
  @container (min-width: 44rem) {
    .long {
      grid-column: span 2;
    }
  }
`;
