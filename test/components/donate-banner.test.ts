import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/donate-banner/tor-donate-banner.js';
import type { TorDismissDetail, TorDonateBanner } from '../../src/components/donate-banner/donate-banner.js';
import { registerContent, resetContent } from '../../src/content/registry.js';
import { PSEUDO_RTL, registerPseudoLocales } from '../../src/content/pseudo.js';
import type { DonateCampaign } from '../../src/content/types.js';
import { atWidth, captureReports, fixture, part, settled, shadowText, textOf as text } from '../helpers.js';

const DEFAULT_HEADLINE = 'Tor is written for and supported by people like you';
const DEFAULT_HREF = 'https://www.torproject.org/donate/donate.html.en';

/** A reader sees the banner: it has a size and its box is rendered. */
/** What has focus, as words: `tor-donate-banner › cta`, `tor-donate-banner`, `#after` (elements make poor failure messages). */
function focused(): string {
  const outer = document.activeElement;
  const inner = outer?.shadowRoot?.activeElement;
  if (inner) return `${outer!.localName} › ${inner.getAttribute('part')}`;
  return outer?.id ? `#${outer.id}` : (outer?.localName ?? 'nothing');
}

const isShown = (banner: TorDonateBanner) =>
  banner.getBoundingClientRect().height > 0 && part(banner, 'banner')!.checkVisibility();

const yearEnd = (): DonateCampaign => ({
  id: 'year-end',
  headline: 'Every gift is matched in December',
  text: [
    { type: 'text', text: 'Give today and your gift counts twice. ' },
    { type: 'link', text: 'About the match', href: '/match' },
  ],
  callToAction: { text: 'Donate now', href: 'https://donate.torproject.org/' },
  match: { amount: 50000, currency: 'USD' },
  goal: { amount: 150000, currency: 'USD' },
});

const dated = (start?: string, end?: string): DonateCampaign => ({ ...yearEnd(), start, end });

