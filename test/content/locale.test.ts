import { expect, fixture, html } from '@open-wc/testing';
import { directionOf, resolveLocale } from '../../src/content/locale.js';

describe('resolveLocale', () => {
  it('falls back to English, left to right, when the page declares nothing', async () => {
    const element = await fixture(html`<div><span></span></div>`);
    const html_ = document.documentElement;
    const lang = html_.getAttribute('lang');
    html_.removeAttribute('lang');
    try {
      expect(resolveLocale(element.firstElementChild!)).to.deep.equal({ lang: 'en', dir: 'ltr' });
    } finally {
      if (lang !== null) html_.setAttribute('lang', lang);
    }
  });

  it('takes the nearest lang and dir, which may come from different ancestors', async () => {
    const root = await fixture(
      html`<div lang="fa" dir="rtl">
        <section lang="en-GB"><p id="t"></p></section>
      </div>`,
    );
    expect(resolveLocale(root.querySelector('#t')!)).to.deep.equal({ lang: 'en-GB', dir: 'rtl' });
  });

  it('follows the composed tree out of a shadow root to its host', async () => {
    const host = await fixture(html`<div lang="ar" dir="rtl"></div>`);
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(resolveLocale(inner)).to.deep.equal({ lang: 'ar', dir: 'rtl' });
  });

  it('uses the language’s own direction when no dir is set', async () => {
    const root = await fixture(html`<div lang="fa-IR"><p></p></div>`);
    expect(resolveLocale(root.firstElementChild!)).to.deep.equal({ lang: 'fa-IR', dir: 'rtl' });
  });

  it('asks the browser for dir="auto"', async () => {
    const root = await fixture(html`<div dir="auto" lang="en">سلام دنیا</div>`);
    expect(resolveLocale(root).dir).to.equal('rtl');
  });

  it('treats an empty lang as unknown, so English', async () => {
    const root = await fixture(html`<div lang="de"><p lang=""></p></div>`);
    expect(resolveLocale(root.firstElementChild!).lang).to.equal('en');
  });
});

describe('directionOf', () => {
  it('knows right-to-left languages and scripts', () => {
    for (const tag of ['ar', 'fa', 'he', 'ur', 'ps', 'ckb', 'ar-EG', 'fa_AF', 'az-Arab', 'ar-XB'])
      expect(directionOf(tag), tag).to.equal('rtl');
    for (const tag of ['en', 'de', 'tr', 'zh-Hans', 'ku', 'az', 'uz-Latn', 'sd-Deva', ''])
      expect(directionOf(tag), tag).to.equal('ltr');
  });
});
