// The drop-in bundles on a page whose Content-Security-Policy enforces Trusted Types: with the policy
// Lit needs (`lit-html`) allowed they work as usual; without it, one clear console error and the page's
// own content, never an exception and a blank element.
import { expect } from '@open-wc/testing';

const BUNDLES = ['/dist/tor-elements.bundle.js', '/dist/tor-elements.hydrate.bundle.js'];
const ENFORCED = "require-trusted-types-for 'script'";

interface Frame {
  window: Window & typeof globalThis & { logged: string[]; uncaught: string[] };
  document: Document;
  remove: () => void;
}

/** A fresh page under `policy` with one element whose light DOM the page wrote, running `bundle`. */
async function pageUnder(policy: string, bundle: string): Promise<Frame> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html>
    <html><head>
      <meta http-equiv="Content-Security-Policy" content="${policy}">
      <script>
        window.logged = [];
        window.uncaught = [];
        console.error = (...args) => logged.push(args.map(String).join(' '));
        addEventListener('error', (event) => uncaught.push(String(event.message)));
        addEventListener('unhandledrejection', (event) => uncaught.push(String(event.reason)));
      </script>
      <script type="module" src="${bundle}"></script>
    </head><body><tor-tip-box tip="donate"><p>Written by the page</p></tor-tip-box></body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  // Module scripts run before the frame's load event.
  await loaded;
  const window = frame.contentWindow as Frame['window'];
  return { window, document: frame.contentDocument!, remove: () => frame.remove() };
}

const box = (page: Frame) =>
  page.document.querySelector('tor-tip-box') as HTMLElement & { updateComplete?: Promise<unknown> };

describe('the drop-in bundles under Trusted Types', () => {
  for (const bundle of BUNDLES) {
    it(`${bundle}: renders as usual where the page allows the lit-html policy`, async () => {
      const page = await pageUnder(`${ENFORCED}; trusted-types lit-html`, bundle);
      try {
        await page.window.customElements.whenDefined('tor-tip-box');
        await box(page).updateComplete;
        expect(box(page).shadowRoot!.querySelector('[part="heading"]')!.textContent!.trim()).to.equal('Tor Tip');
        expect(page.window.logged).to.deep.equal([]);
        expect(page.window.uncaught).to.deep.equal([]);
      } finally {
        page.remove();
      }
    });

    it(`${bundle}: where the page refuses the lit-html policy, says so once and keeps the page's own content`, async function () {
      const page = await pageUnder(`${ENFORCED}; trusted-types 'none'`, bundle);
      try {
        if (!('trustedTypes' in page.window)) this.skip();
        expect(page.window.uncaught).to.deep.equal([]);
        expect(page.window.logged).to.have.length(1);
        expect(page.window.logged[0]).to.match(
          /^tor-elements: this page's Content-Security-Policy does not allow the Trusted Types policy "lit-html"/,
        );
        expect(page.window.logged[0]).to.contain('trusted-types lit-html');
        expect(page.window.customElements.get('tor-tip-box')).to.equal(undefined);
        expect(box(page).innerText.trim()).to.equal('Written by the page');
      } finally {
        page.remove();
      }
    });
  }
});
