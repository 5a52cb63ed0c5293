import { expect } from '@open-wc/testing';
import { en } from '../../src/content/en/index.js';
import {
  formatProblems,
  validateCampaign,
  validateContent,
  validateContentPatch,
  validateTip,
  validateUserGroup,
  type ContentProblem,
} from '../../src/content/validate.js';

/** A deep copy of the English content that a test may break. */
const copyOfEnglish = (): Record<string, unknown> => structuredClone(en) as unknown as Record<string, unknown>;

const problemAt = (problems: ContentProblem[], path: string) => problems.find((problem) => problem.path === path);

describe('validateContent', () => {
  it('accepts the default English content', () => {
    const result = validateContent(en);
    expect(formatProblems(result.problems)).to.equal('');
    expect(result.ok).to.be.true;
  });

  it('names the exact path of an unsafe link', () => {
    const content = copyOfEnglish() as unknown as typeof en;
    content.userGroups[3]!.items[2]!.segments[0] = { type: 'link', text: 'click', href: 'javascript:alert(1)' };
    const result = validateContent(content);
    expect(result.ok).to.be.false;
    expect(formatProblems(result.problems)).to.equal(
      'userGroups[3].items[2].segments[0].href: "javascript:alert(1)" is not an allowed URL (use http, https, mailto or a relative URL)',
    );
  });

  it('refuses obfuscated and non-web URLs wherever a URL is expected', () => {
    const content = copyOfEnglish() as unknown as typeof en;
    content.footerLinks[0]!.links[0]!.href = ' JaVa\tScRiPt:alert(1)';
    content.campaigns[0]!.callToAction.href = 'data:text/html,<script>alert(1)</script>';
    content.onionServices[0]!.directoryHref = 'vbscript:msgbox';
    const paths = validateContent(content).problems.map((problem) => problem.path);
    expect(paths).to.have.members([
      'footerLinks[0].links[0].href',
      'campaigns[0].callToAction.href',
      'onionServices[0].directoryHref',
    ]);
  });

  it('reports nested link segments inside bold text with their full path', () => {
    const content = copyOfEnglish() as unknown as typeof en;
    content.userGroups[1]!.items[0]!.segments = [
      { type: 'strong', segments: [{ type: 'link', text: 'RSF', href: 'javascript:void 0' }] },
    ];
    expect(validateContent(content).problems.map((p) => p.path)).to.deep.equal([
      'userGroups[1].items[0].segments[0].segments[0].href',
    ]);
  });

  it('reports wrong types with what it found', () => {
    const content = copyOfEnglish();
    (content.userGroups as Array<Record<string, unknown>>)[0]!.heading = 42;
    (content as Record<string, unknown>).tips = 'none';
    const { problems } = validateContent(content);
    expect(problemAt(problems, 'userGroups[0].heading')?.message).to.equal('expected a string, got number 42');
    expect(problemAt(problems, 'tips')?.message).to.equal('expected an array, got "none"');
  });

  it('reports missing fields, unknown fields and unknown segment types', () => {
    const content = copyOfEnglish() as unknown as typeof en;
    delete (content.userGroups[2] as Partial<(typeof en.userGroups)[number]>).heading;
    (content.userGroups[2] as unknown as Record<string, unknown>).headline = 'typo';
    (content.userGroups[2]!.items[0]!.segments[0] as unknown as Record<string, unknown>).type = 'html';
    const { problems } = validateContent(content);
    expect(problemAt(problems, 'userGroups[2].heading')?.message).to.equal('is required');
    expect(problemAt(problems, 'userGroups[2].headline')?.message).to.equal('is not a known field');
    expect(problemAt(problems, 'userGroups[2].items[0].segments[0].type')?.message).to.contain(
      'expected one of "text", "link"',
    );
  });

  it('reports duplicate ids, empty lists and bad directions', () => {
    const content = copyOfEnglish() as unknown as typeof en;
    content.userGroups[4]!.id = content.userGroups[0]!.id;
    content.userGroups[5]!.items = [];
    (content as { dir: string }).dir = 'up';
    const { problems } = validateContent(content);
    expect(problemAt(problems, 'userGroups[4].id')?.message).to.equal('duplicate id "normalusers"');
    expect(problemAt(problems, 'userGroups[5].items')?.message).to.equal('must not be empty');
    expect(problemAt(problems, 'dir')?.message).to.equal('expected one of "ltr", "rtl", got "up"');
  });

  it('requires the placeholders a UI template needs', () => {
    const content = copyOfEnglish() as unknown as typeof en;
    content.ui.onionFooter.offer = 'We offer an onion service.';
    const { problems } = validateContent(content);
    expect(problemAt(problems, 'ui.onionFooter.offer')?.message).to.equal('must contain {onionService} and {address}');
  });

  it('does not throw on values that are not content at all', () => {
    for (const value of [null, undefined, 0, 'text', [], () => 1, Symbol('x'), new Date()]) {
      const result = validateContent(value);
      expect(result.ok).to.be.false;
      expect(result.problems[0]!.message).to.match(/^expected an object/);
    }
  });

  it('names the content itself when the content is not an object, never an empty path', () => {
    for (const value of [null, 42, 'text', []]) {
      const { problems } = validateContent(value);
      expect(formatProblems(problems)).to.match(/^content: expected an object, got /);
    }
    expect(formatProblems(validateContentPatch(null).problems)).to.equal('content: expected an object, got null');
  });

  it('refuses __proto__, constructor and prototype keys anywhere, each with its path', () => {
    const patch = JSON.parse(
      '{"__proto__": {"userGroups": []}, "ui": {"tipBox": {"constructor": "x"}},' +
        ' "tips": [{"id": "donate", "prototype": {}, "segments": [{"type": "text", "text": "t", "__proto__": null}]}]}',
    ) as unknown;
    const { ok, problems } = validateContentPatch(patch);
    expect(ok).to.be.false;
    expect(problems.map((problem) => problem.path)).to.have.members([
      '__proto__',
      'ui.tipBox.constructor',
      'tips[0].prototype',
      'tips[0].segments[0].__proto__',
    ]);
    expect(problems[0]!.message).to.equal('is not allowed: "__proto__", "constructor", "prototype" are never content');
  });

  it('reads only own fields: inherited names are unknown fields, not content', () => {
    const { problems } = validateContentPatch({ ui: { tipBox: { toString: 'x', hasOwnProperty: 'y' } } });
    expect(formatProblems(problems)).to.equal(
      'ui.tipBox.toString: is not a known field\nui.tipBox.hasOwnProperty: is not a known field',
    );
    const tip = validateTip({ id: 'x', segments: [{ type: 'constructor' }, { type: 'toString', text: 'x' }] });
    expect(tip.problems.map((problem) => problem.path)).to.deep.equal(['tip.segments[0].type', 'tip.segments[1].type']);
  });

  it('quotes a key that is not a plain name, so a path is always one readable line', () => {
    const { problems } = validateContentPatch(JSON.parse('{"ui": {"a.b": 1, "x\\ny": 2, ":": 3}}'));
    expect(problems.map((problem) => problem.path)).to.deep.equal(['ui["a.b"]', 'ui["x\\ny"]', 'ui[":"]']);
  });

  it('stops at absurdly deep nesting instead of overflowing the stack', () => {
    let segment: Record<string, unknown> = { type: 'text', text: 'deep' };
    for (let depth = 0; depth < 5000; depth += 1) segment = { type: 'strong', segments: [segment] };
    const result = validateUserGroup({ id: 'x', heading: 'X', items: [{ segments: [segment] }] });
    expect(result.ok).to.be.false;
    expect(result.problems).to.have.length(1);
    expect(result.problems[0]!.message).to.contain('nest more than');
  });
});

