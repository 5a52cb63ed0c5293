/** Every story of stories/onion-footer.stories.ts in each toolbar setting (see render-stories.ts). */
import * as onionFooter from '../../stories/onion-footer.stories.js';
import { describeStories } from './render-stories.js';

describeStories('onionFooter', onionFooter);
