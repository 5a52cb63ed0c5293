/** Registers `<tor-tip-box>`: `import 'tor-elements/tor-tip-box.js'`. */
import { defineElement } from '../../internal/define.js';
import { TorTipBox } from './tip-box.js';

defineElement('tor-tip-box', TorTipBox);

declare global {
  interface HTMLElementTagNameMap {
    'tor-tip-box': TorTipBox;
  }
}
