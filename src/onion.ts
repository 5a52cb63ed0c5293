/** `tor-elements/onion`: checks and normalises onion addresses (v3 only; v2 was retired in 2021). */
export { parseOnionAddress, isOnionHost } from './policy/onion-address.js';
export type { OnionAddressResult, OnionAddressProblem } from './policy/onion-address.js';
