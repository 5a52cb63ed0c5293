// What every element does with input it cannot use, one table per kind: a row per JSON attribute
// (partner content), and a row per input that leaves an element nothing to show (an unknown id, content
// that is not content). A new element adds rows, not copies of these tests.
import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../../src/all.js';
import { jsonAttribute } from '../../src/internal/tor-element.js';
import { captureReports, fixture, settled, shadowText } from '../helpers.js';

interface Row {
  tag: string;
  attribute: string;
  property: string;
  /** Well-formed JSON whose only fault is an unsafe link, and the path the report must name. */
  unsafe: unknown;
  path: string;
  /** Words of the unsafe content that are still shown (a refused link keeps its words); none when nothing of it is usable. */
  kept?: string;
  /** Words of the default content that must never take the place of the partner's. */
  notShown: string[];
}

const UNSAFE = 'javascript:alert(1)';
const unsafeLink = { type: 'link', text: 'Click', href: UNSAFE };

const ROWS: Row[] = [
  {
    tag: 'tor-user-group-card',
    attribute: 'group-data',
    property: 'groupData',
    unsafe: { id: 'x', heading: 'X', items: [{ segments: [unsafeLink] }] },
    path: 'groupData.items[0].segments[0].href',
    kept: 'Click',
    notShown: ['use Tor'],
  },
  {
    tag: 'tor-user-groups',
    attribute: 'groups-data',
    property: 'groupsData',
    unsafe: [{ id: 'x', heading: 'X', items: [{ segments: [unsafeLink] }] }],
    path: 'groupsData[0].items[0].segments[0].href',
    kept: 'Click',
    notShown: ['use Tor'],
  },
  {
    tag: 'tor-tip-box',
    attribute: 'tip-data',
    property: 'tipData',
    unsafe: { id: 'x', segments: [unsafeLink] },
    path: 'tipData.segments[0].href',
    kept: 'Click',
    notShown: ['Tor is', 'Help people read about Tor'],
  },
  {
    tag: 'tor-donate-banner',
    attribute: 'campaign-data',
    property: 'campaignData',
    unsafe: { id: 'x', headline: 'X', text: [unsafeLink], callToAction: { text: 'Give', href: 'https://x.org/' } },
    path: 'campaignData.text[0].href',
    kept: 'Click',
    notShown: ['Tor is written for and supported by people like you'],
  },
  {
    tag: 'tor-onion-footer',
    attribute: 'service-data',
    property: 'serviceData',
    unsafe: { siteName: 'x.org', address: 'x.onion', directoryHref: UNSAFE, aboutHref: 'https://x.org/' },
    path: 'serviceData.directoryHref',
    notShown: ['torproject.org'],
  },
  {
    tag: 'tor-onion-footer',
    attribute: 'link-groups',
    property: 'linkGroups',
    unsafe: [
      {
        id: 'x',
        heading: 'X',
        links: [
          { text: 'Click', href: UNSAFE },
          { text: 'Kept', href: 'https://x.org/' },
        ],
      },
    ],
    path: 'linkGroups[0].links[0].href',
    kept: 'Kept',
    notShown: ['About Tor'],
  },
  {
    tag: 'tor-onion-footer',
    attribute: 'notice-data',
    property: 'noticeData',
    unsafe: [{ type: 'text', text: '© X. ' }, unsafeLink],
    path: 'noticeData[1].href',
    kept: 'Click',
    notShown: ['Trademark'],
  },
];

const withAttribute = (row: Row, value: string) => {
  const tag = unsafeStatic(row.tag);
  const attribute = unsafeStatic(row.attribute);
  return staticHtml`<${tag} ${attribute}=${value}></${tag}>`;
};

/** What a reader sees of an element: its shadow text, or nothing when it takes no space. */
const visibleText = (element: HTMLElement): string =>
  element.getBoundingClientRect().height > 0 ? shadowText(element) : '';

const linksIn = (element: Element): string[] =>
  [...(element.shadowRoot?.querySelectorAll('a') ?? [])].map((link) => link.getAttribute('href') ?? '');

