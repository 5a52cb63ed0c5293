import { expect, html } from '@open-wc/testing';
import '../../src/components/tip-box/tor-tip-box.js';
import type { TorTipBox } from '../../src/components/tip-box/tip-box.js';
import { tips } from '../../src/content/en/tips.js';
import { registerContent, resetContent } from '../../src/content/registry.js';
import { PSEUDO_RTL, pseudoContent, registerPseudoLocales } from '../../src/content/pseudo.js';
import { captureReports, fixture, languageOf, part, settled } from '../helpers.js';

/** The tip a reader sees (the box may hold other days' tips, hidden). */
const textOf = (element: Element) => part(element, 'text')!.innerText.replace(/\s+/g, ' ').trim();
const headingOf = (element: Element) => part(element, 'heading')!.textContent!.replace(/\s+/g, ' ').trim();

const DONATE = 'Tor is written for and supported by people like you. Donate today!';
const VOLUNTEER = 'Tor is built by volunteers and a small team. Volunteer your time and skills.';

/** The tip a box shows on `date` (a local calendar day). */
async function tipShownOn(date: Date): Promise<string> {
  const box = await fixture<TorTipBox>(html`<tor-tip-box .date=${date}></tor-tip-box>`);
  return textOf(box);
}

describe('<tor-tip-box>', () => {
  afterEach(() => resetContent());

  it('shows a tip by id under a "Tor Tip" heading, with its link, in a complementary landmark', async () => {
    const box = await fixture<TorTipBox>(html`<tor-tip-box tip="donate"></tor-tip-box>`);
    const heading = part(box, 'heading')!;
    expect(heading.localName).to.equal('h2');
    expect(headingOf(box)).to.equal('Tor Tip');
    expect(textOf(box)).to.equal(DONATE);
    const link = part(box, 'link') as HTMLAnchorElement;
    expect(link.textContent).to.equal('Donate today');
    expect(link.href).to.equal('https://www.torproject.org/donate/donate.html.en');
    const aside = part(box, 'box')!;
    expect(aside.localName).to.equal('aside');
    expect(box.shadowRoot!.getElementById(aside.getAttribute('aria-labelledby')!)).to.equal(heading);
    expect(part(box, 'icon')!.getAttribute('aria-hidden')).to.equal('true');
    await expect(box).to.be.accessible();
  });

  it('draws the lightbulb with CSS alone: a yellow glass and a base, no image, SVG or text', async () => {
    const box = await fixture<TorTipBox>(html`<tor-tip-box tip="donate"></tor-tip-box>`);
    const icon = part(box, 'icon')!;
    expect(icon.childNodes).to.have.length(0);
    const glass = getComputedStyle(icon, '::before');
    const base = getComputedStyle(icon, '::after');
    expect(glass.backgroundColor).to.equal('rgb(255, 191, 0)');
    expect(parseFloat(glass.borderTopWidth)).to.be.greaterThan(0);
    expect(base.content).to.not.equal('none');
    expect(icon.getBoundingClientRect().height).to.be.greaterThan(10);
  });

  it('shows the same tip all day, and each tip in turn on consecutive days', async () => {
    const morning = await tipShownOn(new Date(2025, 2, 14, 0, 5));
    const evening = await tipShownOn(new Date(2025, 2, 14, 23, 55));
    expect(evening).to.equal(morning);

    const week = [];
    for (let day = 14; day < 14 + tips.length * 2; day += 1) week.push(await tipShownOn(new Date(2025, 2, day, 12)));
    const firstRound = week.slice(0, tips.length);
    expect(new Set(firstRound).size).to.equal(tips.length);
    expect(week.slice(tips.length)).to.deep.equal(firstRound);
  });

  it('reads the day from the date attribute, as YYYY-MM-DD', async () => {
    // 2025-03-14 is day 20161 since 1970-01-01; 20161 % 3 = 1, the second tip.
    const box = await fixture<TorTipBox>(html`<tor-tip-box date="2025-03-14"></tor-tip-box>`);
    expect(textOf(box)).to.equal(VOLUNTEER);
    box.setAttribute('date', '2025-03-16');
    await settled(box);
    expect(textOf(box)).to.equal(DONATE);
    await expect(box).to.be.accessible();
  });

  it('says how to write a date it cannot read, and shows today’s tip', async () => {
    const errors = captureReports('error');
    try {
      const box = await fixture<TorTipBox>(html`<tor-tip-box date="14/03/2025"></tor-tip-box>`);
      box.requestUpdate();
      await settled(box);
      expect(errors.messages).to.have.length(1);
      expect(errors.messages[0]).to.contain(
        'tor-tip-box: date "14/03/2025" is not a calendar day; write it as YYYY-MM-DD',
      );
      expect(textOf(box)).to.equal(await tipShownOn(new Date()));
    } finally {
      errors.restore();
    }
  });

  it('names the known tips once when given an unknown id, and shows nothing (not another tip)', async () => {
    const errors = captureReports('error');
    try {
      const box = await fixture<TorTipBox>(html`<tor-tip-box tip="astronauts" date="2025-03-14"></tor-tip-box>`);
      box.requestUpdate();
      await settled(box);
      expect(errors.messages).to.have.length(1);
      expect(errors.messages[0]).to.contain(
        'tor-tip-box: there is no tip "astronauts"; use one of donate, volunteer, translate',
      );
      expect(box.getBoundingClientRect().height).to.equal(0);
      await expect(box).to.be.accessible();
    } finally {
      errors.restore();
    }
  });

  it('shows a partner tip given as a property, in the page’s language', async () => {
    const tipData = {
      id: 'relay',
      segments: [
        { type: 'text' as const, text: 'Kör ett ' },
        { type: 'link' as const, text: 'Tor-relä', href: 'https://community.torproject.org/relay/' },
      ],
    };
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="sv"><tor-tip-box tip="donate" .tipData=${tipData}></tor-tip-box></div>`,
    );
    const box = wrapper.querySelector('tor-tip-box')!;
    await settled(box);
    expect(textOf(box)).to.equal('Kör ett Tor-relä');
    expect((part(box, 'link') as HTMLAnchorElement).href).to.equal('https://community.torproject.org/relay/');
    expect(languageOf(part(box, 'text')!.querySelector('p')!)).to.equal('sv');
    await expect(box).to.be.accessible();
  });

  it('reads a partner tip from JSON in the tip-data attribute', async () => {
    const json = JSON.stringify({ id: 'x', segments: [{ type: 'text', text: 'Use bridges where Tor is blocked.' }] });
    const box = await fixture<TorTipBox>(html`<tor-tip-box tip-data=${json}></tor-tip-box>`);
    expect(textOf(box)).to.equal('Use bridges where Tor is blocked.');
  });

  it('keeps the words of a refused partner link with one console error naming the path, and never shows Tor’s tip instead', async () => {
    const errors = captureReports('error');
    try {
      const tipData = { id: 'bad', segments: [{ type: 'link', text: 'Click', href: 'javascript:alert(1)' }] };
      const box = await fixture<TorTipBox>(html`<tor-tip-box tip="donate" .tipData=${tipData}></tor-tip-box>`);
      box.requestUpdate();
      await settled(box);
      expect(errors.messages).to.have.length(1);
      expect(errors.messages[0]).to.contain('tor-tip-box: tipData is not valid content');
      expect(errors.messages[0]).to.contain('tipData.segments[0].href: "javascript:alert(1)" is not an allowed URL');
      expect(textOf(box)).to.equal('Click');
      expect(box.shadowRoot!.querySelector('a')).to.equal(null);
      await expect(box).to.be.accessible();
    } finally {
      errors.restore();
    }
  });

  it('shows the page’s own tip and heading from the light DOM instead of the content’s', async () => {
    const box = await fixture<TorTipBox>(html`
      <tor-tip-box tip="donate">
        <span slot="heading">Did you know?</span>
        <p>Onion services keep <a href="/onion">your site</a> reachable.</p>
      </tor-tip-box>
    `);
    expect(part(box, 'text')!.querySelector('p')).to.equal(null);
    const slots = [...box.shadowRoot!.querySelectorAll('slot')];
    const assigned = (name: string) =>
      slots
        .find((slot) => slot.name === name)!
        .assignedElements()
        .map((element) => element.textContent!.trim());
    expect(assigned('heading')).to.deep.equal(['Did you know?']);
    expect(assigned('')).to.deep.equal(['Onion services keep your site reachable.']);
    const aside = part(box, 'box')!;
    expect(aside.getAttribute('aria-labelledby')).to.equal(part(box, 'heading')!.id);
    await expect(box).to.be.accessible();
  });

  it('shows the content’s tip when the light DOM is only whitespace', async () => {
    const box = await fixture<TorTipBox>(html`<tor-tip-box tip="donate"> </tor-tip-box>`);
    expect(textOf(box)).to.equal(DONATE);
  });

  it('sets the heading level from heading-level (0: no heading), and clamps nonsense', async () => {
    const box = await fixture<TorTipBox>(html`<tor-tip-box tip="donate" heading-level="4"></tor-tip-box>`);
    expect(part(box, 'heading')!.localName).to.equal('h4');
    box.headingLevel = 0;
    await settled(box);
    expect(part(box, 'heading')!.localName).to.equal('p');
    expect(part(box, 'box')!.getAttribute('aria-labelledby')).to.equal(part(box, 'heading')!.id);
    box.headingLevel = -1;
    await settled(box);
    expect(part(box, 'heading')!.localName).to.equal('h2');
  });

  it('follows the page language, including registered translations, and re-renders when it changes', async () => {
    registerContent('de', {
      tips: [{ id: 'donate', segments: [{ type: 'text', text: 'Tor lebt von Menschen wie dir.' }] }],
      ui: { tipBox: { heading: 'Tor-Tipp' } },
    });
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><tor-tip-box tip="donate"></tor-tip-box></div>`);
    const box = wrapper.querySelector('tor-tip-box')!;
    expect(headingOf(box)).to.equal('Tor Tip');
    wrapper.setAttribute('lang', 'de');
    await settled(box);
    expect(headingOf(box)).to.equal('Tor-Tipp');
    expect(textOf(box)).to.equal('Tor lebt von Menschen wie dir.');
    expect(part(box, 'base')!.getAttribute('lang')).to.equal('de');
    await expect(box).to.be.accessible();
  });

  it('puts the lightbulb at the inline start: left in LTR, right in RTL', async () => {
    registerPseudoLocales();
    const wrapper = await fixture<HTMLDivElement>(html`
      <div style="inline-size: 30rem">
        <tor-tip-box tip="donate"></tor-tip-box>
        <div lang=${PSEUDO_RTL} dir="rtl"><tor-tip-box tip="donate"></tor-tip-box></div>
      </div>
    `);
    const [ltr, rtl] = [...wrapper.querySelectorAll('tor-tip-box')] as [TorTipBox, TorTipBox];
    await settled(rtl);
    const geometry = (box: TorTipBox) => ({
      heading: part(box, 'heading')!.getBoundingClientRect(),
      icon: part(box, 'icon')!.getBoundingClientRect(),
      title: box.shadowRoot!.querySelector('.title')!.getBoundingClientRect(),
    });

    const left = geometry(ltr);
    expect(Math.abs(left.icon.left - left.heading.left)).to.be.lessThan(1);
    expect(left.icon.right).to.be.at.most(left.title.left);

    expect(part(rtl, 'base')!.getAttribute('dir')).to.equal('rtl');
    expect(headingOf(rtl)).to.equal(pseudoContent(PSEUDO_RTL).ui.tipBox.heading);
    const right = geometry(rtl);
    expect(Math.abs(right.icon.right - right.heading.right)).to.be.lessThan(1);
    expect(right.icon.left).to.be.at.least(right.title.right);
    await expect(rtl).to.be.accessible();
  });

  it('is accessible in the dark scheme, with the bulb’s outline light against the dark box', async () => {
    const box = await fixture<TorTipBox>(
      html`<tor-tip-box style="--tor-color-scheme: dark" tip="volunteer"></tor-tip-box>`,
    );
    const background = getComputedStyle(part(box, 'box')!).backgroundColor;
    expect(background).to.not.equal('rgb(248, 249, 250)');
    const outline = getComputedStyle(part(box, 'icon')!, '::before').borderTopColor;
    expect(outline).to.equal(getComputedStyle(part(box, 'text')!).color);
    expect(outline).to.not.equal('rgb(51, 58, 65)');
    await expect(box).to.be.accessible();
  });
});
