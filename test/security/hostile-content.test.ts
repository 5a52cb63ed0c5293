// Content from anyone: arbitrary JSON (with `__proto__`, `constructor` and `prototype` keys) into the
// content API and into every JSON attribute of every element. Nothing throws, every problem names a
// path, and an element with content to show never renders blank.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { LitElement } from 'lit';
import '../../src/all.js';
import { registerContent, resetContent } from '../../src/content/registry.js';
import { validateContent, validateContentPatch, type ContentProblem } from '../../src/content/validate.js';
import type { ContentPatch } from '../../src/content/types.js';
import { fillText } from '../../src/internal/rich-text.js';
import { jsonAttribute } from '../../src/internal/tor-element.js';
import { captureConsole, captureReports, settled, shadowText } from '../helpers.js';

// Each run renders elements; enough runs to meet every branch of the checks, with time to spare on a busy machine.
const RUNS = 40;
const PATIENCE_MS = 120_000;

/** Keys the content uses, keys that reach prototypes, and any short string. */
const key = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'),
  fc.constantFrom('id', 'heading', 'items', 'segments', 'type', 'text', 'href', 'image', 'src', 'alt', 'links'),
  fc.constantFrom('userGroups', 'tips', 'campaigns', 'onionServices', 'footerLinks', 'footerNotice', 'ui', 'dir'),
  fc.constantFrom('tipBox', 'userGroups', 'onionFooter', 'address', 'siteName', 'start', 'end', 'callToAction'),
  fc.string({ maxLength: 6 }),
);

/** Strings the checks care about, and any string. */
const text = fc.oneof(
  fc.constantFrom('journalist', 'donate', 'text', 'link', 'strong', 'emphasis', 'rtl', '2025-12-01', '{heading}'),
  fc.constantFrom('javascript:alert(1)', '//other.host/x.png', '\\\\other.host\\x.png', 'data:image/png;base64,AA=='),
  fc.string({ maxLength: 12 }),
);

