/** Every story of stories/user-groups.stories.ts in each toolbar setting (see render-stories.ts). */
import * as userGroups from '../../stories/user-groups.stories.js';
import { describeStories } from './render-stories.js';

describeStories('userGroups', userGroups);
