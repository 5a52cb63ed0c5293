// Reads an onion service address the way Tor's rend-spec-v3 defines it ("Encoding onion addresses").
import { sha3_256 } from '@noble/hashes/sha3.js';
import { concatBytes } from '@noble/hashes/utils.js';
import { base32nopad } from '@scure/base';
import { isOnionHost } from './onion-host.js';

export { isOnionHost };

export type OnionAddressProblem = 'empty' | 'not-onion' | 'v2-retired' | 'length' | 'alphabet' | 'checksum' | 'version';

export type OnionAddressResult =
  /** `host` is lowercased (with the port, if one was given); `url` is `http://<host>/`. */
  | { ok: true; host: string; url: string; publicKey: Uint8Array }
  /** `message` is for developers (console errors), not for the people visiting a site. */
  | { ok: false; reason: OnionAddressProblem; message: string };

const V3_LENGTH = 56;
const V2_LENGTH = 16;
const V3_VERSION = 3;
const PUBLIC_KEY_BYTES = 32;
const CHECKSUM_PREFIX = new TextEncoder().encode('.onion checksum');
const ONION_SUFFIX = '.onion';
const NOT_BASE32 = /[^a-z2-7]/;
const FIX = "use the site's 56-character v3 address";
const MAX_SHOWN = 80;

/** Checks a v3 onion address, bare (`….onion/path`) or as an http(s) URL; never throws. */
export function parseOnionAddress(input: string): OnionAddressResult {
  if (input == null || (typeof input === 'string' && input.trim() === '')) {
    return problem('empty', `no onion address was given; ${FIX}`);
  }
  if (typeof input !== 'string') {
    return problem('not-onion', `expected an onion address string, got a value of type ${typeof input}; ${FIX}`);
  }
  const text = input.trim();
  const shown = quoted(text);
  const url = httpUrlOf(text);
  if (!url || !isOnionHost(url.hostname)) {
    return problem('not-onion', `${shown} is not an http(s) .onion address; ${FIX}`);
  }
  // Subdomains (`www.<label>.onion`) reach the same service: the label before `.onion` is the address.
  const label = url.hostname.slice(0, -ONION_SUFFIX.length).split('.').pop() ?? '';
  if (label.length === V2_LENGTH && !NOT_BASE32.test(label)) {
    return problem(
      'v2-retired',
      `${shown} is a retired v2 onion address (v2 services stopped working in October 2021); ${FIX}`,
    );
  }
  if (label.length !== V3_LENGTH) {
    return problem('length', `${shown} has ${label.length} characters before ".onion"; ${FIX}`);
  }
  const stray = NOT_BASE32.exec(label);
  if (stray) {
    return problem(
      'alphabet',
      `${shown} contains "${stray[0]}", which onion addresses never use (only a–z and 2–7); ${FIX}`,
    );
  }
  // 56 base32 characters are exactly 35 bytes: PUBKEY (32) | CHECKSUM (2) | VERSION (1).
  const bytes = base32nopad.decode(label.toUpperCase());
  const publicKey = bytes.slice(0, PUBLIC_KEY_BYTES);
  const version = bytes[PUBLIC_KEY_BYTES + 2];
  if (version !== V3_VERSION) {
    return problem('version', `${shown} is not a v3 onion address (its version byte is ${version}, not 3); ${FIX}`);
  }
  const expected = checksumOf(publicKey, version);
  if (bytes[PUBLIC_KEY_BYTES] !== expected[0] || bytes[PUBLIC_KEY_BYTES + 1] !== expected[1]) {
    return problem(
      'checksum',
      `${shown} fails the v3 checksum, so it was mistyped or cut; copy the site's address again`,
    );
  }
  return { ok: true, host: url.host, url: `http://${url.host}/`, publicKey };
}

/** CHECKSUM = SHA3-256(".onion checksum" | PUBKEY | VERSION)[:2] */
function checksumOf(publicKey: Uint8Array, version: number): Uint8Array {
  return sha3_256(concatBytes(CHECKSUM_PREFIX, publicKey, Uint8Array.of(version))).subarray(0, 2);
}

/**
 * The input as an http(s) URL, read by the WHATWG parser as a browser would; a bare host gets `http://`.
 * A colon followed by a digit is a port (`….onion:8080`), not a scheme.
 */
function httpUrlOf(text: string): URL | undefined {
  const hasScheme = /^[a-z][a-z\d+.-]*:(?!\d)/i.test(text);
  try {
    const url = new URL(hasScheme ? text : `http://${text}`);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

function problem(reason: OnionAddressProblem, message: string): OnionAddressResult {
  return { ok: false, reason, message };
}

/** JSON quoting shows control characters and quotes unambiguously in a console. */
function quoted(text: string): string {
  return JSON.stringify(text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text);
}
