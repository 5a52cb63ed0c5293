/** Registers `<tor-user-groups>`: `import 'tor-elements/tor-user-groups.js'`. */
import { defineElement } from '../../internal/define.js';
import { TorUserGroups } from './user-groups.js';

defineElement('tor-user-groups', TorUserGroups);

declare global {
  interface HTMLElementTagNameMap {
    'tor-user-groups': TorUserGroups;
  }
}
