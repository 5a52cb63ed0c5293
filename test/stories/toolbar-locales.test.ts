/** Storybook's locale toolbar offers every shipped translation, and a story in one shows that translation. */
import { expect, fixture, html } from '@open-wc/testing';
import type { StoryContext } from '@storybook/web-components-vite';
import shipped from 'virtual:tor-shipped-locales';
import '../../src/components/tip-box/tor-tip-box.js';
import { SHIPPED_LOCALES } from '../../src/internal/shipped-locales.js';
import { registerShippedLocales } from '../../stories/support/shipped-locales.js';
import { initialGlobals, LOCALES, withToolbar } from '../../stories/support/toolbar.js';
import { part, settled, textOf } from '../helpers.js';
import type { LitElement } from 'lit';

describe('stories: the locale toolbar', () => {
  before(() => registerShippedLocales());

  it('offers English, every shipped translation named in its own language, and the pseudo-locales', () => {
    expect(Object.keys(LOCALES)).to.deep.equal(['en', ...SHIPPED_LOCALES, 'en-XA', 'ar-XB']);
    expect(LOCALES['fa']).to.deep.equal({ title: 'فارسی (fa)', dir: 'rtl' });
    expect(LOCALES['ar']?.dir).to.equal('rtl');
    expect(LOCALES['ru']).to.deep.equal({ title: 'русский (ru)', dir: 'ltr' });
    expect(LOCALES['zh-CN']?.dir).to.equal('ltr');
  });

  for (const locale of ['fa', 'zh-CN']) {
    it(`shows the ${locale} translation, compiled from i18n/${locale}.po, in its direction`, async () => {
      const context = { globals: { ...initialGlobals, locale }, viewMode: 'story' } as unknown as StoryContext;
      const page = await fixture<HTMLElement>(
        withToolbar(() => html`<tor-tip-box tip="donate"></tor-tip-box>`, context) as never,
      );
      const box = page.querySelector<LitElement>('tor-tip-box')!;
      await settled(box);
      expect(page.lang).to.equal(locale);
      expect(getComputedStyle(box).direction).to.equal(LOCALES[locale]?.dir);
      expect(textOf(part(box, 'heading'))).to.equal(shipped[locale]?.ui?.tipBox?.heading);
    });
  }
});
