import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/onion-footer/tor-onion-footer.js';
import type { TorCopyDetail, TorOnionFooter } from '../../src/components/onion-footer/onion-footer.js';
import { registerContent, resetContent } from '../../src/content/registry.js';
import { PSEUDO_RTL, registerPseudoLocales } from '../../src/content/pseudo.js';
import { atWidth, captureReports, fixture, part, parts, settled, shadowText } from '../helpers.js';

const V3 = '2gzyxa5ihm7nsggfxnu52rck2vv4rvmdlkiu3zzui5du4xyclen53wid.onion';
const V2 = 'expyuzz4wqqyqhjn.onion';
const isRendered = (element: HTMLElement | null) => Boolean(element && element.getClientRects().length > 0);

/** Replaces `navigator.clipboard` for one test. */
function stubClipboard(writeText: ((text: string) => Promise<void>) | undefined): () => void {
  const own = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: writeText ? { writeText } : undefined });
  return () => {
    if (own) Object.defineProperty(navigator, 'clipboard', own);
    else delete (navigator as { clipboard?: unknown }).clipboard;
  };
}

function stubExecCommand(result: boolean | 'throw'): () => void {
  const original = document.execCommand;
  document.execCommand = () => {
    if (result === 'throw') throw new Error('not allowed');
    return result;
  };
  return () => (document.execCommand = original);
}

/** Undoes several stubs, the last one first. */
function combine(...restores: (() => void)[]): () => void {
  return () => restores.reverse().forEach((restore) => restore());
}

