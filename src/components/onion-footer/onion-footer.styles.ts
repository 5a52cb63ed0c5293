import { css } from 'lit';

export const onionFooterStyles = css`
  .footer {
    /* The footer's background runs edge to edge; its content lines up with the page's. */
    padding-inline: max(
      var(--tor-onion-footer-padding, calc(var(--_space) * 1.5)),
      (100% - var(--tor-onion-footer-content-width, 100%)) / 2
    );
    display: grid;
    gap: calc(var(--_space) * 1.5);
    padding-block: var(--tor-onion-footer-padding, calc(var(--_space) * 1.5));
    background: var(--tor-onion-footer-background, var(--_surface-muted));
    color: var(--tor-onion-footer-color, var(--_text));
    border-block-start: var(--tor-onion-footer-border, 4px solid var(--_accent));
    font-size: 0.9375rem;
  }

  .groups {
    display: grid;
    /* Two columns of link groups even on a phone. */
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 9rem), 1fr));
    gap: calc(var(--_space) * 1.25) calc(var(--_space) * 2);
  }

  [part~='group-heading'] {
    margin: 0 0 calc(var(--_space) * 0.5);
    font-size: 1rem;
    font-weight: 700;
    color: var(--tor-onion-footer-heading-color, var(--_accent-strong));
  }

  [part~='group-links'] {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(var(--_space) * 0.35);
  }

  [part~='notice'],
  [part~='onion'] {
    margin: 0;
  }

  /* A rule parts the onion line from the links or notice above it; with nothing above, none. */
  .onion.below {
    padding-block-start: calc(var(--_space) * 1.25);
    border-block-start: 1px solid var(--_border);
  }

  .offer {
    display: block;
  }

  .offer[hidden],
  .statuses {
    display: none;
  }

  [part~='address'] {
    font-family: var(--_mono);
    font-size: 0.9em;
    /* A 62-character host must wrap on a phone rather than overflow the page; where it fits, it moves
       to the next line whole. */
    overflow-wrap: anywhere;
    unicode-bidi: isolate;
  }

  .retired-address {
    font-family: var(--_mono);
    text-decoration: line-through;
    overflow-wrap: anywhere;
    unicode-bidi: isolate;
  }

  /* The copy button and its status: the status appears over the page beside the button, so no text
     moves when it comes and goes; its role="status" has screen readers announce it. */
  .copy {
    position: relative;
    display: inline-block;
    margin-inline-start: 0.5em;
  }

  [part~='copy'] {
    padding: 0.125em 0.75em;
    font: inherit;
    font-size: 0.875em;
    line-height: 1.6;
    color: var(--tor-onion-footer-button-color, var(--_link));
    background: var(--tor-onion-footer-button-background, var(--_surface));
    border: 1px solid currentColor;
    border-radius: 999px;
    cursor: pointer;
    vertical-align: baseline;
  }

  [part~='copy']:hover {
    background: var(--tor-onion-footer-button-hover-background, var(--_grey));
    color: var(--tor-onion-footer-button-hover-color, var(--_purple-dark));
  }

  /* Without JavaScript (a server-rendered page in Tor Browser's Safest level) the button could not
     work. While scripts are only loading it stays, so nothing moves when they arrive. */
  @media (scripting: none) {
    [part~='copy'] {
      display: none;
    }
  }

  /* On paper: no copy button, and no site navigation; the address and the directory are printed as
     their words (which are the addresses). */
  @media print {
    [part~='copy'],
    [part~='status'],
    [part~='links'] {
      display: none;
    }

    .offer a[part~='address']::after,
    .directory a::after {
      content: none;
    }
  }

  [part~='status'] {
    position: absolute;
    z-index: 1;
    inset-block-end: calc(100% + 0.375rem);
    inset-inline-start: 0;
    inline-size: max-content;
    max-inline-size: min(20rem, 80vw);
    padding: 0.25em 0.625em;
    font-size: 0.875em;
    line-height: 1.4;
    color: var(--tor-onion-footer-status-color, var(--_surface));
    background: var(--tor-onion-footer-status-background, var(--_text));
    border: 1px solid transparent;
    border-radius: var(--_radius);
    pointer-events: none;
  }

  /* Kept in the accessibility tree while empty (a live region must exist before it speaks), unseen. */
  [part~='status']:empty {
    padding: 0;
    border: 0;
  }

  /* Where anchor positioning is known, the status stays on screen: above the button, or beside it
     towards the other side when the button is near the footer's edge. */
  @supports (position-try-fallbacks: flip-inline) {
    .footer {
      position: relative;
    }

    .copy {
      position: static;
    }

    [part~='copy'] {
      anchor-name: --tor-copy;
    }

    [part~='status'] {
      position-anchor: --tor-copy;
      inset: auto;
      position-area: block-start span-inline-end;
      margin-block-end: 0.375rem;
      position-try-fallbacks: flip-inline;
    }
  }

  .directory {
    display: block;
    margin-block-start: 0.25em;
  }
`;
