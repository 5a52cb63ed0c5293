// What every element does with partner content it cannot use, one table for all: a row per JSON
// attribute; a new element adds rows, not copies of these tests.
import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../../src/all.js';
import { jsonAttribute } from '../../src/internal/tor-element.js';
import { captureReports, fixture, settled } from '../helpers.js';

interface Row {
  tag: string;
  attribute: string;
  property: string;
  /** Well-formed JSON whose only fault is an unsafe link, and the path the report must name. */
  unsafe: unknown;
  path: string;
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
  },
  {
    tag: 'tor-user-groups',
    attribute: 'groups-data',
    property: 'groupsData',
    unsafe: [{ id: 'x', heading: 'X', items: [{ segments: [unsafeLink] }] }],
    path: 'groupsData[0].items[0].segments[0].href',
  },
  {
    tag: 'tor-tip-box',
    attribute: 'tip-data',
    property: 'tipData',
    unsafe: { id: 'x', segments: [unsafeLink] },
    path: 'tipData.segments[0].href',
  },
  {
    tag: 'tor-donate-banner',
    attribute: 'campaign-data',
    property: 'campaignData',
    unsafe: { id: 'x', headline: 'X', text: [unsafeLink], callToAction: { text: 'Give', href: 'https://x.org/' } },
    path: 'campaignData.text[0].href',
  },
  {
    tag: 'tor-onion-footer',
    attribute: 'service-data',
    property: 'serviceData',
    unsafe: { siteName: 'x.org', address: 'x.onion', directoryHref: UNSAFE, aboutHref: 'https://x.org/' },
    path: 'serviceData.directoryHref',
  },
  {
    tag: 'tor-onion-footer',
    attribute: 'link-groups',
    property: 'linkGroups',
    unsafe: [{ id: 'x', heading: 'X', links: [{ text: 'Click', href: UNSAFE }] }],
    path: 'linkGroups[0].links[0].href',
  },
];

const withAttribute = (row: Row, value: string) => {
  const tag = unsafeStatic(row.tag);
  const attribute = unsafeStatic(row.attribute);
  return staticHtml`<${tag} ${attribute}=${value}></${tag}>`;
};

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

    it(`<${row.tag} ${row.attribute}>: an unsafe link is reported with its path and never rendered`, async () => {
      const errors = captureReports('error');
      try {
        const element = await fixture<HTMLElement>(withAttribute(row, JSON.stringify(row.unsafe)));
        await settled(element as never);
        const reports = errors.messages.filter((message) => message.startsWith(`${row.tag}: ${row.property}`));
        expect(reports).to.have.length(1);
        expect(reports[0]).to.contain(`${row.path}: "${UNSAFE}" is not an allowed URL`);
        expect(linksIn(element).some((href) => href.trim().toLowerCase().startsWith('javascript'))).to.be.false;
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
