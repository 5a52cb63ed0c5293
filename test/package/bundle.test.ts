// The built drop-in bundle as a partner's page loads it with one <script type="module"> tag.
import { expect } from '@open-wc/testing';
import { captureConsole } from '../helpers.js';

const TAGS = ['tor-user-group-card', 'tor-user-groups', 'tor-tip-box', 'tor-donate-banner', 'tor-onion-footer'];

describe('dist/tor-elements.bundle.js', () => {
  it('registers all five elements and renders them', async () => {
    await import('/dist/tor-elements.bundle.js' as string);
    expect(TAGS.filter((tag) => customElements.get(tag))).to.deep.equal(TAGS);
    const footer = document.createElement('tor-onion-footer');
    document.body.append(footer);
    await (footer as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    expect(footer.shadowRoot!.textContent).to.contain('onion.torproject.org');
    footer.remove();
  });

  it('exports the content API for partners who use the bundle alone', async () => {
    const bundle = (await import('/dist/tor-elements.bundle.js' as string)) as Record<string, unknown>;
    for (const name of ['registerContent', 'setLocalesUrl', 'listenToReports', 'isOnionHost', 'TorOnionFooter']) {
      expect(typeof bundle[name], name).to.equal('function');
    }
    // What only build tools need stays out of every reader's download.
    expect(bundle.parseOnionAddress).to.equal(undefined);
  });

  it('does not throw when a second copy of the package loads on the same page, and says so', async () => {
    const warnings = captureConsole('warn');
    try {
      // A different URL is a second module instance: a second copy of every class.
      await import('/dist/tor-elements.bundle.js?second-copy' as string);
      expect(warnings.messages).to.have.length(TAGS.length);
      expect(warnings.messages[0]).to.contain('already defined by another copy of tor-elements; keeping the first one');
    } finally {
      warnings.restore();
    }
  });
});
