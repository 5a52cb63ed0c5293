/** Every story of stories/donate-banner.stories.ts in each toolbar setting (see render-stories.ts). */
import * as donateBanner from '../../stories/donate-banner.stories.js';
import { describeStories } from './render-stories.js';

describeStories('donateBanner', donateBanner);
