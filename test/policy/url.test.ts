// Checks the URL policy against obfuscated schemes, and against the browser's own reading of an href.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { imageOrigin, isAllowedImageUrl, isAllowedUrl, safeHref, safeImageSrc } from '../../src/policy/url.js';
import { allowedImageSrc } from '../../src/internal/image-src.js';
import { renderLink } from '../../src/internal/rich-text.js';
import type { Reporter } from '../../src/internal/report.js';

const ALLOWED_PROTOCOLS = ['http:', 'https:', 'mailto:'];
const OWNER = 'tor-user-group-card';

const ALLOWED: Array<[value: string, why: string]> = [
  ['https://www.torproject.org/', 'https'],
  ['http://2gzyxa5ihm7nsggfxnu52rck2vv4rvmdlkiu3zzui5du4xyclen53wid.onion/', 'http to an onion service'],
  ['HTTPS://WWW.TORPROJECT.ORG/DOWNLOAD/', 'scheme in upper case'],
  ['mailto:frontdesk@torproject.org', 'mailto'],
  ['/about/history/', 'absolute path'],
  ['download/', 'relative path'],
  ['../contact/', 'parent path'],
  ['?lang=fa', 'query only'],
  ['#relays', 'fragment only'],
  ['//community.torproject.org/relay/', 'protocol-relative'],
  ['', 'empty: the current page'],
  ['  https://www.torproject.org/', 'leading spaces, which the browser strips'],
  // Entities are decoded by the HTML parser, never in a value set through the DOM (as Lit does) and
  // Lit's server renderer escapes `&`: so the browser reads these as harmless relative paths.
  ['javascript&colon;alert(1)', 'an HTML entity is not a colon in a URL'],
  ['jav&#x09;ascript:alert(1)', 'an HTML entity is not a tab in a URL'],
  // A scheme starts with a letter and is never percent-decoded: this is a path named "%6Aavascript:…".
  ['%6Aavascript:alert(1)', 'a percent-encoded scheme is a path'],
  ['\u00a0javascript:alert(1)', 'a no-break space is not stripped, so this is a path'],
];

const REFUSED: Array<[value: string, why: string]> = [
  ['javascript:alert(1)', 'javascript'],
  ['JaVaScRiPt:alert(1)', 'mixed case'],
  ['   javascript:alert(1)', 'leading spaces'],
  ['\u0000javascript:alert(1)', 'leading NUL'],
  ['\u0001\u001f javascript:alert(1)', 'leading control characters'],
  ['java\tscript:alert(1)', 'tab inside the scheme'],
  ['java\nscript:alert(1)', 'newline inside the scheme'],
  ['java\r\nscript:alert(1)', 'CRLF inside the scheme'],
  ['\tjava\tscript\t:alert(1)', 'tabs around and inside'],
  ['javascript:alert(1)//https://www.torproject.org/', 'an http URL in a comment'],
  ['data:text/html,<script>alert(1)</script>', 'data'],
  ['DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', 'data, upper case'],
  ['vbscript:msgbox(1)', 'vbscript'],
  ['blob:https://www.torproject.org/0d3a7c14-42c3-4b5e-9a8e-2f8b1c1e4b7d', 'blob'],
  ['file:///etc/passwd', 'file'],
  ['ftp://ftp.example.org/', 'ftp'],
  ['about:blank', 'about'],
  ['tel:+15555550100', 'tel'],
  ['ws://www.torproject.org/', 'websocket'],
  ['view-source:https://www.torproject.org/', 'view-source'],
  ['https://', 'https with no host: does not parse'],
  ['https:', 'the current page on an https page, but a link to nowhere on an http one'],
  ['http://[::1/', 'an unclosed IPv6 host: does not parse'],
];

/**
 * The test page is served over http, as onion services are; this document stands for an https page.
 * The two differ: `https:x` is relative on an https page but an https URL with no host on an http one.
 */
const httpsDocument = document.implementation.createHTMLDocument('');
httpsDocument.head.append(Object.assign(httpsDocument.createElement('base'), { href: 'https://relative.invalid/' }));

/** The protocol the browser itself gives a link with this href, resolved against the test page by default. */
function browserProtocol(value: string, owner: Document = document): string {
  const link = owner.createElement('a');
  link.href = value;
  return link.protocol;
}

