// A real, partial Farsi translation: what is translated carries the page's language; whatever falls
// back to English says it is English and keeps its own direction, isolated, so punctuation stays
// where English puts it and a screen reader reads it with an English voice.
import { expect, html } from '@open-wc/testing';
import '../../src/all.js';
import { registerContent, resetContent } from '../../src/content/registry.js';
import type { ContentPatch } from '../../src/content/types.js';
import {
  directionOf,
  fixture,
  languageOf,
  part,
  parts,
  settled,
  textOf,
  withPageLocale,
  wordsLanguage,
} from '../helpers.js';

const FARSI: ContentPatch = {
  dir: 'rtl',
  tips: [
    {
      id: 'donate',
      segments: [
        { type: 'text', text: 'تور را افرادی مثل شما می‌نویسند و پشتیبانی می‌کنند. ' },
        { type: 'link', text: 'همین امروز کمک کنید', href: 'https://www.torproject.org/donate/' },
        { type: 'text', text: '!' },
      ],
    },
  ],
  userGroups: [{ id: 'bloggers', heading: 'وبلاگ‌نویسان از تور استفاده می‌کنند' }],
  ui: { tipBox: { heading: 'نکتهٔ تور' }, onionFooter: { copy: 'رونوشت' } },
};

/** Where a character of `element`'s text is drawn: the box of the `index`-th character. */
function characterBox(element: Element, index: number): DOMRect {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let offset = index;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.textContent!.length;
    if (offset < length) {
      const range = document.createRange();
      range.setStart(node, offset);
      range.setEnd(node, offset + 1);
      return range.getBoundingClientRect();
    }
    offset -= length;
  }
  throw new Error(`no character ${index}`);
}

describe('text that falls back to English inside a Farsi page', () => {
  beforeEach(() => registerContent('fa', FARSI));
  afterEach(() => resetContent());

  it('tip box: the translated heading and tip are Farsi; an untranslated tip is English, left to right', async () => {
    await withPageLocale('fa', 'rtl', async () => {
      const translated = await fixture<HTMLElement>(html`<tor-tip-box tip="donate"></tor-tip-box>`);
      await settled(translated as never);
      expect(languageOf(part(translated, 'heading')!)).to.equal('fa');
      expect(languageOf(part(translated, 'text')!.querySelector('p')!)).to.equal('fa');

      const fallback = await fixture<HTMLElement>(html`<tor-tip-box tip="volunteer"></tor-tip-box>`);
      await settled(fallback as never);
      const paragraph = part(fallback, 'text')!.querySelector('p')!;
      expect(languageOf(paragraph)).to.equal('en');
      expect(directionOf(paragraph)).to.equal('ltr');
      expect(directionOf(part(fallback, 'box')!)).to.equal('rtl');
      // "Tor is built by volunteers … skills." reads left to right: its full stop ends the line on the right.
      const text = paragraph.textContent!.trim();
      expect(text.endsWith('.')).to.be.true;
      const first = characterBox(paragraph, paragraph.textContent!.indexOf('T'));
      const last = characterBox(paragraph, paragraph.textContent!.lastIndexOf('.'));
      expect(last.left).to.be.greaterThan(first.left);
    });
  });

  it('user group card: a translated heading is Farsi, its untranslated items are English', async () => {
    await withPageLocale('fa', 'rtl', async () => {
      const card = await fixture<HTMLElement>(html`<tor-user-group-card group="bloggers"></tor-user-group-card>`);
      await settled(card as never);
      expect(textOf(part(card, 'heading'))).to.equal('وبلاگ‌نویسان از تور استفاده می‌کنند');
      expect(wordsLanguage(part(card, 'permalink')!)).to.equal('fa');
      expect(parts(card, 'item').every((item) => languageOf(item) === 'en' && directionOf(item) === 'ltr')).to.be.true;
      // English lines start at the left, as English does, though the card around them is right to left.
      // (A wide card sets its items in columns, where an item may continue into the next: its first
      // piece is where its first line is.)
      for (const item of parts(card, 'item')) {
        const firstPiece = item.getClientRects()[0]!;
        expect(characterBox(item, item.textContent!.search(/\S/)).left - firstPiece.left).to.be.below(2);
      }

      const untranslated = await fixture<HTMLElement>(
        html`<tor-user-group-card group="military"></tor-user-group-card>`,
      );
      await settled(untranslated as never);
      const heading = part(untranslated, 'permalink')!.querySelector('span[lang]')!;
      expect(wordsLanguage(heading)).to.equal('en');
      expect(heading.getAttribute('dir')).to.equal('ltr');
    });
  });

  it('collection, banner and footer mark each English fallback, and nothing translated', async () => {
    await withPageLocale('fa', 'rtl', async () => {
      const groups = await fixture<HTMLElement>(
        html`<tor-user-groups index groups="bloggers military"></tor-user-groups>`,
      );
      await settled(groups as never);
      const index = parts(groups, 'index-link');
      expect(index.map(wordsLanguage)).to.deep.equal(['fa', 'en']);

      const banner = await fixture<HTMLElement>(html`<tor-donate-banner remember="none"></tor-donate-banner>`);
      await settled(banner as never);
      expect(wordsLanguage(part(banner, 'headline')!)).to.equal('en');
      expect(languageOf(part(banner, 'text')!.querySelector('p')!)).to.equal('en');

      const footer = await fixture<HTMLElement>(html`<tor-onion-footer></tor-onion-footer>`);
      await settled(footer as never);
      expect(wordsLanguage(part(footer, 'copy')!)).to.equal('fa');
      expect(wordsLanguage(part(footer, 'onion')!)).to.equal('en');
      expect(wordsLanguage(part(footer, 'notice')!)).to.equal('en');
      expect(languageOf(part(footer, 'base')!)).to.equal('fa');
    });
  });
});
