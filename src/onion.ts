/** `tor-elements/onion`: checks and normalises onion addresses (v3 only; v2 was retired in 2021). */
export { parseOnionAddress, isOnionHost } from './internal/onion-address.js';
export type { OnionAddressResult, OnionAddressProblem } from './internal/onion-address.js';
