// Checks parseOnionAddress against real v3 addresses, their typos, and the rules of Tor's rend-spec-v3.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { sha3_256 } from '@noble/hashes/sha3.js';
import { base32nopad } from '@scure/base';
import { isOnionHost, parseOnionAddress, type OnionAddressResult } from '../../src/policy/onion-address.js';

/**
 * Service labels as published: the torproject.org ones on onion.torproject.org (copied from the list
 * in the Tor Project's Onionprobe configuration, which is taken from that page); DuckDuckGo's and the
 * BBC's as those sites announce them.
 */
const REAL_ADDRESSES: Record<string, string> = {
  'www.torproject.org': '2gzyxa5ihm7nsggfxnu52rck2vv4rvmdlkiu3zzui5du4xyclen53wid',
  '2019.www.torproject.org': 'jqyzxhjk6psc6ul5jnfwloamhtyh7si74b4743k2qgpskwwxrzhsxmad',
  'support.torproject.org': 'rzuwtpc4wb3xdzrj3yeajsvm3fkq4vbeubm2tdxaqruzzzgs5dwemlad',
  'community.torproject.org': 'xmrhfasfg5suueegrnc4gsgyi2tyclcy5oz7f5drnrodmdtob6t2ioyd',
  'blog.torproject.org': 'pzhdfe7jraknpj2qgu5cz2u3i4deuyfwmonvzu5i3nyw4t4bmg7o5pad',
  'gitlab.torproject.org': 'eweiibe6tdjsdprb4px6rqrzzcsi22m4koia44kc5pcjr7nec2rlxyad',
  'metrics.torproject.org': 'hctxrvjzfpvmzh2jllqhgvvkoepxb4kfzdjm6h7egcwlumggtktiftid',
  'duckduckgo.com': 'duckduckgogg42xjoc72x3sjasowoarfbgcmvfimaftt6twagswzczad',
  'www.bbc.com': 'bbcnewsd73hkzno2ini43t4gblxvycyac5aw4gnv7t2rccijh7745uqd',
};
const TOR = REAL_ADDRESSES['www.torproject.org'];
const BASE32_ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';
const V2_TORPROJECT = 'expyuzz4wqqyqhjn.onion';

/** The 35 bytes a label encodes: PUBKEY (32) | CHECKSUM (2) | VERSION (1). */
const decodeLabel = (label: string): Uint8Array => base32nopad.decode(label.toUpperCase());

/** Builds a label by the spec's formula, with any version byte, independently of the code under test. */
function encodeLabel(publicKey: Uint8Array, version = 3): string {
  const hashed = [...new TextEncoder().encode('.onion checksum'), ...publicKey, version];
  const checksum = sha3_256(Uint8Array.from(hashed)).subarray(0, 2);
  return base32nopad.encode(Uint8Array.from([...publicKey, ...checksum, version])).toLowerCase();
}

/** The accepted ways a site developer may write an address, with the host each should yield. */
function acceptedForms(label: string): Array<[input: string, host: string]> {
  const host = `${label}.onion`;
  const upper = host.toUpperCase();
  return [
    [host, host],
    [upper, host],
    [`${host}/`, host],
    [`${host}/about/history/?lang=en#top`, host],
    [`http://${host}`, host],
    [`http://${host}/`, host],
    [`https://${host}/download/`, host],
    [`HTTP://${upper}/PATH`, host],
    [`  \n http://${host}/ \t`, host],
    [`www.${host}`, `www.${host}`],
    [`https://WWW.${upper}/path`, `www.${host}`],
    [`http://${host}:8080/`, `${host}:8080`],
  ];
}

function expectProblem(result: OnionAddressResult, reason: string): string {
  if (result.ok) throw new Error(`expected "${reason}" but the address was accepted as ${result.host}`);
  expect(result.reason).to.equal(reason);
  return result.message;
}

/** Every label one base32 character away from `label`, with the position changed. */
function* substitutions(label: string): Generator<[position: number, mutated: string]> {
  for (let position = 0; position < label.length; position += 1) {
    for (const character of BASE32_ALPHABET) {
      if (character !== label[position])
        yield [position, label.slice(0, position) + character + label.slice(position + 1)];
    }
  }
}

/** The version byte a label encodes (only its last two characters carry version bits). */
const versionOf = (label: string): number => decodeLabel(label)[34];

