// Every public property of every element, set from script to values of the wrong type: nothing throws;
// what has one obvious meaning is converted; anything else is reported once, naming the property, and
// the element renders as if the property were unset. One table: a new property adds a row.
import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../src/all.js';
import { captureReports, settled } from '../helpers.js';

interface Row {
  tag: string;
  property: string;
  /** Values the property cannot use: one report naming the property each, and the render of an unset property. */
  refused: unknown[];
  /** Values read as another of the property's own type: the same render as that one. */
  converted?: Array<[given: unknown, same: unknown]>;
  /** Why the property takes any value (booleans by truthiness; partner content, checked on its own). */
  takesAnything?: string;
}

const WRONG = [{}, [1], true];
const NOT_A_DAY = ['yesterday', '14/03/2025', '2025-02-30', {}, 42];

/** Properties every test of a tag starts from, so each render shows the element's content. */
const SETUP: Record<string, Record<string, unknown>> = {
  'tor-user-group-card': { group: 'journalist' },
  'tor-tip-box': { date: '2025-03-14' },
};

const ROWS: Row[] = [
  { tag: 'tor-user-group-card', property: 'group', refused: WRONG, converted: [[null, '']] },
  { tag: 'tor-user-group-card', property: 'groupData', refused: [], takesAnything: 'partner content' },
  { tag: 'tor-user-group-card', property: 'imageOrigins', refused: WRONG },
  {
    tag: 'tor-user-group-card',
    property: 'headingLevel',
    refused: ['x', -1, 7, {}, Number.NaN],
    converted: [
      ['3', 3],
      ['0', 0],
    ],
  },
  {
    tag: 'tor-user-groups',
    property: 'groups',
    refused: [{}, [1], true],
    converted: [
      [undefined, ''],
      [null, ''],
      [[], ''],
      [42, '42'],
      [['journalist', 'activists'], 'journalist activists'],
    ],
  },
  { tag: 'tor-user-groups', property: 'groupsData', refused: [], takesAnything: 'partner content' },
  { tag: 'tor-user-groups', property: 'index', refused: [], takesAnything: 'a boolean, by truthiness' },
  { tag: 'tor-user-groups', property: 'imageOrigins', refused: WRONG },
  { tag: 'tor-user-groups', property: 'headingLevel', refused: ['x', 9, {}], converted: [[4.2, 4]] },
  { tag: 'tor-tip-box', property: 'tip', refused: WRONG, converted: [[null, '']] },
  { tag: 'tor-tip-box', property: 'tipData', refused: [], takesAnything: 'partner content' },
  {
    tag: 'tor-tip-box',
    property: 'date',
    refused: ['yesterday', '14/03/2025', {}, new Date(Number.NaN)],
    converted: [
      ['2025-03-16', new Date(2025, 2, 16)],
      [new Date(2025, 2, 16, 12).getTime(), new Date(2025, 2, 16)],
    ],
  },
  { tag: 'tor-tip-box', property: 'serverDay', refused: NOT_A_DAY },
  { tag: 'tor-tip-box', property: 'headingLevel', refused: ['x', -1, {}] },
  { tag: 'tor-donate-banner', property: 'campaign', refused: WRONG },
  { tag: 'tor-donate-banner', property: 'campaignData', refused: [], takesAnything: 'partner content' },
  { tag: 'tor-donate-banner', property: 'headingLevel', refused: ['x', -2, {}] },
  { tag: 'tor-donate-banner', property: 'remember', refused: ['forever', 42, {}], converted: [[null, 'session']] },
  {
    tag: 'tor-donate-banner',
    property: 'now',
    refused: ['soon', '12/24/2025', {}, true, new Date(Number.NaN)],
    converted: [
      ['2025-12-24', new Date(2025, 11, 24)],
      ['2025-12-24T12:00:00Z', new Date(Date.UTC(2025, 11, 24, 12))],
      [new Date(2025, 11, 24).getTime(), new Date(2025, 11, 24)],
    ],
  },
  { tag: 'tor-donate-banner', property: 'serverDay', refused: NOT_A_DAY },
  { tag: 'tor-onion-footer', property: 'address', refused: WRONG },
  { tag: 'tor-onion-footer', property: 'siteName', refused: WRONG },
  { tag: 'tor-onion-footer', property: 'directoryHref', refused: WRONG },
  { tag: 'tor-onion-footer', property: 'serviceData', refused: [], takesAnything: 'partner content' },
  { tag: 'tor-onion-footer', property: 'linkGroups', refused: [], takesAnything: 'partner content' },
  { tag: 'tor-onion-footer', property: 'noticeData', refused: [], takesAnything: 'partner content' },
  { tag: 'tor-onion-footer', property: 'headingLevel', refused: ['x', 8, {}] },
  { tag: 'tor-onion-footer', property: 'noCopy', refused: [], takesAnything: 'a boolean, by truthiness' },
  { tag: 'tor-onion-footer', property: 'noLinks', refused: [], takesAnything: 'a boolean, by truthiness' },
  { tag: 'tor-onion-footer', property: 'pageHost', refused: WRONG },
  { tag: 'tor-onion-footer', property: 'serverHost', refused: WRONG },
];