describe('<tor-onion-footer>', () => {
  afterEach(() => resetContent());

  it('offers torproject.org’s v3 address as a link, with the directory sentence', async () => {
    const footer = await fixture<TorOnionFooter>(html`<tor-onion-footer></tor-onion-footer>`);
    const address = part(footer, 'address') as HTMLAnchorElement;
    expect(address.textContent).to.equal(V3);
    expect(address.href).to.equal(`http://${V3}/`);
    expect(address.getAttribute('dir')).to.equal('ltr');
    const text = part(footer, 'onion')!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain(`We offer an onion service for this site: ${V3}`);
    expect(text).to.contain('See onion.torproject.org for all torproject.org onion addresses.');
    const directory = [...part(footer, 'onion')!.querySelectorAll('a')].find(
      (a) => a.textContent === 'onion.torproject.org',
    );
    expect(directory!.href).to.equal('https://onion.torproject.org/');
    await expect(footer).to.be.accessible();
  });

  it('shows the three footer link groups of the page in a labelled navigation', async () => {
    const footer = await fixture<TorOnionFooter>(html`<tor-onion-footer></tor-onion-footer>`);
    const nav = part(footer, 'links')!;
    expect(nav.localName).to.equal('nav');
    expect(nav.getAttribute('aria-label')).to.equal('Site links');
    expect(parts(footer, 'group-heading').map((h) => h.textContent!.trim())).to.deep.equal([
      'About Tor',
      'Get Involved',
      'Documentation',
    ]);
    expect(parts(footer, 'group-links').map((list) => list.querySelectorAll('a').length)).to.deep.equal([5, 4, 4]);
    expect(shadowText(footer)).to.contain(
      'Trademark, copyright notices, and rules for use by third parties can be found in our FAQ.',
    );
  });

  it('never links a retired v2 address; says it no longer works; logs how to fix it', async () => {
    const errors = captureReports('error');
    try {
      const footer = await fixture<TorOnionFooter>(html`<tor-onion-footer address=${V2}></tor-onion-footer>`);
      expect(isRendered(part(footer, 'address'))).to.be.false;
      expect(isRendered(part(footer, 'copy'))).to.be.false;
      expect(footer.shadowRoot!.querySelector(`a[href*="${V2}"]`) === null).to.be.true;
      expect(shadowText(footer)).to.contain(`The old onion address ${V2} was retired and no longer works.`);
      expect(errors.messages).to.have.length(1);
      expect(errors.messages[0]).to.match(
        /^tor-onion-footer: address: "expyuzz4wqqyqhjn\.onion" is a retired v2 onion address/,
      );
      expect(errors.messages[0]).to.contain('56-character v3 address');
      await expect(footer).to.be.accessible();
    } finally {
      errors.restore();
    }
  });

  it('never links a mistyped address (bad checksum), and says the address is unavailable', async () => {
    const errors = captureReports('error');
    try {
      const typo = V3.replace('2gzy', '2gzz');
      const footer = await fixture<TorOnionFooter>(html`<tor-onion-footer address=${typo}></tor-onion-footer>`);
      expect(footer.shadowRoot!.querySelector(`a[href*=".onion"]`) === null).to.be.true;
      expect(shadowText(footer)).to.contain('The onion address of this site is not available here.');
      expect(shadowText(footer)).to.not.contain(typo);
      expect(errors.messages[0]).to.contain('checksum');
    } finally {
      errors.restore();
    }
  });

  it('accepts an address given as an upper-case http URL and shows the normalised host', async () => {
    const footer = await fixture<TorOnionFooter>(
      html`<tor-onion-footer address=${`http://${V3.toUpperCase()}/`} site-name="example.org"></tor-onion-footer>`,
    );
    expect(part(footer, 'address')!.textContent).to.equal(V3);
    expect(shadowText(footer)).to.contain('for all example.org onion addresses');
  });

  it('says the reader is already on the onion service when the page is served from a .onion host', async () => {
    const footer = await fixture<TorOnionFooter>(html`<tor-onion-footer .pageHost=${V3}></tor-onion-footer>`);
    expect(isRendered(part(footer, 'address'))).to.be.false;
    expect(isRendered(part(footer, 'copy'))).to.be.false;
    expect(shadowText(footer)).to.contain('You are reading torproject.org over its onion service.');
    expect(shadowText(footer)).to.contain('See onion.torproject.org');
  });

  it('copies the address, announces it, and fires tor-copy', async () => {
    let written = '';
    const restore = stubClipboard(async (text) => {
      written = text;
    });
    try {
      const footer = await fixture<TorOnionFooter>(html`<tor-onion-footer></tor-onion-footer>`);
      const button = part(footer, 'copy')!;
      expect(button.getAttribute('aria-label')).to.equal(`Copy the onion address ${V3}`);
      const event = oneEvent(footer, 'tor-copy') as Promise<CustomEvent<TorCopyDetail>>;
      button.click();
      const { detail } = await event;
      await settled(footer);
      expect(written).to.equal(V3);
      expect(detail).to.deep.equal({ address: V3, copied: true });
      const status = part(footer, 'status')!;
      expect(status.getAttribute('role')).to.equal('status');
      expect(status.textContent).to.equal('Onion address copied');
      await expect(footer).to.be.accessible();
    } finally {
      restore();
    }
  });

  for (const [width, dir] of [
    [375, 'ltr'],
    [375, 'rtl'],
    [1280, 'ltr'],
    [1280, 'rtl'],
  ] as const) {
    it(`shows the copy status without moving any text, on screen, at ${width} px ${dir}`, async () => {
      if (dir === 'rtl') registerPseudoLocales();
      const restore = stubClipboard(async () => {});
      try {
        await atWidth(width, async () => {
          const wrapper = await fixture<HTMLDivElement>(
            html`<div lang=${dir === 'rtl' ? PSEUDO_RTL : 'en'} dir=${dir} style="padding: 16px">
              <tor-onion-footer></tor-onion-footer>
            </div>`,
          );
          const footer = wrapper.querySelector('tor-onion-footer')!;
          await settled(footer);
          const where = () =>
            ['.offer', '.directory', '[part~="copy"]', '[part~="footer"]'].map((selector) => {
              const box = footer.shadowRoot!.querySelector(selector)!.getBoundingClientRect();
              return [
                selector,
                Math.round(box.left),
                Math.round(box.top),
                Math.round(box.width),
                Math.round(box.height),
              ];
            });
          const before = where();
          part(footer, 'copy')!.click();
          await oneEvent(footer, 'tor-copy');
          await settled(footer);
          const status = part(footer, 'status')!;
          expect(status.textContent!.trim()).not.to.equal('');
          expect(status.getAttribute('role')).to.equal('status');
          expect(where()).to.deep.equal(before);
          const box = status.getBoundingClientRect();
          expect(box.height).to.be.greaterThan(0);
          expect(box.left).to.be.at.least(0);
          expect(box.right).to.be.at.most(document.documentElement.clientWidth);
        });
      } finally {
        restore();
      }
    });
  }

  it('is operable with the keyboard: Tab reaches the copy button, Enter copies', async () => {
    let written = '';
    const restore = stubClipboard(async (text) => {
      written = text;
    });
    try {
      const footer = await fixture<TorOnionFooter>(html`<tor-onion-footer no-links></tor-onion-footer>`);
      part(footer, 'address')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(footer.shadowRoot!.activeElement === part(footer, 'copy')).to.be.true;
      const event = oneEvent(footer, 'tor-copy');
      await sendKeys({ press: 'Enter' });
      await event;
      expect(written).to.equal(V3);
    } finally {
      restore();
    }
  });

  it('falls back to the older copy command when the Clipboard API refuses', async () => {
    const restoreClipboard = stubClipboard(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
    const restoreExec = stubExecCommand(true);
    try {
      const footer = await fixture<TorOnionFooter>(html`<tor-onion-footer></tor-onion-footer>`);
      const event = oneEvent(footer, 'tor-copy') as Promise<CustomEvent<TorCopyDetail>>;
      part(footer, 'copy')!.click();
      expect((await event).detail.copied).to.be.true;
      await settled(footer);
      expect(part(footer, 'status')!.textContent).to.equal('Onion address copied');
    } finally {
      restoreExec();
      restoreClipboard();
    }
  });

  // Each way copying can fail ends the same for the reader: told so, the address selected, tor-copy fired.
  const failures: [string, () => () => void][] = [
    [
      'when copying is impossible, says so and selects the address for the reader',
      () => combine(stubClipboard(undefined), stubExecCommand('throw')),
    ],
    [
      'when the Clipboard API never answers, gives up in time: says so, selects the address, fires tor-copy',
      () =>
        combine(
          stubClipboard(() => new Promise<void>(() => {})),
          stubExecCommand(false),
        ),
    ],
  ];
  for (const [name, stub] of failures) {
    it(name, async () => {
      const restore = stub();
      try {
        const footer = await fixture<TorOnionFooter>(html`<tor-onion-footer></tor-onion-footer>`);
        const event = oneEvent(footer, 'tor-copy') as Promise<CustomEvent<TorCopyDetail>>;
        part(footer, 'copy')!.click();
        expect((await event).detail).to.deep.equal({ address: V3, copied: false });
        await settled(footer);
        expect(part(footer, 'status')!.textContent).to.equal(
          'Could not copy. Select the address and copy it yourself.',
        );
        expect(String(getSelection())).to.equal(V3);
        await expect(footer).to.be.accessible();
      } finally {
        restore();
      }
    });
  }

  it('names the field an invalid address comes from: the address attribute, or serviceData.address', async () => {
    const errors = captureReports('error');
    try {
      const service = { siteName: 'example.org', address: V2, directoryHref: '/onions', aboutHref: '/about' };
      const footer = await fixture<TorOnionFooter>(
        html`<tor-onion-footer no-links service-data=${JSON.stringify(service)}></tor-onion-footer>`,
      );
      expect(errors.messages).to.have.length(1);
      expect(errors.messages[0]).to.match(
        /^tor-onion-footer: serviceData\.address: "expyuzz4wqqyqhjn\.onion" is a retired/,
      );
      footer.address = `${V2}x`;
      await settled(footer);
      expect(errors.messages[1]).to.match(/^tor-onion-footer: address: "expyuzz4wqqyqhjn\.onionx"/);
    } finally {
      errors.restore();
    }
  });

  it('hides the copy button with no-copy, and the links with no-links', async () => {
    const footer = await fixture<TorOnionFooter>(html`<tor-onion-footer no-copy no-links></tor-onion-footer>`);
    expect(isRendered(part(footer, 'copy'))).to.be.false;
    expect(isRendered(part(footer, 'links'))).to.be.false;
    expect(isRendered(part(footer, 'notice'))).to.be.false;
    expect(isRendered(part(footer, 'address'))).to.be.true;
  });

  it('draws the rule above the onion line only when links or a notice stand above it', async () => {
    const rule = (footer: TorOnionFooter) => getComputedStyle(part(footer, 'onion')!).borderBlockStartWidth;
    const footer = await fixture<TorOnionFooter>(html`<tor-onion-footer></tor-onion-footer>`);
    expect(rule(footer)).to.equal('1px');
    footer.noLinks = true;
    await settled(footer);
    expect(rule(footer)).to.equal('0px');
    const onion = part(footer, 'onion')!.getBoundingClientRect();
    const box = part(footer, 'footer')!.getBoundingClientRect();
    const padding = parseFloat(getComputedStyle(part(footer, 'footer')!).paddingBlockStart);
    expect(onion.top - box.top).to.be.at.most(padding + 4 + 1);
  });

  it('takes a partner’s trademark line as notice-data, in place of the content’s', async () => {
    const notice = [
      { type: 'text', text: '© Example. Our ' },
      { type: 'link', text: 'licence', href: '/licence' },
    ];
    const footer = await fixture<TorOnionFooter>(
      html`<tor-onion-footer notice-data=${JSON.stringify(notice)}></tor-onion-footer>`,
    );
    expect(part(footer, 'notice')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('© Example. Our licence');
    expect(part(footer, 'notice')!.querySelector('a')!.getAttribute('href')).to.equal('/licence');
    expect(shadowText(footer)).not.to.contain('Trademark');
  });

  it('uses partner link groups, leaves out an invalid link with its path, and never shows Tor’s links instead', async () => {
    const errors = captureReports('error');
    try {
      const linkGroups = [{ id: 'us', heading: 'About us', links: [{ text: 'Team', href: '/team/' }] }];
      const footer = await fixture<TorOnionFooter>(
        html`<tor-onion-footer .linkGroups=${linkGroups}></tor-onion-footer>`,
      );
      expect(parts(footer, 'group-heading').map((h) => h.textContent!.trim())).to.deep.equal(['About us']);
      footer.linkGroups = [
        { id: 'us', heading: 'About us', links: [{ text: 'x', href: 'javascript:alert(1)' }, ...linkGroups[0]!.links] },
      ];
      await settled(footer);
      expect(errors.messages).to.have.length(1);
      expect(errors.messages[0]).to.contain('tor-onion-footer: linkGroups is not valid content');
      expect(errors.messages[0]).to.contain('linkGroups[0].links[0].href');
      expect(parts(footer, 'group-heading').map((h) => h.textContent!.trim())).to.deep.equal(['About us']);
      expect([...part(footer, 'links')!.querySelectorAll('a')].map((a) => a.textContent)).to.deep.equal(['Team']);
      expect(footer.shadowRoot!.querySelector('a[href^="javascript"]') === null).to.be.true;
    } finally {
      errors.restore();
    }
  });

  it('reads a service from JSON in service-data', async () => {
    const service = {
      siteName: 'example.org',
      address: V3,
      directoryHref: 'https://example.org/onions',
      aboutHref: 'https://example.org/about-onions',
    };
    const footer = await fixture<TorOnionFooter>(
      html`<tor-onion-footer service-data=${JSON.stringify(service)}></tor-onion-footer>`,
    );
    expect(shadowText(footer)).to.contain('See example.org for all example.org onion addresses.');
  });

  it('takes the page’s own links and notice from slots', async () => {
    const footer = await fixture<TorOnionFooter>(html`
      <tor-onion-footer>
        <nav slot="links" aria-label="Our links"><a href="/a">A</a></nav>
        <p slot="notice">© Example</p>
      </tor-onion-footer>
    `);
    // The content's links stay in the slot as fallback, which the browser does not render.
    expect(isRendered(part(footer, 'links'))).to.be.false;
    expect(isRendered(part(footer, 'notice'))).to.be.false;
    const slotted = (name: string) =>
      footer
        .shadowRoot!.querySelector<HTMLSlotElement>(`slot[name="${name}"]`)!
        .assignedElements()
        .map((e) => e.localName);
    expect(slotted('links')).to.deep.equal(['nav']);
    expect(slotted('notice')).to.deep.equal(['p']);
    expect(isRendered(part(footer, 'address'))).to.be.true;
  });

  it('follows the page language, with registered strings', async () => {
    registerContent('de', {
      ui: { onionFooter: { copy: 'Kopieren', offer: 'Wir bieten einen {onionService} an: {address}' } },
    });
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><tor-onion-footer></tor-onion-footer></div>`);
    const footer = wrapper.querySelector('tor-onion-footer')!;
    wrapper.lang = 'de';
    await settled(footer);
    expect(part(footer, 'copy')!.textContent!.trim()).to.equal('Kopieren');
    expect(shadowText(footer)).to.contain('Wir bieten einen onion service an:');
  });

  it('keeps the address left to right in an RTL page, and wraps it on a phone-width screen', async () => {
    registerPseudoLocales();
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang=${PSEUDO_RTL} dir="rtl" style="inline-size: 320px"><tor-onion-footer></tor-onion-footer></div>`,
    );
    const footer = wrapper.querySelector('tor-onion-footer')!;
    await settled(footer);
    const address = part(footer, 'address')!;
    expect(getComputedStyle(address).direction).to.equal('ltr');
    expect(getComputedStyle(part(footer, 'onion')!).direction).to.equal('rtl');
    expect(footer.scrollWidth).to.be.at.most(320);
    expect(address.getClientRects().length).to.be.greaterThan(1);
    await expect(footer).to.be.accessible();
  });

  it('is accessible in the dark scheme', async () => {
    const footer = await fixture<TorOnionFooter>(
      html`<tor-onion-footer style="--tor-color-scheme: dark"></tor-onion-footer>`,
    );
    await expect(footer).to.be.accessible();
  });
});
