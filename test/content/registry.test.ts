import { expect } from '@open-wc/testing';
import { getContent } from '../../src/content/index.js';
import {
  contentLocale,
  getSection,
  onContentChange,
  registerContent,
  resetContent,
} from '../../src/content/registry.js';
import { en } from '../../src/content/en/index.js';
import { plainText } from '../../src/content/segments.js';
import type { ContentPatch } from '../../src/content/types.js';
import { PAGE_GROUP_IDS } from '../expected.js';

/** Captures console.error while `body` runs. */
function capturingErrors(body: () => void): string[] {
  const original = console.error;
  const messages: string[] = [];
  console.error = (...args: unknown[]) => messages.push(args.map(String).join(' '));
  try {
    body();
  } finally {
    console.error = original;
  }
  return messages;
}

describe('content registry', () => {
  afterEach(() => resetContent());

  it('gives the English content by default, with all 9 groups', () => {
    const content = getContent();
    expect(content.locale).to.equal('en');
    expect(content.dir).to.equal('ltr');
    expect(content.userGroups.map((group) => group.id)).to.deep.equal(PAGE_GROUP_IDS);
    expect(content.source?.licence).to.equal('CC BY 3.0 US');
  });

  it('lets a partner override one group and keeps the rest in English', () => {
    registerContent('en', { userGroups: [{ id: 'journalist', heading: 'Reporters use Tor' }] });
    const groups = getContent('en').userGroups;
    expect(groups).to.have.length(9);
    expect(groups[1]!.heading).to.equal('Reporters use Tor');
    expect(groups[1]!.items).to.deep.equal(en.userGroups[1]!.items);
    expect(groups[0]).to.deep.equal(en.userGroups[0]);
  });

  it('adds a new locale whose missing fields fall back to English', () => {
    registerContent('fa', { dir: 'rtl', ui: { tipBox: { heading: 'نکته' } } });
    const fa = getContent('fa');
    expect(fa.locale).to.equal('fa');
    expect(fa.dir).to.equal('rtl');
    expect(fa.ui.tipBox.heading).to.equal('نکته');
    expect(fa.ui.onionFooter.copy).to.equal(en.ui.onionFooter.copy);
    expect(fa.userGroups).to.deep.equal(en.userGroups);
  });

  it('uses the language for a regional locale and the region on top of it', () => {
    registerContent('pt', {
      ui: { tipBox: { heading: 'Dica' } },
      tips: [{ id: 'donate', segments: [{ type: 'text', text: 'Doe.' }] }],
    });
    registerContent('pt-BR', { ui: { tipBox: { heading: 'Dica do Tor' } } });
    const brazil = getContent('pt-BR');
    expect(brazil.ui.tipBox.heading).to.equal('Dica do Tor');
    expect(plainText(brazil.tips[0]!.segments)).to.equal('Doe.');
    expect(getContent('pt').ui.tipBox.heading).to.equal('Dica');
    expect(contentLocale('pt-BR')).to.equal('pt-BR');
    expect(contentLocale('de')).to.equal('en');
  });

  it('infers right to left for Arabic, Farsi and Hebrew when the patch does not say', () => {
    registerContent('ar', { ui: { tipBox: { heading: 'نصيحة' } } });
    expect(getContent('ar').dir).to.equal('rtl');
    expect(getContent('he').dir).to.equal('rtl');
    expect(getContent('de').dir).to.equal('ltr');
  });

  it('appends a new group a partner adds, and leaves out an incomplete one with an error naming its path', () => {
    const group = {
      id: 'students',
      heading: 'Students use Tor',
      items: [{ segments: [{ type: 'text' as const, text: 'They research.' }] }],
    };
    const errors = capturingErrors(() =>
      registerContent('en', { userGroups: [group, { id: 'half', heading: 'No items' }] }),
    );
    expect(errors).to.deep.equal([]);
    let ids: string[] = [];
    const lateErrors = capturingErrors(() => {
      ids = getContent('en').userGroups.map((g) => g.id);
    });
    expect(ids.slice(-1)).to.deep.equal(['students']);
    expect(lateErrors.join('\n')).to.contain('userGroups[1].items: is required');
  });

  it('refuses invalid content, logs every problem with its path and keeps English', () => {
    const errors = capturingErrors(() => {
      const result = registerContent('en', {
        userGroups: [
          { id: 'journalist', items: [{ segments: [{ type: 'link', text: 'x', href: 'javascript:alert(1)' }] }] },
        ],
      });
      expect(result.ok).to.be.false;
    });
    expect(errors).to.have.length(1);
    expect(errors[0]).to.contain('tor-elements: content for "en" was not registered');
    expect(errors[0]).to.contain(
      'userGroups[0].items[0].segments[0].href: "javascript:alert(1)" is not an allowed URL',
    );
    expect(getContent('en').userGroups[1]).to.deep.equal(en.userGroups[1]);
  });

  it('refuses a patch that reaches through __proto__, and never pollutes an object prototype', () => {
    registerContent('en', {});
    let result: ReturnType<typeof registerContent> | undefined;
    const errors = capturingErrors(() => {
      const hostile = JSON.parse('{"__proto__": {"userGroups": [{"id": "journalist", "items": "x"}]}}') as ContentPatch;
      result = registerContent('en', hostile);
    });
    expect(result!.ok).to.be.false;
    expect(result!.problems.map((problem) => problem.path)).to.deep.equal(['__proto__']);
    expect(errors[0]).to.contain('__proto__: is not allowed');
    expect(({} as Record<string, unknown>).userGroups).to.equal(undefined);
    expect(getContent('en').userGroups.map((group) => group.items.length)).to.deep.equal(
      en.userGroups.map((group) => group.items.length),
    );
  });

  it('merges a second registration for the same locale over the first', () => {
    registerContent('de', { ui: { tipBox: { heading: 'Tor-Tipp' } } });
    registerContent('de', { ui: { donateBanner: { dismiss: 'Schließen' } } });
    const de = getContent('de');
    expect(de.ui.tipBox.heading).to.equal('Tor-Tipp');
    expect(de.ui.donateBanner.dismiss).to.equal('Schließen');
  });

  it('tells listeners when content changes, so elements re-render', () => {
    let calls = 0;
    const stop = onContentChange(() => (calls += 1));
    registerContent('de', { ui: { tipBox: { heading: 'Tor-Tipp' } } });
    stop();
    registerContent('de', { ui: { tipBox: { heading: 'Tipp' } } });
    expect(calls).to.equal(1);
  });

  it('looks up one section without the others', () => {
    registerContent('de', { ui: { tipBox: { heading: 'Tor-Tipp' } } });
    expect(getSection('ui', 'de-AT', en.ui).tipBox.heading).to.equal('Tor-Tipp');
    expect(getSection('tips', 'de', en.tips)).to.equal(en.tips);
  });
});