describe('parseOnionAddress', () => {
  describe('accepts real v3 addresses in every accepted form', () => {
    for (const [site, label] of Object.entries(REAL_ADDRESSES)) {
      it(`the onion service of ${site}`, () => {
        for (const [input, host] of acceptedForms(label)) {
          const result = parseOnionAddress(input);
          if (!result.ok) throw new Error(`${JSON.stringify(input)} was refused: ${result.message}`);
          expect(result.host, input).to.equal(host);
          expect(result.url, input).to.equal(`http://${host}/`);
          expect(result.publicKey, input).to.deep.equal(decodeLabel(label).slice(0, 32));
        }
      });
    }
  });

  describe('rejects every single-character substitution of a real address', () => {
    for (const site of ['2019.www.torproject.org', 'support.torproject.org', 'duckduckgo.com', 'www.bbc.com']) {
      it(`of ${site}, as a checksum or version problem`, () => {
        let count = 0;
        for (const [position, mutated] of substitutions(REAL_ADDRESSES[site])) {
          const expected = versionOf(mutated) === 3 ? 'checksum' : 'version';
          if (expected === 'version') expect(position, mutated).to.be.at.least(54);
          expectProblem(parseOnionAddress(`${mutated}.onion`), expected);
          count += 1;
        }
        expect(count).to.equal(56 * 31);
      });
    }

    it('of www.torproject.org, except the one that collides with the 2-byte checksum', () => {
      // A 16-bit checksum lets about 1 typo in 65,536 through; this one is a well-formed v3 address
      // (Tor itself would go on to check that its key is a valid ed25519 point).
      const collision = '23zyxa5ihm7nsggfxnu52rck2vv4rvmdlkiu3zzui5du4xyclen53wid';
      for (const [, mutated] of substitutions(TOR)) {
        const result = parseOnionAddress(`http://${mutated}.onion/`);
        if (mutated === collision) expect(result.ok, mutated).to.be.true;
        else expectProblem(result, versionOf(mutated) === 3 ? 'checksum' : 'version');
      }
    });
  });

  describe('explains each problem', () => {
    it('empty: blank input', () => {
      for (const input of ['', '   ', '\n\t ']) {
        const message = expectProblem(parseOnionAddress(input), 'empty');
        expect(message).to.equal("no onion address was given; use the site's 56-character v3 address");
      }
    });

    it('v2-retired: the old torproject.org address, bare or as a URL', () => {
      const message = expectProblem(parseOnionAddress(V2_TORPROJECT), 'v2-retired');
      expect(message).to.equal(
        `"expyuzz4wqqyqhjn.onion" is a retired v2 onion address (v2 services stopped working in October 2021); use the site's 56-character v3 address`,
      );
      const fromUrl = expectProblem(parseOnionAddress(`http://${V2_TORPROJECT}/`), 'v2-retired');
      expect(fromUrl).to.contain('"http://expyuzz4wqqyqhjn.onion/"');
      expectProblem(parseOnionAddress(`  EXPYUZZ4WQQYQHJN.ONION/index.html`), 'v2-retired');
    });

    it('not-onion: other hosts, other schemes, and what is no host at all', () => {
      const inputs = [
        'www.torproject.org',
        'https://www.torproject.org/',
        `ftp://${TOR}.onion/`,
        `javascript:"${TOR}.onion"`,
        `file:///${TOR}.onion`,
        `mailto:me@${TOR}.onion`,
        `http://${TOR}.onion.ex/`,
        `http://ex.am/${TOR}.onion`,
        'onion',
        '.onion',
        'http://',
      ];
      for (const input of inputs) {
        expect(input.length, 'short enough to be quoted in full').to.be.at.most(80);
        const message = expectProblem(parseOnionAddress(input), 'not-onion');
        expect(message).to.equal(
          `${JSON.stringify(input)} is not an http(s) .onion address; use the site's 56-character v3 address`,
        );
      }
    });

    it('length: a label that is neither 16 nor 56 characters', () => {
      for (const label of [TOR.slice(0, 55), `${TOR}a`, 'abc', `${TOR}${TOR}`]) {
        const message = expectProblem(parseOnionAddress(`${label}.onion`), 'length');
        expect(message).to.contain(`has ${label.length} characters before ".onion"`);
      }
      expectProblem(parseOnionAddress('expyuzz4wqqyqhj1.onion'), 'length');
    });

    it('alphabet: names the first character outside base32', () => {
      const cases: Array<[label: string, character: string]> = [
        [`1${TOR.slice(1)}`, '1'],
        [`${TOR.slice(0, 20)}0${TOR.slice(21, 40)}8${TOR.slice(41)}`, '0'],
        [`${TOR.slice(0, 55)}_`, '_'],
      ];
      for (const [label, character] of cases) {
        const message = expectProblem(parseOnionAddress(`https://${label}.onion/`), 'alphabet');
        expect(message).to.contain(`contains "${character}"`);
        expect(message).to.contain(`https://${label}.onion/`);
      }
    });

    it('version: a correct checksum for a version byte other than 3', () => {
      const publicKey = decodeLabel(TOR).slice(0, 32);
      for (const version of [0, 2, 4, 255]) {
        const label = encodeLabel(publicKey, version);
        const message = expectProblem(parseOnionAddress(`${label}.onion`), 'version');
        expect(message).to.contain(`its version byte is ${version}, not 3`);
      }
    });

    it('checksum: two characters swapped', () => {
      const swapped = TOR[1] + TOR[0] + TOR.slice(2);
      const message = expectProblem(parseOnionAddress(`${swapped}.onion`), 'checksum');
      expect(message).to.equal(
        `"${swapped}.onion" fails the v3 checksum, so it was mistyped or cut; copy the site's address again`,
      );
    });

    it('non-strings from JavaScript are empty or not onion addresses', () => {
      const call = (value: unknown): OnionAddressResult => parseOnionAddress(value as string);
      expectProblem(call(undefined), 'empty');
      expectProblem(call(null), 'empty');
      for (const value of [
        42,
        true,
        {},
        [`${TOR}.onion`],
        new URL(`http://${TOR}.onion/`),
        Symbol('onion'),
        () => TOR,
      ]) {
        expect(expectProblem(call(value), 'not-onion')).to.contain('expected an onion address string');
      }
    });

    it('shortens a very long input in the message', () => {
      const message = expectProblem(parseOnionAddress(`${'a'.repeat(500)}.onion`), 'length');
      expect(message).to.contain(`"${'a'.repeat(80)}…"`);
      expect(message.length).to.be.below(200);
    });
  });

  describe('properties', () => {
    const publicKeys = fc.uint8Array({ minLength: 32, maxLength: 32 });
    const onionish = fc
      .tuple(
        fc.constantFrom('', 'http://', 'https://', 'HTTP://', 'ftp://', ' '),
        fc.string({ unit: fc.constantFrom(...`${BASE32_ALPHABET}018./:@_-`) }),
        fc.constantFrom('.onion', '.ONION', '.onion/', '.onion:80', ''),
      )
      .map(([scheme, label, suffix]) => scheme + label + suffix);
    const validForms = publicKeys.chain((publicKey) =>
      fc.constantFrom(...acceptedForms(encodeLabel(publicKey)).map(([input]) => input)),
    );

    it('never throws, whatever the input', () => {
      const inputs = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.anything(), onionish, validForms);
      fc.assert(
        fc.property(inputs, (input) => {
          const result = parseOnionAddress(input as string);
          expect(typeof result.ok).to.equal('boolean');
        }),
        { numRuns: 500 },
      );
    });

    it('every accepted address has a 56-character label and round-trips through its url', () => {
      fc.assert(
        fc.property(fc.oneof(onionish, validForms), (input) => {
          const result = parseOnionAddress(input);
          if (!result.ok) return;
          const label = result.host.replace(/:\d+$/, '').slice(0, -'.onion'.length).split('.').pop();
          expect(label).to.have.length(56);
          const again = parseOnionAddress(result.url);
          expect(again.ok && again.host).to.equal(result.host);
        }),
        { numRuns: 300 },
      );
    });

    it('accepts any 32-byte key encoded as a v3 address, and returns that key', () => {
      fc.assert(
        fc.property(publicKeys, (publicKey) => {
          const result = parseOnionAddress(`${encodeLabel(publicKey)}.onion`);
          expect(result.ok && result.publicKey).to.deep.equal(publicKey);
        }),
        { numRuns: 300 },
      );
    });

    it('refuses any key encoded with another version byte as a version problem', () => {
      fc.assert(
        fc.property(
          publicKeys,
          fc.integer({ min: 0, max: 255 }).filter((version) => version !== 3),
          (publicKey, version) => {
            expectProblem(parseOnionAddress(`${encodeLabel(publicKey, version)}.onion`), 'version');
          },
        ),
      );
    });
  });
});