describe('isAllowedUrl', () => {
  for (const [value, why] of ALLOWED) {
    it(`allows ${JSON.stringify(value)} (${why})`, () => {
      expect(isAllowedUrl(value)).to.be.true;
      expect(ALLOWED_PROTOCOLS).to.include(browserProtocol(value));
      expect(ALLOWED_PROTOCOLS).to.include(browserProtocol(value, httpsDocument));
    });
  }

  for (const [value, why] of REFUSED) {
    it(`refuses ${JSON.stringify(value)} (${why})`, () => {
      expect(isAllowedUrl(value)).to.be.false;
      expect(ALLOWED_PROTOCOLS).not.to.include(browserProtocol(value));
    });
  }

  it('refuses non-strings, even those that stringify to an allowed URL', () => {
    const values = [
      undefined,
      null,
      42,
      true,
      {},
      [],
      new URL('https://www.torproject.org/'),
      { toString: () => 'https://www.torproject.org/' },
      Symbol('https:'),
    ];
    for (const value of values) expect(isAllowedUrl(value as string), String(typeof value)).to.be.false;
  });

  it("agrees with the browser's own parser: allowed exactly when a link with the value has an allowed protocol on http and https pages", () => {
    const schemeish = fc.constantFrom(
      'javascript',
      'JavaScript',
      'java\tscript',
      'java\nscript',
      'data',
      'vbscript',
      'blob',
      'file',
      'http',
      'https',
      'mailto',
      'HTTP',
      'ht\ttp',
      'ftp',
    );
    const noise = fc.string({
      unit: fc.constantFrom(
        '\u0000',
        '\u0001',
        '\u001f',
        ' ',
        '\t',
        '\n',
        '\r',
        '\u00a0',
        '\u200b',
        '\ufeff',
        '%',
        '&',
        ';',
        '#',
        '/',
        '\\',
      ),
    });
    const crafted = fc
      .tuple(
        noise,
        schemeish,
        fc.constantFrom(':', '&colon;', '%3A', ':/', '://', ' :', '\t:'),
        fc.oneof(fc.constant('alert(1)'), fc.webPath(), fc.string()),
      )
      .map((parts) => parts.join(''));
    const values = fc.oneof(
      crafted,
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      fc.string(),
      fc.string({ unit: 'binary' }),
    );
    fc.assert(
      fc.property(values, (value) => {
        const allowedByBrowser = [document, httpsDocument].every((owner) =>
          ALLOWED_PROTOCOLS.includes(browserProtocol(value, owner)),
        );
        expect(isAllowedUrl(value), JSON.stringify(value)).to.equal(allowedByBrowser);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('safeHref', () => {
  it('returns an allowed value unchanged, and nothing for a refused one', () => {
    for (const [value] of ALLOWED) expect(safeHref(value)).to.equal(value);
    for (const [value] of REFUSED) expect(safeHref(value)).to.be.undefined;
  });
});

/** Records what an element would report, as `tor-user-group-card` does. */
function recordingOwner(): Reporter & { messages: string[] } {
  const seen = new Map<string, unknown>();
  const messages: string[] = [];
  return {
    messages,
    reportOnce(topic, key, message) {
      if (key === undefined || seen.get(topic) === key) return;
      seen.set(topic, key);
      messages.push(`${OWNER}: ${message()}`);
    },
  };
}

describe('a refused link, as the elements render it', () => {
  it('keeps the words without a link, and names the element and the value', () => {
    const owner = recordingOwner();
    expect(renderLink('words', 'javascript:alert(1)', owner)).to.equal('words');
    expect(owner.messages).to.deep.equal([
      'tor-user-group-card: refused the link "javascript:alert(1)": only http, https, mailto and relative URLs are allowed',
    ]);
  });

  it('reports each refused value once, showing control characters', () => {
    const owner = recordingOwner();
    for (const [value] of REFUSED) renderLink('x', value, owner);
    for (const [value] of REFUSED) renderLink('x', value, owner);
    expect(owner.messages).to.have.length(REFUSED.length);
    expect(owner.messages).to.include(
      `${OWNER}: refused the link "\\u0000javascript:alert(1)": only http, https, mailto and relative URLs are allowed`,
    );
    expect(owner.messages).to.include(
      `${OWNER}: refused the link "java\\tscript:alert(1)": only http, https, mailto and relative URLs are allowed`,
    );
  });

  it('shortens a very long value in the message', () => {
    const owner = recordingOwner();
    const value = `javascript:${'a'.repeat(500)}`;
    renderLink('x', value, owner);
    const [message] = owner.messages as [string];
    expect(message).to.contain(`"${value.slice(0, 80)}…"`);
    expect(message).not.to.contain(value.slice(0, 81));
    expect(message.length).to.be.below(200);
  });

  it('says nothing when no link was given, and names other non-strings', () => {
    const owner = recordingOwner();
    expect(renderLink('x', undefined as unknown as string, owner)).to.equal('x');
    expect(renderLink('x', null as unknown as string, owner)).to.equal('x');
    expect(owner.messages).to.deep.equal([]);
    renderLink('x', 42 as unknown as string, owner);
    expect(owner.messages).to.deep.equal([
      'tor-user-group-card: refused the link number 42: only http, https, mailto and relative URLs are allowed',
    ]);
  });
});

describe('isAllowedImageUrl', () => {
  it('allows images on the page’s own origin and inline raster images', () => {
    for (const value of [
      '/images/family.jpg',
      'images/family.jpg',
      '../family.jpg',
      '?v=2',
      'data:image/png;base64,iVBORw0KGgo=',
      'DATA:image/gif;base64,R0lGOD==',
    ]) {
      expect(isAllowedImageUrl(value), value).to.be.true;
      expect(imageOrigin(value), value).to.equal('self');
    }
  });

  it('refuses images from another origin, however the URL is written, unless the page opts in', () => {
    const others: Array<[value: string, origin: string]> = [
      ['https://example.org/a.png', 'https://example.org'],
      ['//other.host/x.png', 'https://other.host'],
      ['\\\\other.host\\share\\x.png', 'https://other.host'],
      ['/\\other.host/x.png', 'https://other.host'],
      ['https:x.png', 'https://x.png'],
      [
        'http://2gzyxa5ihm7nsggfxnu52rck2vv4rvmdlkiu3zzui5du4xyclen53wid.onion/x.png',
        'http://2gzyxa5ihm7nsggfxnu52rck2vv4rvmdlkiu3zzui5du4xyclen53wid.onion',
      ],
    ];
    for (const [value, origin] of others) {
      expect(imageOrigin(value), value).to.equal(origin);
      expect(isAllowedImageUrl(value), value).to.be.false;
      expect(isAllowedImageUrl(value, [`${origin.toUpperCase()}/`]), value).to.be.true;
      expect(isAllowedImageUrl(value, ['https://elsewhere.example']), value).to.be.false;
    }
  });

  it('refuses scripts, SVG documents, other data and mailto, whatever the page opts into', () => {
    for (const value of [
      'javascript:alert(1)',
      'data:image/svg+xml,<svg onload=alert(1)>',
      'data:text/html,x',
      'mailto:a@b.c',
      'blob:https://x/1',
    ]) {
      expect(isAllowedImageUrl(value, ['https://x']), value).to.be.false;
      expect(imageOrigin(value), value).to.equal(undefined);
    }
  });

  it('names the element when an element refuses an image, and the opt-in for another origin', () => {
    const owner = recordingOwner();
    expect(safeImageSrc('data:text/html,x')).to.equal(undefined);
    expect(allowedImageSrc('data:text/html,x', owner)).to.equal(undefined);
    expect(allowedImageSrc('//cdn.example/x.png', owner)).to.equal(undefined);
    expect(allowedImageSrc('//cdn.example/x.png', owner, ['https://cdn.example'])).to.equal('//cdn.example/x.png');
    expect(owner.messages).to.deep.equal([
      `${OWNER}: refused the image "data:text/html,x": only images on the page’s own origin (relative URLs) and data:image URLs are allowed`,
      `${OWNER}: refused the image "//cdn.example/x.png": it would load from https://cdn.example, another origin than the page's, ` +
        'a request the reader did not ask for. Serve it from this site (a relative URL), or opt in with image-origins="https://cdn.example".',
    ]);
  });
});
