import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/user-groups/tor-user-groups.js';
import '../../src/components/user-group-card/tor-user-group-card.js';
import type { TorUserGroups } from '../../src/components/user-groups/user-groups.js';
import { registerContent, resetContent } from '../../src/content/registry.js';
import { PSEUDO_LONG, PSEUDO_RTL, registerPseudoLocales } from '../../src/content/pseudo.js';
import { atWidth, captureReports, fixture, settled } from '../helpers.js';
import { PAGE_GROUP_IDS, PAGE_ITEM_COUNTS } from '../expected.js';

const cards = (element: TorUserGroups) => [...element.shadowRoot!.querySelectorAll<HTMLElement>('[part~="card-card"]')];
const headingOf = (card: HTMLElement) => card.querySelector('[part~="card-heading"]')!.textContent!.trim();
const focusedHeading = (element: TorUserGroups) => element.shadowRoot!.activeElement?.textContent?.trim();

/** The height a card needs: from its top to the end of its last visible child, with its padding and border. */
function contentHeight(card: HTMLElement): number {
  const top = card.getBoundingClientRect().top;
  const children = [...card.children].filter((child) => child.getBoundingClientRect().height > 0);
  const end = Math.max(...children.map((child) => child.getBoundingClientRect().bottom));
  const style = getComputedStyle(card);
  return end - top + parseFloat(style.paddingBlockEnd) + parseFloat(style.borderBlockEndWidth);
}

/**
 * Cards read in the content's order: each one below the one before in its column, or at the top of
 * the next column in the reading direction (to the right, or to the left right to left).
 */
function expectReadingOrder(all: HTMLElement[], dir: 'ltr' | 'rtl'): void {
  const tops = all.map((card) => card.getBoundingClientRect().top);
  const columnTop = Math.min(...tops);
  all.slice(1).forEach((card, index) => {
    const before = all[index]!.getBoundingClientRect();
    const box = card.getBoundingClientRect();
    const sameColumn = Math.abs(box.left - before.left) < 1;
    if (sameColumn) expect(box.top, `${card.id} below ${all[index]!.id}`).to.be.greaterThan(before.bottom);
    else {
      expect(dir === 'rtl' ? box.right <= before.left : box.left >= before.right, `${card.id} in the next column`).to.be
        .true;
      expect(box.top - columnTop, `${card.id} at the top of its column`).to.be.below(1);
    }
  });
}

/** Every card within the element's width, and the page not scrolling sideways. */
function expectInside(all: HTMLElement[], element: HTMLElement): void {
  const outer = element.getBoundingClientRect();
  for (const card of all) {
    const box = card.getBoundingClientRect();
    expect(box.left, card.id).to.be.at.least(outer.left - 0.5);
    expect(box.right, card.id).to.be.at.most(outer.right + 0.5);
  }
  expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
}

/**
 * Waits until a deep link has been followed — focus is on a heading in the collection, which comes
 * right after the scroll starts — and scrolling (smooth, unless the reader asked for reduced motion)
 * has settled. Frame counts bound the wait; nothing here depends on the machine's speed.
 */
async function revealed(element: TorUserGroups): Promise<void> {
  await settled(element);
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  for (let frames = 0; frames < 600 && !element.shadowRoot!.activeElement; frames += 1) await frame();
  let last = Number.NaN;
  let stillFrames = 0;
  for (let frames = 0; frames < 600 && stillFrames < 10; frames += 1) {
    await frame();
    stillFrames = window.scrollY === last ? stillFrames + 1 : 0;
    last = window.scrollY;
  }
}

