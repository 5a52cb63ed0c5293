/** Registers `<tor-donate-banner>`: `import 'tor-elements/tor-donate-banner.js'`. */
import { defineElement } from '../../internal/define.js';
import { TorDonateBanner } from './donate-banner.js';

defineElement('tor-donate-banner', TorDonateBanner);

declare global {
  interface HTMLElementTagNameMap {
    'tor-donate-banner': TorDonateBanner;
  }
}
