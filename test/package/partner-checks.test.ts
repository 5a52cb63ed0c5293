// The built drop-in bundle loads the checks of partner content (a chunk beside it) only when a page gives
// an element partner content or registers content, and never renders partner content before it is checked.
import { expect } from '@open-wc/testing';
import { captureConsole, shadowText } from '../helpers.js';

interface Result {
  ok: boolean;
  problems: Array<{ path: string; message: string }>;
}
interface Bundle {
  registerContent(locale: string, patch: unknown): Promise<Result>;
  resetContent(): void;
}
type Rendered = HTMLElement & { updateComplete: Promise<boolean> };

/** Whether the page requested the checks' chunk, as its resource timing records every module it fetched. */
const checksRequested = () =>
  performance.getEntriesByType('resource').some((entry) => /\/dist\/chunks\/checks-[\w-]+\.js$/.test(entry.name));

/**
 * Appends `element` and records its shadow root after each render, before the browser paints it (a
 * MutationObserver runs right after the DOM changes): every state a reader could see.
 */
async function renders(element: Rendered, added: Element[]): Promise<string[]> {
  added.push(document.body.appendChild(element));
  const seen: string[] = [];
  const observer = new MutationObserver(() => seen.push(shadowText(element)));
  observer.observe(element.shadowRoot!, { childList: true, subtree: true, characterData: true, attributes: true });
  await element.updateComplete;
  await new Promise(requestAnimationFrame);
  observer.disconnect();
  return seen;
}

const bundleUrl = '/dist/tor-elements.bundle.js';

describe('dist/tor-elements.bundle.js: the checks of partner content', () => {
  let bundle: Bundle;
  before(async () => {
    bundle = (await import(bundleUrl)) as Bundle;
  });
  const added: Element[] = [];
  afterEach(() => {
    bundle.resetContent();
    added.splice(0).forEach((element) => element.remove());
  });

  it('are not requested by a page whose elements have no partner content', async () => {
    const attributes: Array<[string, Record<string, string>]> = [
      ['tor-user-group-card', { group: 'journalist' }],
      ['tor-user-groups', { groups: 'activists bloggers', index: '' }],
      ['tor-tip-box', { tip: 'donate' }],
      ['tor-donate-banner', { remember: 'none' }],
      ['tor-onion-footer', {}],
    ];
    const elements = attributes.map(([tag, given]) => {
      const element = document.createElement(tag) as Rendered;
      for (const [name, value] of Object.entries(given)) element.setAttribute(name, value);
      added.push(element);
      return document.body.appendChild(element);
    });
    await Promise.all(elements.map((element) => element.updateComplete));
    expect(elements.map((element) => shadowText(element) !== '')).to.deep.equal([true, true, true, true, true]);
    expect(checksRequested()).to.equal(false);
  });

  it('load for partner content, which the first render already shows checked', async () => {
    expect(checksRequested()).to.equal(false);
    const card = document.createElement('tor-user-group-card') as Rendered;
    const group = {
      id: 'ours',
      heading: 'Our readers',
      items: [
        { segments: [{ type: 'text', text: 'A valid item.' }] },
        { segments: [{ type: 'link', text: 'A refused link', href: 'javascript:alert(1)' }] },
        { segments: [] },
      ],
    };
    card.setAttribute('group-data', JSON.stringify(group));
    const errors = captureConsole('error');
    let seen: string[];
    try {
      seen = await renders(card, added);
    } finally {
      errors.restore();
    }
    expect(checksRequested()).to.equal(true);
    expect(seen.length).to.be.greaterThan(0);
    for (const words of ['Our readers', 'A valid item.', 'A refused link']) expect(seen[0]).to.contain(words);
    expect(card.shadowRoot!.querySelector('a[href^="javascript"]')).to.equal(null);
    expect(errors.messages).to.have.length(1);
    expect(errors.messages[0]).to.contain('groupData.items[1].segments[0].href');
    expect(errors.messages[0]).to.contain('groupData.items[2].segments: must not be empty');
  });

  it('registerContent resolves to the result of the checks, and elements wait for the content', async () => {
    const errors = captureConsole('error');
    let refused: Result;
    try {
      refused = await bundle.registerContent('en', { userGroups: [{ id: 'journalist', heading: '' }] });
    } finally {
      errors.restore();
    }
    expect(refused).to.deep.equal({
      ok: false,
      problems: [{ path: 'userGroups[0].heading', message: 'must not be empty' }],
    });
    expect(errors.messages[0]).to.contain('was not registered');

    const registering = bundle.registerContent('en', {
      userGroups: [{ id: 'journalist', heading: 'Reporters use Tor' }],
    });
    const card = document.createElement('tor-user-group-card') as Rendered;
    card.setAttribute('group', 'journalist');
    const seen = await renders(card, added);
    expect(await registering).to.deep.equal({ ok: true, problems: [] });
    expect(seen[0]).to.contain('Reporters use Tor');
  });

  it('says how to fix code that reads the result without awaiting it', async () => {
    const errors = captureConsole('error');
    try {
      const pending = bundle.registerContent('en', {
        tips: [{ id: 'donate', segments: [{ type: 'text', text: 'Give.' }] }],
      });
      expect((pending as unknown as Result).ok).to.equal(undefined);
      expect(errors.messages).to.have.length(1);
      expect(errors.messages[0]).to.contain('returns a Promise');
      expect(errors.messages[0]).to.contain('await registerContent(locale, patch)');
      expect((await pending).ok).to.equal(true);
    } finally {
      errors.restore();
    }
  });
});
