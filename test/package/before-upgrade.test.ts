// dist/before-upgrade.css: light DOM a partner writes reads as a page before the elements upgrade.
// This page never defines the elements, as with JavaScript off and no prerendering.
import { expect, fixture, html } from '@open-wc/testing';

describe('before-upgrade.css', () => {
  before(async () => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = '/dist/before-upgrade.css';
    const loaded = new Promise((resolve, reject) => {
      link.onload = resolve;
      link.onerror = reject;
    });
    document.head.append(link);
    await loaded;
  });

  it('shows a card’s slotted heading as a bold line above its items, and keeps an image inside the page', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`
      <div style="inline-size: 300px">
        <tor-user-group-card>
          <span slot="heading">Our newsroom uses Tor</span>
          <img slot="media" alt="" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" style="inline-size: 900px" />
          <ul>
            <li>We accept tips over SecureDrop.</li>
          </ul>
        </tor-user-group-card>
      </div>
    `);
    const card = wrapper.querySelector('tor-user-group-card')!;
    expect(customElements.get('tor-user-group-card')).to.equal(undefined);
    expect(getComputedStyle(card).display).to.equal('block');
    const heading = card.querySelector('[slot="heading"]')!;
    expect(getComputedStyle(heading).display).to.equal('block');
    expect(Number(getComputedStyle(heading).fontWeight)).to.be.at.least(700);
    expect(heading.getBoundingClientRect().bottom).to.be.at.most(
      card.querySelector('ul')!.getBoundingClientRect().top + 1,
    );
    expect(card.querySelector('img')!.getBoundingClientRect().width).to.be.at.most(300);
  });

  it('shows the banner’s and the tip’s slotted headings as bold lines', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`
      <div>
        <tor-donate-banner
          ><span slot="headline">Keep Tor strong</span>
          <p>Give today.</p></tor-donate-banner
        >
        <tor-tip-box
          ><span slot="heading">Tip</span>
          <p>Run a relay.</p></tor-tip-box
        >
      </div>
    `);
    for (const slotted of wrapper.querySelectorAll('[slot]')) {
      expect(getComputedStyle(slotted).display, slotted.textContent!).to.equal('block');
      expect(Number(getComputedStyle(slotted).fontWeight)).to.be.at.least(700);
    }
  });
});