describe('<tor-user-groups>', function () {
  // Checking the contrast of every word of 41 items (axe) takes seconds on a busy machine.
  this.timeout(30000);

  afterEach(() => {
    resetContent();
    if (location.hash) history.replaceState(null, '', location.pathname + location.search);
  });

  it('shows all 9 groups in the page’s order by default', async () => {
    const element = await fixture<TorUserGroups>(html`<tor-user-groups></tor-user-groups>`);
    await settled(element);
    expect(cards(element).map((card) => card.id)).to.deep.equal(PAGE_GROUP_IDS);
    expect(cards(element).map((card) => card.querySelectorAll('[part~="card-item"]').length)).to.deep.equal(
      PAGE_ITEM_COUNTS,
    );
    await expect(element).to.be.accessible();
  });

  it('shows only the listed groups, in the listed order, and names unknown ids', async () => {
    const errors = captureReports('error');
    try {
      const element = await fixture<TorUserGroups>(
        html`<tor-user-groups groups="activists  journalist pirates"></tor-user-groups>`,
      );
      await settled(element);
      expect(cards(element).map(headingOf)).to.deep.equal([
        'Activists & Whistleblowers use Tor',
        'Journalists and their audience use Tor',
      ]);
      expect(errors.messages).to.have.length(1);
      expect(errors.messages[0]).to.contain('tor-user-groups: no user group "pirates"');
    } finally {
      errors.restore();
    }
  });

  it('passes the heading level to every card', async () => {
    const element = await fixture<TorUserGroups>(
      html`<tor-user-groups groups="bloggers military" heading-level="3"></tor-user-groups>`,
    );
    await settled(element);
    expect(cards(element).map((card) => card.querySelector('[part~="card-heading"]')!.localName)).to.deep.equal([
      'h3',
      'h3',
    ]);
  });

  it('has an in-page index whose links lead to each card and focus its heading', async () => {
    const element = await fixture<TorUserGroups>(html`<tor-user-groups index></tor-user-groups>`);
    await settled(element);
    const nav = element.shadowRoot!.querySelector('[part~="index"]')!;
    expect(nav.localName).to.equal('nav');
    expect(nav.getAttribute('aria-label')).to.equal('Who uses Tor');
    const links = [...nav.querySelectorAll<HTMLAnchorElement>('a')];
    expect(links.map((link) => link.getAttribute('href'))).to.have.length(9);
    links[7]!.click();
    await revealed(element);
    expect(location.hash).to.equal('#military');
    expect(focusedHeading(element)).to.equal('Militaries use Tor');
    await expect(element).to.be.accessible();
  });

  it('reveals the card when the hash changes, and again when the same link is clicked twice', async () => {
    const element = await fixture<TorUserGroups>(
      html`<div style="block-size: 100vh"></div>
        <tor-user-groups></tor-user-groups>`,
    ).then((first) => first.nextElementSibling as TorUserGroups);
    await settled(element);
    location.hash = '#activists';
    await revealed(element);
    expect(focusedHeading(element)).to.equal('Activists & Whistleblowers use Tor');
    const activists = cards(element)[3]!;
    expect(activists.getBoundingClientRect().top).to.be.within(-1, 40);

    window.scrollTo(0, 0);
    (document.activeElement as HTMLElement | null)?.blur();
    const permalink = activists.querySelector<HTMLAnchorElement>('[part~="card-permalink"]')!;
    permalink.click();
    await revealed(element);
    expect(activists.getBoundingClientRect().top).to.be.within(-1, 40);
    expect(focusedHeading(element)).to.equal('Activists & Whistleblowers use Tor');
  });

  it('takes a URL hash that is not valid percent-encoding as written, without an error', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
    const onRejection = (event: PromiseRejectionEvent) => errors.push(event.reason);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    try {
      // Already in the address bar when the element first renders, then typed, then a link to it clicked.
      history.replaceState(null, '', '#%zz');
      const element = await fixture<TorUserGroups>(
        html`<tor-user-groups></tor-user-groups><a href="#%E0%A4%A">a link someone wrote</a>`,
      );
      // No group to reveal for these: give each hash change a few frames, not the wait for a focus that never comes.
      const someFrames = async () => {
        await settled(element);
        for (let frame = 0; frame < 10; frame += 1) await new Promise((resolve) => requestAnimationFrame(resolve));
      };
      await someFrames();
      for (const hash of ['#%', '#%zz', '#%E0%A4%A']) {
        location.hash = hash;
        await someFrames();
      }
      (element.nextElementSibling as HTMLAnchorElement).click();
      await someFrames();
      expect(errors.map(String)).to.deep.equal([]);
      location.hash = '#activists';
      await revealed(element);
      expect(focusedHeading(element)).to.equal('Activists & Whistleblowers use Tor');
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    }
  });

  it('is keyboard operable: Tab moves from the index into the cards’ links', async () => {
    const element = await fixture<TorUserGroups>(html`<tor-user-groups index groups="bloggers"></tor-user-groups>`);
    await settled(element);
    const indexLink = element.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="index-link"]')!;
    indexLink.focus();
    await sendKeys({ press: 'Tab' });
    expect(element.shadowRoot!.activeElement?.getAttribute('part')).to.equal('card-permalink');
    await sendKeys({ press: 'Enter' });
    await revealed(element);
    expect(location.hash).to.equal('#bloggers');
  });

  it('renders partner groups, leaves out an invalid one naming its path, and never shows Tor’s in its place', async () => {
    const errors = captureReports('error');
    try {
      const groupsData = [
        {
          id: 'students',
          heading: 'Students use Tor',
          items: [{ segments: [{ type: 'text' as const, text: 'Research.' }] }],
        },
      ];
      const element = await fixture<TorUserGroups>(html`<tor-user-groups .groupsData=${groupsData}></tor-user-groups>`);
      await settled(element);
      expect(cards(element).map(headingOf)).to.deep.equal(['Students use Tor']);
      element.groupsData = [{ id: 'x', heading: '', items: [] }, ...groupsData];
      await settled(element);
      expect(errors.messages).to.have.length(1);
      expect(errors.messages[0]).to.contain('tor-user-groups: groupsData is not valid content');
      expect(errors.messages[0]).to.contain('groupsData[0].heading: must not be empty');
      expect(errors.messages[0]).to.contain('groupsData[0].items: must not be empty');
      expect(cards(element).map(headingOf)).to.deep.equal(['Students use Tor']);
    } finally {
      errors.restore();
    }
  });

  it('puts cards written by the page into the grid after the content’s', async () => {
    const element = await fixture<TorUserGroups>(html`
      <tor-user-groups groups="bloggers">
        <tor-user-group-card group="military"></tor-user-group-card>
      </tor-user-groups>
    `);
    await settled(element);
    const grid = element.shadowRoot!.querySelector('[part~="grid"]')!;
    const slotted = element.querySelector('tor-user-group-card')!;
    expect(slotted.assignedSlot?.parentElement === grid).to.be.true;
    expect(getComputedStyle(slotted.assignedSlot!).display).to.equal('contents');
  });

  for (const width of [1280, 375]) {
    for (const [lang, dir] of [
      ['en', 'ltr'],
      [PSEUDO_RTL, 'rtl'],
    ] as const) {
      it(`no card carries more than a line of empty space, in reading order, at ${width} px ${dir}`, async () => {
        registerPseudoLocales();
        await atWidth(width, async () => {
          // The demo page's main column: at most 72rem wide, with its padding.
          const page = await fixture<HTMLDivElement>(
            html`<div
              lang=${lang}
              dir=${dir}
              style="max-inline-size: 72rem; margin-inline: auto; padding-inline: clamp(1rem, 4vw, 3rem)"
            >
              <tor-user-groups index></tor-user-groups>
            </div>`,
          );
          const element = page.firstElementChild as TorUserGroups;
          await settled(element);
          const all = cards(element);
          expect(all).to.have.length(9);
          for (const card of all) {
            const line = parseFloat(getComputedStyle(card).lineHeight);
            const empty = card.getBoundingClientRect().height - contentHeight(card);
            expect(empty, `${card.id}: ${Math.round(empty)} px empty`).to.be.at.most(line);
            expect(card.getClientRects().length, `${card.id} is whole`).to.equal(1);
          }
          expectReadingOrder(all, dir);
          if (width === 375)
            expect(new Set(all.map((card) => Math.round(card.getBoundingClientRect().left))).size).to.equal(1);
          else
            expect(new Set(all.map((card) => Math.round(card.getBoundingClientRect().left))).size).to.be.greaterThan(2);
          expectInside(all, element);
        });
      });
    }
  }

  it('on a phone (375 px) leaves the words most of the width, and keeps the index to one row that scrolls', async () => {
    await atWidth(375, async () => {
      const page = await fixture<HTMLDivElement>(
        html`<div style="padding-inline: 16px"><tor-user-groups index></tor-user-groups></div>`,
      );
      const element = page.firstElementChild as TorUserGroups;
      await settled(element);
      const item = element.shadowRoot!.querySelector('[part~="card-item"]')!;
      expect(item.getBoundingClientRect().width / element.clientWidth).to.be.at.least(0.9);
      const index = element.shadowRoot!.querySelector<HTMLElement>('[part~="index"]')!;
      const links = [...index.querySelectorAll('a')];
      expect(new Set(links.map((link) => Math.round(link.getBoundingClientRect().top))).size).to.equal(1);
      expect(index.getBoundingClientRect().height).to.be.below(links[0]!.getBoundingClientRect().height * 2);
      expectInside(cards(element), element);
      // Every link stays reachable: focusing the last scrolls it into view.
      links.at(-1)!.focus();
      const list = index.querySelector('ul')!.getBoundingClientRect();
      const last = links.at(-1)!.getBoundingClientRect();
      expect(last.left).to.be.at.least(list.left - 1);
      expect(last.right).to.be.at.most(list.right + 1);
    });
  });

  it('follows the page language and re-renders every card when it changes', async () => {
    registerContent('de', {
      userGroups: [{ id: 'military', heading: 'Militärs nutzen Tor' }],
      ui: { userGroups: { indexLabel: 'Wer nutzt Tor' } },
    });
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en"><tor-user-groups index groups="military"></tor-user-groups></div>`,
    );
    const element = wrapper.firstElementChild as TorUserGroups;
    wrapper.lang = 'de';
    await settled(element);
    expect(headingOf(cards(element)[0]!)).to.equal('Militärs nutzen Tor');
    expect(element.shadowRoot!.querySelector('[part~="index"]')!.getAttribute('aria-label')).to.equal('Wer nutzt Tor');
  });

  it('holds together right to left and with 40 % longer text', async () => {
    registerPseudoLocales();
    for (const [lang, dir] of [
      [PSEUDO_RTL, 'rtl'],
      [PSEUDO_LONG, 'ltr'],
    ] as const) {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang=${lang} dir=${dir} style="inline-size: 900px"><tor-user-groups index></tor-user-groups></div>`,
      );
      const element = wrapper.firstElementChild as TorUserGroups;
      await settled(element);
      expect(element.scrollWidth, lang).to.be.at.most(900);
      const boxes = cards(element).map((card) => card.getBoundingClientRect());
      const [firstBox] = boxes;
      // The first card of the next column starts level with the very first card.
      const nextColumn = boxes.find((box) => box !== firstBox && Math.abs(box.top - firstBox!.top) < 2)!;
      // The first column is at the inline start: on the right in RTL.
      if (dir === 'rtl') expect(firstBox!.left).to.be.greaterThan(nextColumn.right);
      else expect(firstBox!.right).to.be.lessThan(nextColumn.left);
      await expect(element).to.be.accessible();
    }
  });

  it('is accessible in the dark scheme', async () => {
    const element = await fixture<TorUserGroups>(
      html`<tor-user-groups index style="--tor-color-scheme: dark"></tor-user-groups>`,
    );
    await settled(element);
    await expect(element).to.be.accessible();
  });
});