describe('<tor-donate-banner>', () => {
  afterEach(() => {
    resetContent();
    sessionStorage.clear();
    localStorage.clear();
  });

  it('shows the first registered campaign by default: headline, text and the exact donate link', async () => {
    const banner = await fixture<TorDonateBanner>(html`<tor-donate-banner></tor-donate-banner>`);
    const aside = part(banner, 'banner')!;
    expect(aside.localName).to.equal('aside');
    expect(aside.getAttribute('aria-label')).to.equal('Donate to Tor');
    const headline = part(banner, 'headline')!;
    expect(headline.localName).to.equal('h2');
    expect(text(headline)).to.equal(DEFAULT_HEADLINE);
    expect(text(part(banner, 'text'))).to.equal(
      'Your donation keeps Tor free for journalists, activists and everyone who needs privacy online.',
    );
    const cta = part(banner, 'cta') as HTMLAnchorElement;
    expect(text(cta)).to.equal('Donate today');
    expect(cta.getAttribute('href')).to.equal(DEFAULT_HREF);
    expect(banner.shadowRoot!.querySelectorAll('[part~="match"], [part~="goal"]').length).to.equal(0);
    expect(isShown(banner)).to.be.true;
    await expect(banner).to.be.accessible();
  });

  it('names its dismiss button after the headline, with “Dismiss” as its visible text', async () => {
    const banner = await fixture<TorDonateBanner>(html`<tor-donate-banner></tor-donate-banner>`);
    const button = part(banner, 'dismiss')!;
    expect(button.localName).to.equal('button');
    expect(button.getAttribute('type')).to.equal('button');
    expect(text(button)).to.equal('Dismiss');
    expect(button.getAttribute('aria-label')).to.equal(`Dismiss “${DEFAULT_HEADLINE}”`);
  });

  it('sets the headline level from heading-level', async () => {
    const banner = await fixture<TorDonateBanner>(html`<tor-donate-banner heading-level="3"></tor-donate-banner>`);
    expect(part(banner, 'headline')!.localName).to.equal('h3');
  });

  it('is no heading with heading-level="0", for a banner above the page’s h1; still a named landmark', async () => {
    const banner = await fixture<TorDonateBanner>(html`<tor-donate-banner heading-level="0"></tor-donate-banner>`);
    const headline = part(banner, 'headline')!;
    expect(headline.localName).to.equal('p');
    expect(text(headline)).to.equal(DEFAULT_HEADLINE);
    expect(banner.shadowRoot!.querySelector('h1, h2, h3, h4, h5, h6, [role="heading"]')).to.equal(null);
    expect(part(banner, 'banner')!.getAttribute('aria-label')).to.equal('Donate to Tor');
    expect(getComputedStyle(headline).fontWeight).to.equal('700');
    await expect(banner).to.be.accessible();
  });

  it('reads headline, text, call to action, then dismiss: Tab reaches Donate before Dismiss', async () => {
    const banner = await fixture<TorDonateBanner>(html`<tor-donate-banner></tor-donate-banner>`);
    const focusable = [...banner.shadowRoot!.querySelectorAll<HTMLElement>('a, button, summary')].filter((element) =>
      element.checkVisibility(),
    );
    expect(focusable.map((element) => element.getAttribute('part'))).to.deep.equal(['cta', 'dismiss']);
  });

  for (const width of [1280, 375]) {
    it(`fills its width with words and the call to action at ${width} px, and nothing overflows`, async () => {
      await atWidth(width, async () => {
        const banner = await fixture<TorDonateBanner>(
          html`<tor-donate-banner style="--tor-donate-banner-content-width: 72rem"></tor-donate-banner>`,
        );
        const box = part(banner, 'banner')!;
        const style = getComputedStyle(box);
        const inner = box.getBoundingClientRect();
        const start = inner.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft);
        const end = inner.right - parseFloat(style.paddingRight);
        const reach = Math.max(
          ...['headline', 'text', 'cta'].map((name) => part(banner, name)!.getBoundingClientRect().right),
        );
        expect((reach - start) / (end - start)).to.be.at.least(0.75);
        expect(banner.scrollWidth).to.be.at.most(banner.clientWidth);
      });
    });
  }

  it('says which campaign ids exist when given an unknown one, once, and shows nothing', async () => {
    const errors = captureReports('error');
    try {
      const banner = await fixture<TorDonateBanner>(html`<tor-donate-banner campaign="moon-base"></tor-donate-banner>`);
      banner.requestUpdate();
      await settled(banner);
      expect(errors.messages).to.have.length(1);
      expect(errors.messages[0]).to.contain(
        'tor-donate-banner: there is no campaign "moon-base"; use one of "support-tor"',
      );
      expect(isShown(banner)).to.be.false;
      expect(banner.getBoundingClientRect().height).to.equal(0);
      expect(banner.shadowRoot!.querySelectorAll('a').length).to.equal(0);
      await expect(banner).to.be.accessible();
    } finally {
      errors.restore();
    }
  });

  it('shows partner content given as a property, with its match and goal texts', async () => {
    const banner = await fixture<TorDonateBanner>(
      html`<tor-donate-banner .campaignData=${yearEnd()}></tor-donate-banner>`,
    );
    expect(text(part(banner, 'headline'))).to.equal('Every gift is matched in December');
    expect(text(part(banner, 'match'))).to.equal('Every gift is matched, up to $50,000.');
    expect(text(part(banner, 'goal'))).to.equal('Our goal: $150,000.');
    expect(part(banner, 'cta')!.getAttribute('href')).to.equal('https://donate.torproject.org/');
    expect(part(banner, 'link')!.getAttribute('href')).to.equal('/match');
    await expect(banner).to.be.accessible();
  });

  it('says until when gifts are matched, and counts the last days down with the right plural', async () => {
    const campaign = dated('2025-12-01', '2025-12-31');
    const banner = await fixture<TorDonateBanner>(
      html`<tor-donate-banner .campaignData=${campaign} .now=${new Date(2025, 11, 10)}></tor-donate-banner>`,
    );
    expect(text(part(banner, 'match'))).to.equal('Every gift is matched, up to $50,000, until December 31.');
    expect(part(banner, 'days-left')).to.equal(null);
    banner.now = new Date(2025, 11, 29);
    await settled(banner);
    expect(text(part(banner, 'days-left'))).to.equal('3 days left');
    banner.now = new Date(2025, 11, 31);
    await settled(banner);
    expect(text(part(banner, 'days-left'))).to.equal('1 day left');
  });

  it('formats amounts, days and counts by the locale’s own rules: Persian digits and calendar in fa', async () => {
    registerContent('fa', {
      ui: {
        donateBanner: {
          matchUntil: 'هر هدیه تا سقف {amount} تا {date} دو برابر می‌شود.',
          daysLeft: { one: '{count} روز مانده', other: '{count} روز مانده' },
        },
      },
    });
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="fa" dir="rtl">
        <tor-donate-banner
          .campaignData=${dated('2025-12-01', '2025-12-31')}
          .now=${new Date(2025, 11, 29)}
        ></tor-donate-banner>
      </div>`,
    );
    const banner = wrapper.querySelector('tor-donate-banner')!;
    await settled(banner);
    const match = text(part(banner, 'match'));
    const persianDay = new Intl.DateTimeFormat('fa', { day: 'numeric', month: 'long' }).format(new Date(2025, 11, 31));
    expect(persianDay).to.match(/[۰-۹]/).and.to.contain('دی');
    expect(match).to.contain(persianDay);
    expect(match).to.contain('۵۰٬۰۰۰');
    expect(match).not.to.match(/[0-9]/);
    expect(text(part(banner, 'days-left'))).to.equal('۳ روز مانده');
  });

  it('reads partner content from JSON in the campaign-data attribute', async () => {
    const banner = await fixture<TorDonateBanner>(
      html`<tor-donate-banner campaign-data=${JSON.stringify(yearEnd())}></tor-donate-banner>`,
    );
    expect(text(part(banner, 'headline'))).to.equal('Every gift is matched in December');
    expect(shadowText(banner)).to.contain('Give today and your gift counts twice.');
  });

  it('refuses a partner campaign whose call to action is unsafe: one console error naming the path, and no banner (never Tor’s)', async () => {
    const errors = captureReports('error');
    const warnings = captureReports('warn');
    try {
      const campaignData = { ...yearEnd(), callToAction: { text: 'Donate', href: 'javascript:alert(1)' } };
      const banner = await fixture<TorDonateBanner>(
        html`<tor-donate-banner .campaignData=${campaignData}></tor-donate-banner>`,
      );
      banner.requestUpdate();
      await settled(banner);
      expect(errors.messages).to.have.length(1);
      expect(errors.messages[0]).to.contain('tor-donate-banner: campaignData is not valid content');
      expect(errors.messages[0]).to.contain(
        'campaignData.callToAction.href: "javascript:alert(1)" is not an allowed URL',
      );
      expect(errors.messages[0]).to.contain('none of it can be shown, and nothing is shown in its place');
      expect(banner.getBoundingClientRect().height).to.equal(0);
      expect(shadowText(banner)).not.to.contain(DEFAULT_HEADLINE);
      expect(banner.shadowRoot!.querySelectorAll('a[href^="javascript"]').length).to.equal(0);
    } finally {
      errors.restore();
      warnings.restore();
    }
  });

  describe('shows only within its dates, by the reader’s calendar day', () => {
    const cases: [string, DonateCampaign, Date, boolean][] = [
      ['the evening before it starts', dated('2025-12-01', '2025-12-31'), new Date(2025, 10, 30, 23, 59), false],
      ['on its first day, just after midnight', dated('2025-12-01', '2025-12-31'), new Date(2025, 11, 1, 0, 1), true],
      ['on its last day, late in the evening', dated('2025-12-01', '2025-12-31'), new Date(2025, 11, 31, 23, 59), true],
      ['the day after it ends', dated('2025-12-01', '2025-12-31'), new Date(2026, 0, 1, 0, 1), false],
      ['before the start when only a start is given', dated('2025-12-01'), new Date(2025, 10, 30, 12), false],
      ['long after the start when only a start is given', dated('2025-12-01'), new Date(2030, 5, 1, 12), true],
      ['long before the end when only an end is given', dated(undefined, '2025-12-31'), new Date(2020, 0, 1, 12), true],
      ['after the end when only an end is given', dated(undefined, '2025-12-31'), new Date(2026, 0, 1, 0, 1), false],
    ];
    // In UTC, local and UTC days agree; run with e.g. TZ=Pacific/Kiritimati or TZ=America/Los_Angeles to see the difference.
    for (const [when, campaign, now, expected] of cases) {
      it(`${expected ? 'shows' : 'hides'} ${when}`, async () => {
        const banner = await fixture<TorDonateBanner>(
          html`<tor-donate-banner .campaignData=${campaign} .now=${now}></tor-donate-banner>`,
        );
        expect(isShown(banner)).to.equal(expected);
        if (!expected) expect(banner.getBoundingClientRect().height).to.equal(0);
        await expect(banner).to.be.accessible();
      });
    }

    it('follows a change of now', async () => {
      const banner = await fixture<TorDonateBanner>(
        html`<tor-donate-banner .campaignData=${dated('2025-12-01', '2025-12-31')} .now=${new Date(2025, 11, 24, 12)}>
        </tor-donate-banner>`,
      );
      expect(isShown(banner)).to.be.true;
      banner.now = new Date(2026, 1, 1, 12);
      await settled(banner);
      expect(isShown(banner)).to.be.false;
    });
  });

  it('hides when the dismiss button is clicked, firing tor-dismiss with the campaign', async () => {
    const banner = await fixture<TorDonateBanner>(html`<tor-donate-banner></tor-donate-banner>`);
    const fired = oneEvent(banner, 'tor-dismiss');
    part(banner, 'dismiss')!.click();
    const event = (await fired) as CustomEvent<TorDismissDetail>;
    expect(event.detail).to.deep.equal({ campaign: 'support-tor' });
    expect(event.bubbles && event.composed && event.cancelable).to.be.true;
    await settled(banner);
    expect(isShown(banner)).to.be.false;
    expect(banner.getBoundingClientRect().height).to.equal(0);
    await expect(banner).to.be.accessible();
  });

  it('is reached by Tab in reading order: the call to action, then the dismiss button', async () => {
    const page = await fixture<HTMLDivElement>(html`
      <div>
        <button id="before">Before</button>
        <tor-donate-banner></tor-donate-banner>
      </div>
    `);
    const banner = page.querySelector('tor-donate-banner')!;
    await settled(banner);
    page.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal('tor-donate-banner › cta');
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal('tor-donate-banner › dismiss');
  });

  for (const [name, key] of [
    ['Enter', 'Enter'],
    ['Space', ' '],
  ]) {
    it(`dismisses with ${name} on the button, and keeps focus where the banner was`, async () => {
      const page = await fixture<HTMLDivElement>(html`
        <div>
          <tor-donate-banner></tor-donate-banner>
          <button id="after">After</button>
        </div>
      `);
      const banner = page.querySelector('tor-donate-banner')!;
      await settled(banner);
      let dismissed = 0;
      banner.addEventListener('tor-dismiss', () => dismissed++);
      part(banner, 'dismiss')!.focus();
      await sendKeys({ press: key });
      await settled(banner);
      expect(dismissed).to.equal(1);
      expect(isShown(banner)).to.be.false;
      expect(focused()).to.equal('tor-donate-banner');
      await sendKeys({ press: 'Tab' });
      expect(focused()).to.equal('#after');
      expect(banner.hasAttribute('tabindex')).to.be.false;
    });
  }

  it('leaves focus where a tor-dismiss listener moved it', async () => {
    const page = await fixture<HTMLDivElement>(html`
      <div>
        <h1 id="main" tabindex="-1">Main heading</h1>
        <tor-donate-banner></tor-donate-banner>
      </div>
    `);
    const banner = page.querySelector('tor-donate-banner')!;
    const main = page.querySelector('h1')!;
    await settled(banner);
    banner.addEventListener('tor-dismiss', () => main.focus());
    part(banner, 'dismiss')!.focus();
    await sendKeys({ press: 'Enter' });
    await settled(banner);
    expect(isShown(banner)).to.be.false;
    expect(focused()).to.equal('#main');
    expect(banner.hasAttribute('tabindex')).to.be.false;
  });

  it('stays shown and remembers nothing when a listener cancels tor-dismiss', async () => {
    const banner = await fixture<TorDonateBanner>(html`<tor-donate-banner></tor-donate-banner>`);
    banner.addEventListener('tor-dismiss', (event) => event.preventDefault());
    part(banner, 'dismiss')!.click();
    await settled(banner);
    expect(isShown(banner)).to.be.true;
    const again = await fixture<TorDonateBanner>(html`<tor-donate-banner></tor-donate-banner>`);
    expect(isShown(again)).to.be.true;
    expect(sessionStorage.length).to.equal(0);
    await expect(banner).to.be.accessible();
  });

  it('remembers a dismissal for the session by default: a new banner for that campaign stays hidden', async () => {
    const first = await fixture<TorDonateBanner>(html`<tor-donate-banner></tor-donate-banner>`);
    part(first, 'dismiss')!.click();
    first.remove();
    const reloaded = await fixture<TorDonateBanner>(html`<tor-donate-banner></tor-donate-banner>`);
    expect(isShown(reloaded)).to.be.false;
    expect(sessionStorage.getItem('tor-elements:dismissed:support-tor')).to.equal('1');
    expect(localStorage.length).to.equal(0);
    // A new session forgets it.
    sessionStorage.clear();
    const nextSession = await fixture<TorDonateBanner>(html`<tor-donate-banner></tor-donate-banner>`);
    expect(isShown(nextSession)).to.be.true;
  });

  it('does not hide another campaign after one is dismissed', async () => {
    const first = await fixture<TorDonateBanner>(html`<tor-donate-banner></tor-donate-banner>`);
    part(first, 'dismiss')!.click();
    const other = await fixture<TorDonateBanner>(
      html`<tor-donate-banner .campaignData=${yearEnd()}></tor-donate-banner>`,
    );
    expect(isShown(other)).to.be.true;
    expect(text(part(other, 'headline'))).to.equal('Every gift is matched in December');
  });

  it('remembers across sessions with remember="local"', async () => {
    const first = await fixture<TorDonateBanner>(html`<tor-donate-banner remember="local"></tor-donate-banner>`);
    part(first, 'dismiss')!.click();
    sessionStorage.clear();
    const later = await fixture<TorDonateBanner>(html`<tor-donate-banner remember="local"></tor-donate-banner>`);
    expect(isShown(later)).to.be.false;
  });

  it('remembers nothing with remember="none": a new banner shows again', async () => {
    const first = await fixture<TorDonateBanner>(html`<tor-donate-banner remember="none"></tor-donate-banner>`);
    part(first, 'dismiss')!.click();
    await settled(first);
    expect(isShown(first)).to.be.false;
    const reloaded = await fixture<TorDonateBanner>(html`<tor-donate-banner remember="none"></tor-donate-banner>`);
    expect(isShown(reloaded)).to.be.true;
    expect(sessionStorage.length + localStorage.length).to.equal(0);
  });

  it('still shows and dismisses when storage throws on every read and write', async () => {
    const { getItem, setItem } = Storage.prototype;
    const uncaught: unknown[] = [];
    const onError = (event: ErrorEvent) => uncaught.push(event.error);
    window.addEventListener('error', onError);
    Storage.prototype.getItem = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    Storage.prototype.setItem = () => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    };
    try {
      for (const remember of ['session', 'local']) {
        const banner = await fixture<TorDonateBanner>(
          html`<tor-donate-banner remember=${remember}></tor-donate-banner>`,
        );
        expect(isShown(banner)).to.be.true;
        part(banner, 'dismiss')!.click();
        await settled(banner);
        expect(isShown(banner)).to.be.false;
      }
      expect(uncaught).to.deep.equal([]);
    } finally {
      Storage.prototype.getItem = getItem;
      Storage.prototype.setItem = setItem;
      window.removeEventListener('error', onError);
    }
  });

  it('lets the page write the headline and text in slots, and names the button after that headline', async () => {
    const banner = await fixture<TorDonateBanner>(html`
      <tor-donate-banner>
        <span slot="headline">Keep Tor strong</span>
        <p>Written by the page.</p>
      </tor-donate-banner>
    `);
    await settled(banner);
    const slots = [...banner.shadowRoot!.querySelectorAll('slot')];
    const assigned = (name: string) =>
      slots
        .find((slot) => slot.name === name)!
        .assignedElements()
        .map((el) => text(el));
    expect(assigned('headline')).to.deep.equal(['Keep Tor strong']);
    expect(assigned('')).to.deep.equal(['Written by the page.']);
    expect(shadowText(banner)).to.not.contain('Your donation keeps Tor free');
    expect(part(banner, 'dismiss')!.getAttribute('aria-label')).to.equal('Dismiss “Keep Tor strong”');
    expect(part(banner, 'cta')!.getAttribute('href')).to.equal(DEFAULT_HREF);
    await expect(banner).to.be.accessible();
  });

  it('lays out right to left in an RTL locale, with the dismiss button on the left', async () => {
    registerPseudoLocales();
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang=${PSEUDO_RTL} dir="rtl" style="inline-size: 40rem">
        <tor-donate-banner></tor-donate-banner>
      </div>`,
    );
    const banner = wrapper.querySelector('tor-donate-banner')!;
    await settled(banner);
    expect(part(banner, 'base')!.getAttribute('dir')).to.equal('rtl');
    const box = part(banner, 'banner')!.getBoundingClientRect();
    const dismiss = part(banner, 'dismiss')!.getBoundingClientRect();
    const headline = part(banner, 'headline')!.getBoundingClientRect();
    expect(dismiss.left - box.left).to.be.lessThan(40);
    expect(dismiss.right).to.be.at.most(headline.left);
    expect(box.right - headline.right).to.be.lessThan(40);
    await expect(banner).to.be.accessible();
  });

  it('fits a 320px-wide screen, with the dismiss button on the right in a left-to-right page', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="inline-size: 320px"><tor-donate-banner .campaignData=${yearEnd()}></tor-donate-banner></div>`,
    );
    const banner = wrapper.querySelector('tor-donate-banner')!;
    await settled(banner);
    const aside = part(banner, 'banner')!;
    expect(aside.scrollWidth).to.be.at.most(aside.clientWidth);
    const box = aside.getBoundingClientRect();
    const dismiss = part(banner, 'dismiss')!.getBoundingClientRect();
    const cta = part(banner, 'cta')!.getBoundingClientRect();
    expect(box.right - dismiss.right).to.be.lessThan(40);
    expect(dismiss.left).to.be.at.least(part(banner, 'headline')!.getBoundingClientRect().right);
    expect(cta.right).to.be.at.most(box.right);
    await expect(banner).to.be.accessible();
  });

  it('is accessible in the dark scheme as well', async () => {
    const light = await fixture<TorDonateBanner>(
      html`<tor-donate-banner .campaignData=${yearEnd()} style="--tor-color-scheme: light"></tor-donate-banner>`,
    );
    const dark = await fixture<TorDonateBanner>(
      html`<tor-donate-banner .campaignData=${yearEnd()} style="--tor-color-scheme: dark"></tor-donate-banner>`,
    );
    const background = (banner: TorDonateBanner) => getComputedStyle(part(banner, 'banner')!).backgroundColor;
    expect(background(dark)).to.not.equal(background(light));
    await expect(dark).to.be.accessible();
  });

  it('follows the language of an ancestor, including registered translations', async () => {
    registerContent('de', {
      campaigns: [{ id: 'support-tor', headline: 'Tor lebt von Menschen wie dir' }],
      ui: { donateBanner: { label: 'An Tor spenden', dismiss: 'Ausblenden', dismissLabel: '„{headline}“ ausblenden' } },
    });
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="de">
        <section><tor-donate-banner></tor-donate-banner></section>
      </div>`,
    );
    const banner = wrapper.querySelector('tor-donate-banner')!;
    await settled(banner);
    expect(text(part(banner, 'headline'))).to.equal('Tor lebt von Menschen wie dir');
    expect(part(banner, 'banner')!.getAttribute('aria-label')).to.equal('An Tor spenden');
    const button = part(banner, 'dismiss')!;
    expect(text(button)).to.equal('Ausblenden');
    expect(button.getAttribute('aria-label')).to.equal('„Tor lebt von Menschen wie dir“ ausblenden');
    expect(part(banner, 'base')!.getAttribute('lang')).to.equal('de');
    await expect(banner).to.be.accessible();
  });
});
