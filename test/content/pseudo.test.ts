import { expect } from '@open-wc/testing';
import { en } from '../../src/content/en/index.js';
import { PSEUDO_LONG, PSEUDO_RTL, pseudoContent } from '../../src/content/pseudo.js';
import { plainText } from '../../src/content/segments.js';
import { validateContent } from '../../src/content/validate.js';

describe('pseudo-locales', () => {
  it('are valid content that keeps ids, links and addresses', () => {
    for (const locale of [PSEUDO_LONG, PSEUDO_RTL] as const) {
      const content = pseudoContent(locale);
      expect(validateContent(content).ok, locale).to.be.true;
      expect(content.userGroups.map((g) => g.id)).to.deep.equal(en.userGroups.map((g) => g.id));
      expect(content.onionServices).to.deep.equal(en.onionServices);
      expect(content.footerLinks.flatMap((g) => g.links.map((l) => l.href))).to.deep.equal(
        en.footerLinks.flatMap((g) => g.links.map((l) => l.href)),
      );
    }
  });

  it('makes the long locale accented and about 40 % longer', () => {
    const long = pseudoContent(PSEUDO_LONG);
    const english = plainText(en.userGroups[3]!.items.flatMap((item) => item.segments));
    const stretched = plainText(long.userGroups[3]!.items.flatMap((item) => item.segments));
    expect(stretched.length / english.length).to.be.within(1.35, 1.45);
    expect(long.userGroups[0]!.heading).to.match(/^Ñöŕɱåļ/);
    expect(long.dir).to.equal('ltr');
  });

  it('keeps {placeholders} intact so templates still fill in', () => {
    const long = pseudoContent(PSEUDO_LONG);
    expect(long.ui.onionFooter.offer).to.contain('{onionService}').and.to.contain('{address}');
  });

  it('makes the RTL locale right to left', () => {
    const rtl = pseudoContent(PSEUDO_RTL);
    expect(rtl.dir).to.equal('rtl');
    expect(rtl.ui.tipBox.heading).to.equal('\u200FTor\u200F \u200FTip\u200F');
  });
});
