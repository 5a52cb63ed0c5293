// Every element in forced-colours mode (Windows High Contrast and the like: the page's colours and
// backgrounds are replaced) and on paper, emulated in both browsers.
import { expect, html } from '@open-wc/testing';
import '../../src/all.js';
import { fixture, part, parts, settled, withMedia } from '../helpers.js';

/** The colour a box's border is drawn in, if it is drawn at all: style, width and an opaque colour. */
function drawnBorder(element: Element): string | undefined {
  const style = getComputedStyle(element);
  const width = parseFloat(style.borderTopWidth);
  const colour = style.borderTopColor;
  const transparent = colour === 'transparent' || /rgba\(.*, 0\)$/.test(colour);
  return style.borderTopStyle !== 'none' && width >= 1 && !transparent ? colour : undefined;
}

/** The background a box sits on: its own, or the nearest ancestor's that is not transparent. */
function backgroundBehind(element: Element): string {
  for (let node: Element | null = element; node; node = node.parentElement ?? (node.getRootNode() as ShadowRoot).host) {
    const colour = getComputedStyle(node).backgroundColor;
    if (!/rgba\(0, 0, 0, 0\)|transparent/.test(colour)) return colour;
  }
  return 'rgb(255, 255, 255)';
}

/** What is printed after a link: Chromium resolves `attr(href)` in the computed style, Firefox does not. */
function printedAfter(link: HTMLElement): string {
  return getComputedStyle(link, '::after').content.replace('attr(href)', `"${link.getAttribute('href')}"`);
}

const page = () => html`
  <div>
    <tor-donate-banner remember="none"></tor-donate-banner>
    <tor-user-groups index groups="journalist bloggers"></tor-user-groups>
    <tor-tip-box tip="donate"></tor-tip-box>
    <tor-onion-footer></tor-onion-footer>
  </div>
`;

async function rendered(): Promise<HTMLElement> {
  const root = await fixture<HTMLElement>(page());
  for (const element of root.children) await settled(element as never);
  return root;
}

describe('forced colours', () => {
  it('keeps every button looking like a button: the call to action, dismiss, copy and the index links', async () => {
    await withMedia({ forcedColors: 'active' }, async () => {
      expect(matchMedia('(forced-colors: active)').matches).to.be.true;
      const root = await rendered();
      const [banner, groups, , footer] = [...root.children] as HTMLElement[];
      const controls = {
        'call to action': part(banner!, 'cta')!,
        dismiss: part(banner!, 'dismiss')!,
        copy: part(footer!, 'copy')!,
        'index link': part(groups!, 'index-link')!,
      };
      for (const [name, control] of Object.entries(controls)) {
        const border = drawnBorder(control);
        expect(border, `${name} has a visible outline`).not.to.equal(undefined);
        expect(border, `${name}'s outline stands out from what is behind it`).not.to.equal(backgroundBehind(control));
      }
    });
  });
});

describe('print', () => {
  it('prints the groups with where their links lead, and not the banner, the index, the copy button or the site links', async () => {
    await withMedia({ media: 'print' }, async () => {
      expect(matchMedia('print').matches).to.be.true;
      const root = await rendered();
      const [banner, groups, tip, footer] = [...root.children] as HTMLElement[];
      expect(banner!.getBoundingClientRect().height, 'banner').to.equal(0);
      expect(part(groups!, 'index')!.getClientRects().length, 'index').to.equal(0);
      expect(part(footer!, 'copy')!.getClientRects().length, 'copy button').to.equal(0);
      expect(part(footer!, 'links')!.getClientRects().length, 'site links').to.equal(0);
      const cards = parts(groups!, 'card-card');
      expect(cards.map((card) => card.id)).to.deep.equal(['journalist', 'bloggers']);
      for (const card of cards) expect(card.getBoundingClientRect().height).to.be.greaterThan(100);
      const link = parts(groups!, 'card-link').find((a) => a.textContent === 'EFF Legal Guide for Bloggers')!;
      expect(printedAfter(link)).to.contain('http://www.eff.org/issues/bloggers/legal');
      const tipLink = part(tip!, 'link')!;
      expect(printedAfter(tipLink)).to.contain(tipLink.getAttribute('href'));
      // The permalink is an in-page link, and the onion address says where it leads already.
      expect(getComputedStyle(part(groups!, 'card-permalink')!, '::after').content).to.equal('none');
      expect(getComputedStyle(part(footer!, 'address')!, '::after').content).to.equal('none');
    });
  });

  it('prints dark text on white whatever the screen’s scheme', async () => {
    await withMedia({ media: 'print' }, async () => {
      const card = await fixture<HTMLElement>(
        html`<tor-user-group-card group="bloggers" style="--tor-color-scheme: dark"></tor-user-group-card>`,
      );
      const [r, g, b] = getComputedStyle(part(card, 'item')!).color.match(/\d+/g)!.map(Number);
      expect(r! + g! + b!).to.be.below(3 * 100);
    });
  });
});
