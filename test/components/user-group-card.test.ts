import { expect, html } from '@open-wc/testing';
import '../../src/components/user-group-card/tor-user-group-card.js';
import type { TorUserGroupCard } from '../../src/components/user-group-card/user-group-card.js';
import { registerContent, resetContent } from '../../src/content/registry.js';
import { en } from '../../src/content/en/index.js';
import { PSEUDO_RTL, registerPseudoLocales } from '../../src/content/pseudo.js';
import {
  atWidth,
  captureReports,
  fixture,
  languageOf,
  part,
  parts,
  settled,
  shadowText,
  wordsLanguage,
} from '../helpers.js';

describe('<tor-user-group-card>', () => {
  afterEach(() => resetContent());

  it('shows a group by id: heading linking to its anchor, and every item', async () => {
    const card = await fixture<TorUserGroupCard>(html`<tor-user-group-card group="activists"></tor-user-group-card>`);
    const heading = part(card, 'heading')!;
    expect(heading.localName).to.equal('h2');
    expect(heading.textContent!.trim()).to.equal('Activists & Whistleblowers use Tor');
    expect(part(card, 'permalink')!.getAttribute('href')).to.equal('#activists');
    expect(parts(card, 'item')).to.have.length(10);
    expect(card.id).to.equal('activists');
    await expect(card).to.be.accessible();
  });

  it('keeps bold lead-ins and inline links', async () => {
    const card = await fixture<TorUserGroupCard>(html`<tor-user-group-card group="journalist"></tor-user-group-card>`);
    const first = parts(card, 'item')[0]!;
    const lead = first.querySelector('strong')!;
    expect(lead.textContent).to.equal('Reporters without Borders');
    expect(lead.querySelector('a')!.href).to.equal('http://www.rsf.org/');
    expect(first.textContent).to.contain('tracks Internet prisoners of conscience');
  });

  it('sets the heading level from heading-level, and clamps nonsense', async () => {
    const card = await fixture<TorUserGroupCard>(
      html`<tor-user-group-card group="bloggers" heading-level="4"></tor-user-group-card>`,
    );
    expect(part(card, 'heading')!.localName).to.equal('h4');
    card.headingLevel = 99;
    await settled(card);
    expect(part(card, 'heading')!.localName).to.equal('h2');
  });

  it('is as tall as its content in a page’s grid row beside a taller card', async () => {
    const row = await fixture<HTMLDivElement>(html`
      <div style="display: grid; grid-template-columns: 1fr 1fr; inline-size: 760px">
        <tor-user-group-card group="bloggers"></tor-user-group-card>
        <tor-user-group-card group="normalusers"></tor-user-group-card>
      </div>
    `);
    const [short, tall] = [...row.children] as TorUserGroupCard[];
    await settled(short!);
    await settled(tall!);
    const box = (card: TorUserGroupCard) => part(card, 'card')!.getBoundingClientRect();
    expect(box(tall!).height).to.be.greaterThan(box(short!).height * 2);
    const items = part(short!, 'items')!.getBoundingClientRect();
    const padding = parseFloat(getComputedStyle(part(short!, 'card')!).paddingBlockEnd);
    expect(box(short!).bottom - items.bottom - padding).to.be.at.most(2);
  });

  it('sets its items in two columns on its own across a wide page, ending within a line of each other', async () => {
    await atWidth(1280, async () => {
      const card = await fixture<TorUserGroupCard>(
        html`<tor-user-group-card group="activists" style="inline-size: 1100px"></tor-user-group-card>`,
      );
      const items = parts(card, 'item');
      const lefts = [...new Set(items.map((item) => Math.round(item.getBoundingClientRect().left)))];
      expect(lefts).to.have.length(2);
      const list = part(card, 'items')!;
      const columnEnds = lefts.map((left) =>
        Math.max(
          ...items
            .flatMap((item) => [...item.getClientRects()])
            .filter((rect) => Math.abs(rect.left - left) < 2)
            .map((rect) => rect.bottom),
        ),
      );
      const line = parseFloat(getComputedStyle(list).lineHeight);
      expect(Math.abs(columnEnds[0]! - columnEnds[1]!)).to.be.at.most(line);
      expect(list.getBoundingClientRect().bottom - Math.max(...columnEnds)).to.be.at.most(line);
    });
  });

  it('keeps an id the page chose and links to it', async () => {
    const card = await fixture<TorUserGroupCard>(
      html`<tor-user-group-card id="press" group="journalist"></tor-user-group-card>`,
    );
    expect(card.id).to.equal('press');
    expect(part(card, 'permalink')!.getAttribute('href')).to.equal('#press');
  });

  it('follows a change of group, and its own id with it', async () => {
    const card = await fixture<TorUserGroupCard>(html`<tor-user-group-card group="bloggers"></tor-user-group-card>`);
    card.group = 'military';
    await settled(card);
    expect(card.id).to.equal('military');
    expect(part(card, 'heading')!.textContent!.trim()).to.equal('Militaries use Tor');
  });

  it('renders partner content given as a property, with its image and alt text', async () => {
    const groupData = {
      id: 'students',
      heading: 'Students use Tor',
      image: { src: '/students.png', alt: 'Students in a library' },
      items: [
        { segments: [{ type: 'strong' as const, segments: [{ type: 'text' as const, text: 'They research.' }] }] },
      ],
    };
    const card = await fixture<TorUserGroupCard>(
      html`<tor-user-group-card .groupData=${groupData}></tor-user-group-card>`,
    );
    expect(part(card, 'heading')!.textContent!.trim()).to.equal('Students use Tor');
    const image = card.shadowRoot!.querySelector('img')!;
    expect(image.getAttribute('alt')).to.equal('Students in a library');
    expect(part(card, 'media')!.hidden).to.be.false;
    expect(card.id).to.equal('students');
  });

  it('loads an image from another origin only where the page opts in with image-origins', async () => {
    const groupData = {
      id: 'students',
      heading: 'Students use Tor',
      image: { src: '//media.example.org/students.png', alt: 'Students in a library' },
      items: [{ segments: [{ type: 'text' as const, text: 'They research.' }] }],
    };
    const warnings = captureReports('warn');
    try {
      const refused = await fixture<TorUserGroupCard>(
        html`<tor-user-group-card .groupData=${groupData}></tor-user-group-card>`,
      );
      expect(refused.shadowRoot!.querySelector('img')).to.equal(null);
      expect(part(refused, 'media')!.hidden).to.be.true;
      expect(warnings.messages).to.deep.equal([
        'tor-user-group-card: refused the image "//media.example.org/students.png": it would load from ' +
          "https://media.example.org, another origin than the page's, a request the reader did not ask for. Serve it " +
          'from this site (a relative URL), or opt in with image-origins="https://media.example.org".',
      ]);
      const allowed = await fixture<TorUserGroupCard>(
        html`<tor-user-group-card
          image-origins="https://media.example.org"
          .groupData=${groupData}
        ></tor-user-group-card>`,
      );
      expect(allowed.shadowRoot!.querySelector('img')!.getAttribute('src')).to.equal(
        '//media.example.org/students.png',
      );
      expect(warnings.messages).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });

  it('shows a partner’s picture lazily, in the widths given, keeping its space before it loads', async () => {
    const groupData = {
      id: 'students',
      heading: 'Students use Tor',
      image: {
        src: '/pictures-never-load/students.png',
        alt: 'Students in a library',
        width: 960,
        height: 240,
        srcset: [
          { src: '/pictures-never-load/students-480.png', width: 480 },
          { src: '/pictures-never-load/students-960.png', width: 960 },
        ],
        sizes: '(min-width: 40rem) 24rem, 100vw',
      },
      items: [{ segments: [{ type: 'text' as const, text: 'They research.' }] }],
    };
    const card = await fixture<TorUserGroupCard>(
      html`<tor-user-group-card style="inline-size: 400px" .groupData=${groupData}></tor-user-group-card>`,
    );
    const image = card.shadowRoot!.querySelector('img')!;
    expect(image.getAttribute('loading')).to.equal('lazy');
    expect(image.getAttribute('srcset')).to.equal(
      '/pictures-never-load/students-480.png 480w, /pictures-never-load/students-960.png 960w',
    );
    expect(image.getAttribute('sizes')).to.equal('(min-width: 40rem) 24rem, 100vw');
    const box = image.getBoundingClientRect();
    expect(box.width).to.be.greaterThan(390);
    expect(box.height).to.be.closeTo(box.width / 4, 1);
  });

  it('gives a picture without its size a fixed shape, so nothing moves when it loads', async () => {
    const groupData = {
      id: 'x',
      heading: 'X',
      image: { src: '/pictures-never-load/x.png', alt: '' },
      items: [{ segments: [{ type: 'text' as const, text: 'Hello' }] }],
    };
    const card = await fixture<TorUserGroupCard>(
      html`<tor-user-group-card style="inline-size: 320px" .groupData=${groupData}></tor-user-group-card>`,
    );
    const box = card.shadowRoot!.querySelector('img')!.getBoundingClientRect();
    expect(box.height).to.be.closeTo((box.width * 9) / 16, 1);
  });

  it('keeps the page’s alt text for a group’s picture that a site adds by id, and shows none without one', async () => {
    const card = await fixture<TorUserGroupCard>(html`<tor-user-group-card group="journalist"></tor-user-group-card>`);
    expect(card.shadowRoot!.querySelector('img')).to.equal(null);
    expect(part(card, 'media')!.hidden).to.be.true;
    registerContent('en', {
      userGroups: [{ id: 'journalist', image: { src: '/pictures-never-load/media.jpg', width: 960, height: 480 } }],
    });
    await settled(card);
    const image = card.shadowRoot!.querySelector('img')!;
    expect(image.getAttribute('src')).to.equal('/pictures-never-load/media.jpg');
    expect(image.getAttribute('alt')).to.equal('Journalists and the Media');
    await expect(card).to.be.accessible();
  });

  it('leaves out a picture width whose address is refused, naming its path, and keeps the others', async () => {
    const errors = captureReports('error');
    try {
      const groupData = {
        id: 'x',
        heading: 'X',
        image: {
          src: '/pictures-never-load/x.png',
          alt: 'X',
          srcset: [
            { src: 'javascript:alert(1)', width: 480 },
            { src: '/pictures-never-load/x-960.png', width: 960 },
          ],
        },
        items: [{ segments: [{ type: 'text' as const, text: 'Hello' }] }],
      };
      const card = await fixture<TorUserGroupCard>(
        html`<tor-user-group-card .groupData=${groupData}></tor-user-group-card>`,
      );
      expect(card.shadowRoot!.querySelector('img')!.getAttribute('srcset')).to.equal(
        '/pictures-never-load/x-960.png 960w',
      );
      expect(errors.messages).to.have.length(1);
      expect(errors.messages[0]).to.contain('groupData.image.srcset[0].src');
    } finally {
      errors.restore();
    }
  });

  it('reads partner content from JSON in the group-data attribute', async () => {
    const json = JSON.stringify({
      id: 'x',
      heading: 'From JSON',
      items: [{ segments: [{ type: 'text', text: 'Hello' }] }],
    });
    const card = await fixture<TorUserGroupCard>(html`<tor-user-group-card group-data=${json}></tor-user-group-card>`);
    expect(shadowText(card)).to.contain('From JSON').and.to.contain('Hello');
  });

  it('keeps the words of a refused partner link, with one console error naming the path, and never shows another group', async () => {
    const errors = captureReports('error');
    try {
      const groupData = {
        id: 'bad',
        heading: 'Bad',
        items: [{ segments: [{ type: 'link', text: 'x', href: 'javascript:alert(1)' }] }],
      };
      const card = await fixture<TorUserGroupCard>(
        html`<tor-user-group-card group="military" .groupData=${groupData}></tor-user-group-card>`,
      );
      card.requestUpdate();
      await settled(card);
      expect(errors.messages).to.have.length(1);
      expect(errors.messages[0]).to.contain('tor-user-group-card: groupData is not valid content');
      expect(errors.messages[0]).to.contain(
        'groupData.items[0].segments[0].href: "javascript:alert(1)" is not an allowed URL',
      );
      expect(part(card, 'heading')!.textContent!.trim()).to.equal('Bad');
      expect(parts(card, 'item').map((item) => item.textContent!.trim())).to.deep.equal(['x']);
      expect(card.shadowRoot!.querySelector('a[href^="javascript"]') === null).to.be.true;
    } finally {
      errors.restore();
    }
  });

  it('says which group ids exist when given an unknown one, and shows nothing', async () => {
    const errors = captureReports('error');
    try {
      const card = await fixture<TorUserGroupCard>(
        html`<tor-user-group-card group="astronauts"></tor-user-group-card>`,
      );
      expect(errors.messages[0]).to.contain(
        'tor-user-group-card: there is no user group "astronauts"; use one of normalusers, journalist',
      );
      expect(parts(card, 'item')).to.have.length(0);
      expect(card.getBoundingClientRect().height).to.equal(0);
      await expect(card).to.be.accessible();
    } finally {
      errors.restore();
    }
  });

  it('shows light-DOM items, heading and media instead of the content’s', async () => {
    const card = await fixture<TorUserGroupCard>(html`
      <tor-user-group-card group="journalist">
        <span slot="heading">Our newsroom uses Tor</span>
        <img slot="media" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="" />
        <ul>
          <li>We accept tips over SecureDrop.</li>
        </ul>
      </tor-user-group-card>
    `);
    expect(parts(card, 'item')).to.have.length(0);
    const slots = [...card.shadowRoot!.querySelectorAll('slot')];
    const assigned = (name: string) =>
      slots
        .find((slot) => slot.name === name)!
        .assignedElements()
        .map((el) => el.localName);
    expect(assigned('heading')).to.deep.equal(['span']);
    expect(assigned('media')).to.deep.equal(['img']);
    expect(assigned('')).to.deep.equal(['ul']);
    expect(part(card, 'media')!.hidden).to.be.false;
    await expect(card).to.be.accessible();
  });

  it('shows the content’s items when the light DOM is only whitespace', async () => {
    const card = await fixture<TorUserGroupCard>(html`<tor-user-group-card group="bloggers"> </tor-user-group-card>`);
    expect(parts(card, 'item')).to.have.length(3);
  });

  it('drops an unsafe link from registered content, keeping its words', async () => {
    // Registered content is checked too; this goes around the check to prove the renderer's own guard.
    const groupData = structuredClone(en.userGroups[6]!);
    groupData.items[0]!.segments = [{ type: 'link', text: 'sued', href: ' javascript:alert(1)' }];
    const warnings = captureReports('warn');
    const errors = captureReports('error');
    try {
      const card = await fixture<TorUserGroupCard>(html`<tor-user-group-card group="bloggers"></tor-user-group-card>`);
      const renderer = await import('../../src/internal/rich-text.js');
      const { render } = await import('lit');
      const target = document.createElement('div');
      render(renderer.renderSegments(groupData.items[0]!.segments, card), target);
      expect(target.textContent).to.equal('sued');
      expect(target.querySelector('a') === null).to.be.true;
      expect(warnings.messages[0]).to.contain('tor-user-group-card: refused the link " javascript:alert(1)"');
    } finally {
      warnings.restore();
      errors.restore();
    }
  });

  it('follows the page language, including registered translations, and re-renders when it changes', async () => {
    registerContent('de', { userGroups: [{ id: 'bloggers', heading: 'Blogger nutzen Tor' }] });
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en"><tor-user-group-card group="bloggers"></tor-user-group-card></div>`,
    );
    const card = wrapper.querySelector('tor-user-group-card')!;
    expect(part(card, 'heading')!.textContent!.trim()).to.equal('Bloggers use Tor');
    wrapper.setAttribute('lang', 'de');
    await settled(card);
    expect(part(card, 'heading')!.textContent!.trim()).to.equal('Blogger nutzen Tor');
    expect(part(card, 'base')!.getAttribute('lang')).to.equal('de');
  });

  it('marks English fallback content as English on a page in another language', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="sv"><tor-user-group-card group="bloggers"></tor-user-group-card></div>`,
    );
    const card = wrapper.querySelector('tor-user-group-card')!;
    await settled(card);
    // The card stands in a Swedish page; its words, which nobody translated, are English and say so.
    expect(languageOf(part(card, 'base')!)).to.equal('sv');
    expect(wordsLanguage(part(card, 'permalink')!)).to.equal('en');
    expect(parts(card, 'item').length).to.be.greaterThan(0);
    expect(parts(card, 'item').every((item) => languageOf(item) === 'en')).to.be.true;
  });

  it('lays out right to left in an RTL locale, with the bullets on the right', async () => {
    registerPseudoLocales();
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang=${PSEUDO_RTL} dir="rtl" style="inline-size: 30rem">
        <tor-user-group-card group="military"></tor-user-group-card>
      </div>`,
    );
    const card = wrapper.querySelector('tor-user-group-card')!;
    await settled(card);
    expect(part(card, 'base')!.getAttribute('dir')).to.equal('rtl');
    const list = part(card, 'items')!;
    const item = parts(card, 'item')[0]!;
    expect(getComputedStyle(list).direction).to.equal('rtl');
    // The list is indented on the right (inline start) in RTL: the text sits left of the list's right edge.
    expect(list.getBoundingClientRect().right - item.getBoundingClientRect().right).to.be.greaterThan(10);
    expect(Math.abs(list.getBoundingClientRect().left - item.getBoundingClientRect().left)).to.be.lessThan(2);
    await expect(card).to.be.accessible();
  });

  it('sets a long group’s items in two columns when the card is wide, starting on the right in RTL', async () => {
    registerPseudoLocales();
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang=${PSEUDO_RTL} dir="rtl" style="inline-size: 60rem">
        <tor-user-group-card group="activists"></tor-user-group-card>
      </div>`,
    );
    const card = wrapper.querySelector('tor-user-group-card')!;
    await settled(card);
    const items = parts(card, 'item');
    const first = items[0]!.getBoundingClientRect();
    const last = items.at(-1)!.getBoundingClientRect();
    expect(first.left).to.be.greaterThan(last.right);
    expect(first.width).to.be.lessThan(card.getBoundingClientRect().width / 2);
  });

  it('is accessible in the dark scheme as well', async () => {
    const card = await fixture<TorUserGroupCard>(
      html`<tor-user-group-card style="--tor-color-scheme: dark" group="normalusers"></tor-user-group-card>`,
    );
    const background = getComputedStyle(part(card, 'card')!).backgroundColor;
    expect(background).to.not.equal('rgb(255, 255, 255)');
    await expect(card).to.be.accessible();
  });
});
