/** Registers `<tor-onion-footer>`: `import 'tor-elements/tor-onion-footer.js'`. */
import { defineElement } from '../../internal/define.js';
import { TorOnionFooter } from './onion-footer.js';

defineElement('tor-onion-footer', TorOnionFooter);

declare global {
  interface HTMLElementTagNameMap {
    'tor-onion-footer': TorOnionFooter;
  }
}
