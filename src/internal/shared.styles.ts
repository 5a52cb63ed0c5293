/**
 * Styles every element shares: the `--tor-*` design tokens with the Tor palette as defaults, a dark
 * scheme (`light-dark()`, following `prefers-color-scheme` unless `--tor-color-scheme` says otherwise),
 * system fonts only, visible focus, reduced motion, and print (light, with the links' addresses).
 */
import { css } from 'lit';

/**
 * The global tokens every element reads (the Custom Elements Manifest lists them on each element):
 *
 * @cssprop [--tor-color-scheme=light dark] - `light dark` follows `prefers-color-scheme`; set `light` or `dark` to force one.
 * @cssprop [--tor-color-purple=#7d4698] - Tor purple.
 * @cssprop [--tor-color-purple-dark=#59316b] - Tor dark purple.
 * @cssprop [--tor-color-green=#68b030] - Tor green.
 * @cssprop [--tor-color-grey=#f8f9fa] - Tor grey.
 * @cssprop [--tor-color-grey-dark=#333a41] - Tor dark grey.
 * @cssprop [--tor-color-yellow=#ffbf00] - Tor yellow.
 * @cssprop [--tor-color-text=light-dark(var(--tor-color-grey-dark), #ebe8ef)] - Body text.
 * @cssprop [--tor-color-text-muted=light-dark(#565d64, #bcb6c4)] - Secondary text (dates, notes).
 * @cssprop [--tor-color-surface=light-dark(#ffffff, #1d1a22)] - The background of cards and buttons.
 * @cssprop [--tor-color-surface-muted=light-dark(var(--tor-color-grey), #27232d)] - The background of boxes set apart (tip, footer).
 * @cssprop [--tor-color-accent=light-dark(var(--tor-color-purple), color-mix(in srgb, var(--tor-color-purple) 50%, white))] - Accent borders and stripes.
 * @cssprop [--tor-color-accent-strong=light-dark(var(--tor-color-purple-dark), color-mix(in srgb, var(--tor-color-purple) 35%, white))] - Headings.
 * @cssprop [--tor-color-link=light-dark(var(--tor-color-purple-dark), color-mix(in srgb, var(--tor-color-purple) 35%, white))] - Links.
 * @cssprop [--tor-color-border=light-dark(#dcd3e2, #433b4b)] - Borders.
 * @cssprop [--tor-color-focus=light-dark(var(--tor-color-purple-dark), var(--tor-color-yellow))] - The focus ring.
 * @cssprop [--tor-font-family=system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif] - Text (system fonts only: no font is downloaded).
 * @cssprop [--tor-font-family-mono=ui-monospace, 'SFMono-Regular', 'DejaVu Sans Mono', Menlo, Consolas, 'Liberation Mono', monospace] - Onion addresses.
 * @cssprop [--tor-radius=0.5rem] - Corner radius.
 * @cssprop [--tor-space=1rem] - The unit of space inside and between the elements.
 * @cssprop [--tor-font-size=1rem] - The base font size.
 */
export const sharedStyles = css`
  :host {
    color-scheme: var(--tor-color-scheme, light dark);
    --_purple: var(--tor-color-purple, #7d4698);
    --_purple-dark: var(--tor-color-purple-dark, #59316b);
    --_green: var(--tor-color-green, #68b030);
    --_grey: var(--tor-color-grey, #f8f9fa);
    --_grey-dark: var(--tor-color-grey-dark, #333a41);
    --_yellow: var(--tor-color-yellow, #ffbf00);
    --_text: var(--tor-color-text, light-dark(var(--_grey-dark), #ebe8ef));
    --_text-muted: var(--tor-color-text-muted, light-dark(#565d64, #bcb6c4));
    --_surface: var(--tor-color-surface, light-dark(#ffffff, #1d1a22));
    --_surface-muted: var(--tor-color-surface-muted, light-dark(var(--_grey), #27232d));
    --_accent: var(--tor-color-accent, light-dark(var(--_purple), color-mix(in srgb, var(--_purple) 50%, white)));
    --_accent-strong: var(
      --tor-color-accent-strong,
      light-dark(var(--_purple-dark), color-mix(in srgb, var(--_purple) 35%, white))
    );
    --_link: var(--tor-color-link, light-dark(var(--_purple-dark), color-mix(in srgb, var(--_purple) 35%, white)));
    --_border: var(--tor-color-border, light-dark(#dcd3e2, #433b4b));
    --_focus: var(--tor-color-focus, light-dark(var(--_purple-dark), var(--_yellow)));
    --_font: var(
      --tor-font-family,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Noto Sans',
      'Helvetica Neue',
      Arial,
      sans-serif
    );
    --_mono: var(
      --tor-font-family-mono,
      ui-monospace,
      'SFMono-Regular',
      'DejaVu Sans Mono',
      Menlo,
      Consolas,
      'Liberation Mono',
      monospace
    );
    --_radius: var(--tor-radius, 0.5rem);
    --_space: var(--tor-space, 1rem);
    display: block;
    font-family: var(--_font);
    font-size: var(--tor-font-size, 1rem);
    line-height: 1.5;
    color: var(--_text);
  }

  :host([hidden]),
  .base[hidden] {
    display: none !important;
  }

  a {
    color: var(--_link);
    text-underline-offset: 0.15em;
  }

  a:hover {
    text-decoration-thickness: 0.125em;
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    border-radius: 2px;
  }

  [tabindex='-1']:focus:not(:focus-visible) {
    outline: none;
  }

  /* Text in a language of its own (English left untranslated, say) starts at its own start: Firefox
     would otherwise keep the alignment of the language around it. */
  [dir] {
    text-align: start;
  }

  /* On paper: dark text on white whatever the screen's scheme, and where a web link leads, as a
     printed link cannot be followed (an element whose link words already say it leaves that out). */
  @media print {
    :host {
      color-scheme: light !important;
    }

    a[href^='http']::after {
      content: ' (' attr(href) ')';
      font-size: 0.875em;
      font-weight: 400;
      overflow-wrap: anywhere;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }
`;
