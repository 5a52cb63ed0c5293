// The footer checks its address without SHA3 and base32 when it shows the content's own address; any
// other address makes it load the full checker once, from the page's origin, before it renders.
import { expect, html } from '@open-wc/testing';
import '../../src/components/onion-footer/tor-onion-footer.js';
import { fixture, part, settled } from '../helpers.js';

const checkerRequests = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name))
    .filter((url) => url.pathname.endsWith('/policy/onion-address.ts'));

const PARTNER_V3 = 'pg6mmjiyjmcrsslvykfwnntlaru7p5svn6y2ymmju6nubxndf4pscryd.onion';

describe('the onion address checker loads only when needed', () => {
  it('is not loaded for the content’s own address', async () => {
    const footer = await fixture<HTMLElement>(html`<tor-onion-footer no-links></tor-onion-footer>`);
    await settled(footer as never);
    expect(part(footer, 'address')!.textContent).to.equal(
      '2gzyxa5ihm7nsggfxnu52rck2vv4rvmdlkiu3zzui5du4xyclen53wid.onion',
    );
    expect(checkerRequests()).to.deep.equal([]);
  });

  it('is loaded once, from the page’s origin, for other addresses, and the footer waits for it', async () => {
    const footers = await fixture<HTMLElement>(
      html`<div>
        <tor-onion-footer no-links address=${PARTNER_V3}></tor-onion-footer>
        <tor-onion-footer
          no-links
          address="pg6mmjiyjmcrsslvykfwnntlaru7p5svn6y2ymmju6nubxndf4pscrye.onion"
        ></tor-onion-footer>
      </div>`,
    );
    const [good, mistyped] = [...footers.querySelectorAll('tor-onion-footer')];
    await settled(good as never);
    await settled(mistyped as never);
    expect(part(good!, 'address')!.textContent).to.equal(PARTNER_V3);
    expect(part(mistyped!, 'address')).to.equal(null);
    const requests = checkerRequests();
    expect(requests).to.have.length(1);
    expect(requests[0]!.origin).to.equal(location.origin);
  });
});