describe('partner content an element cannot use', () => {
  for (const row of ROWS) {
    it(`<${row.tag} ${row.attribute}>: invalid JSON is reported once, naming the element and the attribute`, async () => {
      const errors = captureReports('error');
      try {
        const element = await fixture<HTMLElement>(withAttribute(row, '{not json'));
        await settled(element as never);
        expect(errors.messages.filter((message) => message.includes('not valid JSON'))).to.have.length(1);
        expect(errors.messages[0]).to.match(
          new RegExp(`^${row.tag}: the ${row.attribute} attribute is not valid JSON`),
        );
      } finally {
        errors.restore();
      }
    });

    it(`<${row.tag} ${row.attribute}>: invalid JSON shows nothing of the default content in its place`, async () => {
      const errors = captureReports('error');
      try {
        const element = await fixture<HTMLElement>(withAttribute(row, '{not json'));
        await settled(element as never);
        for (const words of row.notShown) expect(visibleText(element)).not.to.contain(words);
      } finally {
        errors.restore();
      }
    });

    it(`<${row.tag} ${row.attribute}>: an unsafe link is reported with its path and never rendered; the rest is kept`, async () => {
      const errors = captureReports('error');
      try {
        const element = await fixture<HTMLElement>(withAttribute(row, JSON.stringify(row.unsafe)));
        await settled(element as never);
        const reports = errors.messages.filter((message) => message.startsWith(`${row.tag}: ${row.property}`));
        expect(reports).to.have.length(1);
        expect(reports[0]).to.contain(`${row.path}: "${UNSAFE}" is not an allowed URL`);
        expect(linksIn(element).some((href) => href.trim().toLowerCase().startsWith('javascript'))).to.be.false;
        if (row.kept) expect(visibleText(element)).to.contain(row.kept);
        for (const words of row.notShown) expect(visibleText(element)).not.to.contain(words);
      } finally {
        errors.restore();
      }
    });
  }

  it('covers every JSON attribute of every element', () => {
    const covered = new Set(ROWS.map((row) => `${row.tag} ${row.attribute}`));
    const jsonAttributes = ROWS.map((row) => row.tag)
      .filter((tag, index, tags) => tags.indexOf(tag) === index)
      .flatMap((tag) => {
        const element = customElements.get(tag) as unknown as typeof LitElement;
        return [...element.elementProperties]
          .filter(([, options]) => options.converter === jsonAttribute)
          .map(([, options]) => `${tag} ${String(options.attribute)}`);
      });
    expect(jsonAttributes.filter((name) => !covered.has(name))).to.deep.equal([]);
    expect(new Set(jsonAttributes).size).to.equal(ROWS.length);
  });
});

/** An input that leaves an element nothing to show, and what its one console error must say. */
interface NothingRow {
  markup: string;
  /** The error names the element (always), the input and the fix. */
  says: RegExp;
}

const NOTHING: NothingRow[] = [
  {
    markup: '<tor-user-group-card group="militaries"></tor-user-group-card>',
    says: /^tor-user-group-card: there is no user group "militaries"; use one of normalusers, .*The card shows nothing/,
  },
  {
    markup: '<tor-user-group-card></tor-user-group-card>',
    says: /^tor-user-group-card: no group given; set group to one of normalusers, .*pass groupData, or fill the card's slots/,
  },
  {
    markup: '<tor-user-group-card group-data="{not json"></tor-user-group-card>',
    says: /^tor-user-group-card: the group-data attribute is not valid JSON .*Fix the JSON/,
  },
  {
    markup: `<tor-user-group-card group-data='{"id":"x","heading":"X"}'></tor-user-group-card>`,
    says: /^tor-user-group-card: groupData is not valid content: none of it can be shown.*\ngroupData.items: is required/s,
  },
  {
    markup: '<tor-user-groups groups="militaries astronauts" index></tor-user-groups>',
    says: /^tor-user-groups: no user group "militaries", "astronauts"; use normalusers, .*Nothing is shown/,
  },
  {
    markup: `<tor-user-groups index groups-data='{"id":"x"}'></tor-user-groups>`,
    says: /^tor-user-groups: groupsData is not valid content: none of it can be shown.*\ngroupsData: expected an array/s,
  },
  {
    markup: '<tor-tip-box tip="militaries"></tor-tip-box>',
    says: /^tor-tip-box: there is no tip "militaries"; use one of donate, .*The box shows nothing/,
  },
  {
    markup: `<tor-tip-box tip-data='{"id":"x","segments":[]}'></tor-tip-box>`,
    says: /^tor-tip-box: tipData is not valid content: none of it can be shown.*\ntipData.segments: must not be empty/s,
  },
  {
    markup: '<tor-donate-banner campaign="militaries"></tor-donate-banner>',
    says: /^tor-donate-banner: there is no campaign "militaries"; use one of "support-tor", or pass campaignData. No banner/,
  },
  {
    markup: `<tor-donate-banner campaign-data='{"id":"x"}'></tor-donate-banner>`,
    says: /^tor-donate-banner: campaignData is not valid content: none of it can be shown.*\ncampaignData.headline: is required/s,
  },
  {
    markup: '<tor-onion-footer no-links site-name="example.org"></tor-onion-footer>',
    says: /^tor-onion-footer: no onion service for site "example.org" in the content; set address=/,
  },
  {
    markup: `<tor-onion-footer no-links service-data='{"siteName":"x.org"}'></tor-onion-footer>`,
    says: /^tor-onion-footer: serviceData is not valid content: none of it can be shown.*\nserviceData.address: is required/s,
  },
];

describe('input that leaves an element nothing to show', () => {
  for (const row of NOTHING) {
    it(`${row.markup}: nothing visible, and one console error naming the element, the input and the fix`, async () => {
      const errors = captureReports('error');
      try {
        const element = await fixture<HTMLElement>(staticHtml`${unsafeStatic(row.markup)}`);
        await settled(element as never);
        expect(element.getBoundingClientRect().height).to.equal(0);
        expect(errors.messages).to.have.length(1);
        expect(errors.messages[0]).to.match(row.says);
      } finally {
        errors.restore();
      }
    });
  }
});