/** Any JSON value, built as JSON.parse builds it: a `__proto__` key is an own property, not the prototype. */
const { json } = fc.letrec((tie) => ({
  json: fc.oneof(
    { depthSize: 'small' },
    fc.constant(null),
    fc.boolean(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    text,
    fc.array(tie('json'), { maxLength: 4 }),
    fc.array(fc.tuple(key, tie('json')), { maxLength: 5 }).map((entries) => Object.fromEntries(entries)),
  ),
}));

/** A patch shaped like content at the top, arbitrary below. */
const patchLike = fc
  .array(fc.tuple(fc.constantFrom('userGroups', 'tips', 'ui', 'campaigns', 'footerLinks', '__proto__'), json), {
    maxLength: 3,
  })
  .map((entries) => Object.fromEntries(entries));

const anyContent = fc.oneof(json, patchLike).map((value) => JSON.parse(JSON.stringify(value)) as unknown);

const withPaths = (problems: readonly ContentProblem[]) => problems.every((problem) => problem.path.trim() !== '');

/** A problem as a line of a report: a path (one line, never empty), then its message. */
const PROBLEM_LINE = /^\S.*?: \S/;

/** The lines of a report that list problems (`path: message`), after its summary line. */
const problemLines = (message: string) => message.split('\n').slice(1);

/** Every element as a page writes it with content to show, and whether it must then show something. */
const WITH_CONTENT: Array<[tag: string, attributes: Record<string, string>]> = [
  ['tor-user-group-card', { group: 'journalist' }],
  ['tor-user-groups', {}],
  ['tor-tip-box', { tip: 'donate' }],
  ['tor-donate-banner', {}],
  ['tor-onion-footer', {}],
];

async function render(tag: string, attributes: Record<string, string>) {
  const element = document.createElement(tag) as LitElement;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  document.body.append(element);
  await settled(element);
  return element;
}

describe('hostile content', () => {
  afterEach(() => resetContent());

  it('validateContent and validateContentPatch never throw, and name a path for every problem', () => {
    fc.assert(
      fc.property(anyContent, (value) => {
        for (const validate of [validateContent, validateContentPatch]) {
          const result = validate(value);
          expect(result.ok || result.problems.length > 0).to.be.true;
          expect(withPaths(result.problems), JSON.stringify(result.problems)).to.be.true;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('registerContent never throws or pollutes a prototype, and every element still shows its content', async function () {
    this.timeout(PATIENCE_MS);
    await fc.assert(
      fc.asyncProperty(anyContent, async (value) => {
        const errors = captureConsole('error');
        const reports = captureReports('error');
        try {
          const result = registerContent('en', value as ContentPatch);
          expect(withPaths(result.problems)).to.be.true;
          expect(Object.getOwnPropertyNames(Object.prototype)).to.not.include.members(['userGroups', 'tips', 'ui']);
          for (const [tag, attributes] of WITH_CONTENT) {
            const element = await render(tag, attributes);
            // The banner may be outside its campaign's dates; every other element has words to show.
            if (tag !== 'tor-donate-banner') expect(shadowText(element), tag).to.not.equal('');
            element.remove();
          }
          for (const line of errors.messages.flatMap(problemLines)) expect(line).to.match(PROBLEM_LINE);
        } finally {
          reports.restore();
          errors.restore();
          resetContent();
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('the prototype-pollution patch of issue 13 is refused, and no element breaks', async () => {
    registerContent('en', {});
    const errors = captureConsole('error');
    try {
      const hostile = JSON.parse('{"__proto__":{"userGroups":[{"id":"journalist","items":"x"}]}}') as ContentPatch;
      expect(registerContent('en', hostile).ok).to.be.false;
    } finally {
      errors.restore();
    }
    for (const [tag, attributes] of WITH_CONTENT) {
      const element = await render(tag, attributes);
      if (tag !== 'tor-donate-banner') expect(shadowText(element), tag).to.not.equal('');
      element.remove();
    }
  });

  describe('every JSON attribute of every element', () => {
    const attributes = WITH_CONTENT.flatMap(([tag]) => {
      const element = customElements.get(tag) as unknown as typeof LitElement;
      return [...element.elementProperties]
        .filter(([, options]) => options.converter === jsonAttribute)
        .map(([property, options]) => ({ tag, property: String(property), attribute: String(options.attribute) }));
    });

    it('are all covered', () => {
      expect(attributes.map(({ tag, attribute }) => `${tag} ${attribute}`).sort()).to.deep.equal([
        'tor-donate-banner campaign-data',
        'tor-onion-footer link-groups',
        'tor-onion-footer notice-data',
        'tor-onion-footer service-data',
        'tor-tip-box tip-data',
        'tor-user-group-card group-data',
        'tor-user-groups groups-data',
      ]);
    });

    for (const { tag, property, attribute } of attributes) {
      it(`<${tag} ${attribute}>: any JSON or text never throws, and every report names its path`, async function () {
        this.timeout(PATIENCE_MS);
        const raw = fc.oneof(
          anyContent.map((value) => JSON.stringify(value)),
          fc.string({ maxLength: 20 }),
        );
        await fc.assert(
          fc.asyncProperty(raw, async (value) => {
            const reports = captureReports('error');
            try {
              const element = await render(tag, { ...Object.fromEntries(WITH_CONTENT)[tag], [attribute]: value });
              const own = reports.messages.filter((message) => message.startsWith(`${tag}: ${property}`));
              for (const line of own.flatMap(problemLines)) {
                expect(line.startsWith(property) && PROBLEM_LINE.test(line), line).to.be.true;
              }
              // The box's heading and the footer's onion line show whatever a partner passes.
              if (tag === 'tor-tip-box' || tag === 'tor-onion-footer') expect(shadowText(element)).to.not.equal('');
              element.remove();
            } finally {
              reports.restore();
            }
          }),
          { numRuns: RUNS },
        );
      });
    }
  });

  it('a UI string fills its own placeholders only: {constructor} and {toString} stay as written', () => {
    expect(fillText('Link to {heading} {constructor} {toString}', { heading: 'X' })).to.equal(
      'Link to X {constructor} {toString}',
    );
  });

  it('content registered through a second copy of tor-elements reaches the first copy’s elements', async () => {
    // A different URL is a second module instance: a second registry, as a second bundle would have.
    const second = (await import('/src/content/registry.ts?second-copy' as string)) as {
      registerContent: typeof registerContent;
    };
    second.registerContent('en', { ui: { tipBox: { heading: 'Partner tip' } } });
    const box = await render('tor-tip-box', { tip: 'donate' });
    expect(shadowText(box)).to.contain('Partner tip');
    box.remove();
  });

  it('says so in the console when a copy of another version holds the registry', async () => {
    const key = Symbol.for('tor-elements.content-registry');
    const holder = globalThis as unknown as Record<symbol, unknown>;
    const shared = holder[key];
    holder[key] = { version: 0 };
    const warnings = captureConsole('warn');
    try {
      const other = (await import('/src/content/store.ts?other-version' as string)) as {
        registeredContent: () => unknown[];
      };
      expect(other.registeredContent()).to.deep.equal([]);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('another copy of tor-elements, of an incompatible version');
    } finally {
      warnings.restore();
      holder[key] = shared;
    }
  });
});
