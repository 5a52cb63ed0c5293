/** Every story of stories/user-group-card.stories.ts in each toolbar setting (see render-stories.ts). */
import { expect } from '@open-wc/testing';
import { englishContent } from '../../src/content/index.js';
import * as userGroupCard from '../../stories/user-group-card.stories.js';
import { argValues, describeStories } from './render-stories.js';

describeStories('userGroupCard', userGroupCard);

describe('stories: coverage of the content', () => {
  it('has a story for every user group in the content', () => {
    const shown = new Set(argValues(userGroupCard, 'group'));
    expect(englishContent.userGroups.map((group) => group.id).filter((id) => !shown.has(id))).to.deep.equal([]);
  });
});
