/** Registers `<tor-user-group-card>`: `import 'tor-elements/tor-user-group-card.js'`. */
import { defineElement } from '../../internal/define.js';
import { TorUserGroupCard } from './user-group-card.js';

defineElement('tor-user-group-card', TorUserGroupCard);

declare global {
  interface HTMLElementTagNameMap {
    'tor-user-group-card': TorUserGroupCard;
  }
}
