import { css } from 'lit';

export const userGroupCardStyles = css`
  /* The card fills the height it is given, so cards in a row of a grid line up. */
  :host {
    container-type: inline-size;
    display: flex;
    flex-direction: column;
  }

  .base,
  .card {
    flex: 1;
  }

  .base {
    display: flex;
    flex-direction: column;
  }
`;