describe('isOnionHost', () => {
  it('is true for onion hosts, with or without subdomains, in any case', () => {
    for (const host of [`${TOR}.onion`, `www.${TOR}.onion`, `${TOR.toUpperCase()}.ONION`, V2_TORPROJECT]) {
      expect(isOnionHost(host), host).to.be.true;
    }
  });

  it('is false for other hosts and non-strings', () => {
    for (const host of [
      'www.torproject.org',
      'onion',
      '.onion',
      `${TOR}.onion.example.com`,
      `${TOR}.onion:80`,
      'localhost',
      '',
    ]) {
      expect(isOnionHost(host), host).to.be.false;
    }
    expect(isOnionHost(undefined as unknown as string)).to.be.false;
  });

  it('is true for the hostname of any accepted address', () => {
    const result = parseOnionAddress(`https://www.${TOR}.onion:8443/`);
    expect(result.ok && isOnionHost(new URL(result.url).hostname)).to.be.true;
  });
});

describe('the content’s own onion addresses', () => {
  it('are valid v3 addresses written as bare lowercase hosts, so the footer may trust them without SHA3', async () => {
    const { englishContent } = await import('../../src/content/index.js');
    for (const { address } of englishContent.onionServices) {
      const result = parseOnionAddress(address);
      expect(result.ok, address).to.be.true;
      expect(result.ok && result.host).to.equal(address);
    }
  });
});
