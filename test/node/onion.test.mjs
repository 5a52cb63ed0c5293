import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseOnionAddress } from 'tor-elements/onion';

test('tor-elements/onion runs in Node: v3 accepted, the seed’s v2 address reported as retired', () => {
  const v3 = parseOnionAddress('http://2GZYXA5IHM7NSGGFXNU52RCK2VV4RVMDLKIU3ZZUI5DU4XYCLEN53WID.onion/about');
  assert.equal(v3.ok, true);
  assert.equal(v3.host, '2gzyxa5ihm7nsggfxnu52rck2vv4rvmdlkiu3zzui5du4xyclen53wid.onion');
  const v2 = parseOnionAddress('expyuzz4wqqyqhjn.onion');
  assert.equal(v2.ok, false);
  assert.equal(v2.reason, 'v2-retired');
});
