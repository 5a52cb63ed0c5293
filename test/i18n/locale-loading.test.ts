// A page in Farsi gets the package's Farsi without writing code: the element loads locales/fa.js from
// the page's own origin, once, renders in Farsi (not English first), and a page's own registration wins.
import { expect, html } from '@open-wc/testing';
import '../../src/components/tip-box/tor-tip-box.js';
import { registerContent, resetContent, resetShippedContent } from '../../src/content/registry.js';
import { forgetRequestedLocales, setLocalesUrl, shippedLocaleFor } from '../../src/internal/locale-loader.js';
import { captureConsole, fixture, part, settled, textOf, withPageLocale } from '../helpers.js';

const FIXTURES = '/test/fixtures/locales/';

/** The requests this page made for translation modules so far. */
const localeRequests = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name))
    .filter((url) => url.pathname.includes('/locales/'));

describe('shipped translations load themselves', () => {
  beforeEach(() => {
    performance.clearResourceTimings();
    setLocalesUrl(FIXTURES);
  });
  afterEach(() => {
    resetContent();
    resetShippedContent();
    forgetRequestedLocales();
    setLocalesUrl(null);
  });

  it('finds the translation for a language and its regional variants', () => {
    expect(shippedLocaleFor('fa')).to.equal('fa');
    expect(shippedLocaleFor('fa-IR')).to.equal('fa');
    expect(shippedLocaleFor('pt-br')).to.equal('pt-BR');
    expect(shippedLocaleFor('zh-CN')).to.equal('zh-CN');
    expect(shippedLocaleFor('zh-Hans-CN')).to.equal('zh-CN');
    expect(shippedLocaleFor('zh-TW')).to.equal(undefined);
    expect(shippedLocaleFor('en')).to.equal(undefined);
    expect(shippedLocaleFor('kk')).to.equal(undefined);
  });

  it('renders a Farsi page in Farsi from its first render, with one same-origin request for two elements', async () => {
    await withPageLocale('fa', 'rtl', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div><tor-tip-box tip="donate"></tor-tip-box><tor-tip-box tip="donate"></tor-tip-box></div>`,
      );
      const boxes = [...wrapper.querySelectorAll('tor-tip-box')];
      for (const box of boxes) await settled(box as never);
      for (const box of boxes) {
        expect(textOf(part(box, 'heading'))).to.equal('نکتهٔ تور');
        expect(textOf(part(box, 'text'))).to.contain('همین امروز کمک کنید');
      }
      const requests = localeRequests();
      expect(requests.map((url) => url.pathname)).to.deep.equal([`${FIXTURES}fa.js`]);
      expect(requests.every((url) => url.origin === location.origin)).to.be.true;
      const others = performance
        .getEntriesByType('resource')
        .filter((entry) => new URL(entry.name).origin !== location.origin);
      expect(others).to.deep.equal([]);
    });
  });

  it('never renders English first while the translation loads', async () => {
    await withPageLocale('fa', 'rtl', async () => {
      const holder = document.createElement('div');
      document.body.append(holder);
      try {
        const box = document.createElement('tor-tip-box');
        box.setAttribute('tip', 'donate');
        const seen: string[] = [];
        const observer = new MutationObserver(() => seen.push(textOf(part(box, 'heading'))));
        holder.append(box);
        observer.observe(box.shadowRoot ?? box, { subtree: true, childList: true, characterData: true });
        await settled(box as never);
        observer.disconnect();
        expect(textOf(part(box, 'heading'))).to.equal('نکتهٔ تور');
        expect(seen.filter((heading) => heading === 'Tor Tip')).to.deep.equal([]);
      } finally {
        holder.remove();
      }
    });
  });

  it('keeps what the page registers on top of the shipped translation', async () => {
    registerContent('fa', { ui: { tipBox: { heading: 'نکتهٔ سایت ما' } } });
    await withPageLocale('fa', 'rtl', async () => {
      const box = await fixture<HTMLElement>(html`<tor-tip-box tip="donate"></tor-tip-box>`);
      await settled(box as never);
      expect(textOf(part(box, 'heading'))).to.equal('نکتهٔ سایت ما');
      expect(textOf(part(box, 'text'))).to.contain('همین امروز کمک کنید');
    });
  });

  it('loads nothing from another origin, and says so', async () => {
    setLocalesUrl(`http://127.0.0.2:${location.port}${FIXTURES}`);
    const errors = captureConsole('error');
    try {
      await withPageLocale('fa', 'rtl', async () => {
        const box = await fixture<HTMLElement>(html`<tor-tip-box tip="donate"></tor-tip-box>`);
        await settled(box as never);
        expect(textOf(part(box, 'heading'))).to.equal('Tor Tip');
      });
    } finally {
      errors.restore();
    }
    expect(localeRequests()).to.deep.equal([]);
    expect(errors.messages.join('\n')).to.contain('another origin');
  });
});
