/**
 * The toolbar's locale, colour scheme and theme, applied to every story by one decorator: a wrapper
 * with `lang` and `dir`, the scheme (`--tor-color-scheme` and a matching page colour) and the theme's
 * `--tor-*` tokens, all inherited by the elements inside. The locales are English, every translation
 * the package ships (registered by `registerShippedLocales`) and the two pseudo-locales.
 */
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { Decorator, StoryContext } from '@storybook/web-components-vite';
import { directionOf, type Direction } from '../../src/content/locale.js';
import { PSEUDO_LONG, PSEUDO_RTL } from '../../src/content/pseudo.js';
import { SHIPPED_LOCALES } from '../../src/internal/shipped-locales.js';

interface Choice {
  title: string;
  style: Record<string, string>;
}

/** A shipped translation, named in its own language (`فارسی (fa)`), in its own direction. */
const shipped = (code: string) => ({
  title: `${new Intl.DisplayNames([code], { type: 'language' }).of(code)} (${code})`,
  dir: directionOf(code),
});

export const LOCALES: Record<string, { title: string; dir: Direction }> = {
  en: { title: 'English', dir: 'ltr' },
  ...Object.fromEntries(SHIPPED_LOCALES.map((code) => [code, shipped(code)])),
  [PSEUDO_LONG]: { title: 'Long text (en-XA)', dir: 'ltr' },
  [PSEUDO_RTL]: { title: 'Right to left (ar-XB)', dir: 'rtl' },
};

export const SCHEMES = {
  light: {
    title: 'Light',
    style: { '--tor-color-scheme': 'light', 'color-scheme': 'light', background: '#ffffff', color: '#333a41' },
  },
  dark: {
    title: 'Dark',
    style: { '--tor-color-scheme': 'dark', 'color-scheme': 'dark', background: '#131116', color: '#ebe8ef' },
  },
} satisfies Record<string, Choice>;

/** A partner's own brand, set only through the public tokens: every element follows. */
export const THEMES = {
  tor: { title: 'Tor', style: {} },
  partner: {
    title: 'Partner theme',
    style: {
      '--tor-color-purple': '#0b6e6e',
      '--tor-color-purple-dark': '#084c4c',
      '--tor-color-yellow': '#f4a259',
      '--tor-color-green': '#2f7d32',
      '--tor-font-family': 'Georgia, "DejaVu Serif", "Times New Roman", serif',
      '--tor-radius': '0',
    },
  },
} satisfies Record<string, Choice>;

export type Locale = string;
export type Scheme = keyof typeof SCHEMES;
export type Theme = keyof typeof THEMES;
export interface ToolbarGlobals {
  locale: Locale;
  scheme: Scheme;
  theme: Theme;
}

export const initialGlobals: ToolbarGlobals = { locale: 'en', scheme: 'light', theme: 'tor' };

const toolbar = (description: string, icon: string, choices: Record<string, { title: string }>) => ({
  description,
  toolbar: {
    icon,
    items: Object.entries(choices).map(([value, { title }]) => ({ value, title })),
    dynamicTitle: true,
  },
});

export const globalTypes = {
  locale: toolbar('Language and direction of the page around the elements', 'globe', LOCALES),
  scheme: toolbar('Colour scheme', 'contrast', SCHEMES),
  theme: toolbar('Tor or a partner theme (design tokens)', 'paintbrush', THEMES),
};

/** The toolbar's value when it names a choice, else the fallback (a story may link to an unknown one). */
const choose = <T extends object>(choices: T, value: unknown, fallback: keyof T): keyof T =>
  typeof value === 'string' && value in choices ? (value as keyof T) : fallback;

/** Wraps every story in the page the toolbar describes. */
export const withToolbar: Decorator = (story, context: StoryContext) => {
  const lang = choose(LOCALES, context.globals.locale, 'en');
  const style = {
    ...SCHEMES[choose(SCHEMES, context.globals.scheme, 'light')].style,
    ...THEMES[choose(THEMES, context.globals.theme, 'tor')].style,
  };
  // In a story's own page the wrapper is the page; in the docs it is one example among many.
  const page = context.viewMode === 'story' ? { 'min-block-size': '100vh', 'box-sizing': 'border-box' } : {};
  return html`<div
    class="tor-story"
    lang=${lang}
    dir=${LOCALES[lang].dir}
    style=${styleMap({ ...style, ...page, padding: '1rem', 'font-family': 'var(--tor-font-family, system-ui)' })}
  >
    ${story()}
  </div>`;
};
