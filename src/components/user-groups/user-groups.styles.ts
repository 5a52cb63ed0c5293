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

  /* Columns rather than a grid: cards of very different lengths (the activists have ten items, the
     spotlight two) pack without holes. Each column reads top to bottom, in the order of the page. */
  [part~='grid'] {
    columns: var(--tor-user-groups-column-min, 20rem);
    column-gap: var(--tor-user-groups-gap, calc(var(--_space) * 1.5));
  }

  tor-user-group-card,
  ::slotted(*) {
    break-inside: avoid;
    margin-block-end: var(--tor-user-groups-gap, calc(var(--_space) * 1.5));
  }

  tor-user-group-card {
    scroll-margin-block-start: var(--tor-user-groups-scroll-margin, calc(var(--_space) * 1));
  }
`;
