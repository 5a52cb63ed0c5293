/** Registers `<tor-user-groups>` and the `<tor-user-group-card>` it renders: `import 'tor-elements/tor-user-groups.js'`. */
import '../user-group-card/tor-user-group-card.js';
import { defineElement } from '../../internal/define.js';
import { TorUserGroups } from './user-groups.js';

defineElement('tor-user-groups', TorUserGroups);

declare global {
  interface HTMLElementTagNameMap {
    'tor-user-groups': TorUserGroups;
  }
}