const TAGS = [...new Set(ROWS.map((row) => row.tag))];

/** The shadow root as markup, without Lit's comments: what a reader's browser lays out. */
const markup = (element: Element) => element.shadowRoot!.innerHTML.replace(/<!--[\s\S]*?-->/g, '');

/**
 * Renders `row.tag` with its setup (less the property under test) and `properties`, and returns what it
 * reported; a throw in an update fails the test.
 */
async function rendered(row: Row, properties: Record<string, unknown>) {
  const errors = captureReports('error');
  const element = document.createElement(row.tag) as LitElement;
  const setup = Object.entries(SETUP[row.tag] ?? {}).filter(([name]) => name !== row.property);
  Object.assign(element, Object.fromEntries(setup), properties);
  document.body.append(element);
  try {
    await settled(element);
    return { html: markup(element), reports: errors.messages };
  } finally {
    errors.restore();
    element.remove();
  }
}

const describeValue = (value: unknown) =>
  value instanceof Date ? `Date(${value.getTime()})` : Array.isArray(value) ? JSON.stringify(value) : String(value);

describe('properties set from script to values of any type', () => {
  for (const row of ROWS) {
    if (row.takesAnything) continue;
    describe(`<${row.tag}>.${row.property}`, () => {
      for (const value of row.refused) {
        it(`refuses ${describeValue(value)} with one report naming ${row.property}, and renders as if unset`, async () => {
          const unset = await rendered(row, {});
          const given = await rendered(row, { [row.property]: value });
          const reports = given.reports.filter((message) => !unset.reports.includes(message));
          expect(reports).to.have.length(1);
          expect(reports[0]).to.match(new RegExp(`^${row.tag}: .*\\b${row.property}\\b`));
          expect(given.html).to.equal(unset.html);
        });
      }
      for (const [value, same] of row.converted ?? []) {
        it(`reads ${describeValue(value)} as ${describeValue(same)}`, async () => {
          const expected = await rendered(row, { [row.property]: same });
          const given = await rendered(row, { [row.property]: value });
          expect(given.html).to.equal(expected.html);
          expect(given.reports).to.deep.equal(expected.reports);
        });
      }
    });
  }

  it('covers every public property of every element', () => {
    const covered = new Set(ROWS.map((row) => `${row.tag}.${row.property}`));
    const declared = TAGS.flatMap((tag) => {
      const element = customElements.get(tag) as unknown as typeof LitElement;
      return [...element.elementProperties]
        .filter(([, options]) => !options.state)
        .map(([name]) => `${tag}.${String(name)}`);
    });
    expect(declared.filter((name) => !covered.has(name))).to.deep.equal([]);
  });
});
