/** `tor-elements/all.js`: registers every element. */
import './components/user-group-card/tor-user-group-card.js';
import './components/user-groups/tor-user-groups.js';
import './components/tip-box/tor-tip-box.js';
import './components/donate-banner/tor-donate-banner.js';
import './components/onion-footer/tor-onion-footer.js';