describe('validateContentPatch', () => {
  it('accepts a patch that overrides one group heading', () => {
    expect(validateContentPatch({ userGroups: [{ id: 'journalist', heading: 'Reporters use Tor' }] }).ok).to.be.true;
  });

  it('needs an id on every listed item, since that is how it finds what it overrides', () => {
    const { problems } = validateContentPatch({ userGroups: [{ heading: 'No id' }] });
    expect(formatProblems(problems)).to.equal('userGroups[0].id: is required');
  });

  it('still checks every value it is given', () => {
    const { problems } = validateContentPatch({
      ui: { onionFooter: { copy: '' } },
      tips: [{ id: 'donate', segments: [{ type: 'link', text: 'x', href: 'data:,x' }] }],
    });
    expect(problems.map((p) => p.path)).to.have.members(['ui.onionFooter.copy', 'tips[0].segments[0].href']);
  });
});

describe('validateCampaign', () => {
  const campaign = { ...en.campaigns[0]!, start: '2026-12-01', end: '2026-12-31' };

  it('accepts dates in order', () => {
    expect(validateCampaign(campaign).ok).to.be.true;
  });

  it('reports an end before the start and malformed dates', () => {
    expect(formatProblems(validateCampaign({ ...campaign, end: '2026-11-01' }).problems)).to.equal(
      'campaign.end: ends (2026-11-01) before it starts (2026-12-01)',
    );
    expect(formatProblems(validateCampaign({ ...campaign, start: '1 Dec 2026' }).problems)).to.equal(
      'campaign.start: expected a date as YYYY-MM-DD, got "1 Dec 2026"',
    );
  });
});
