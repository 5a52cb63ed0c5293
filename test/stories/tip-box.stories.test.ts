/** Every story of stories/tip-box.stories.ts in each toolbar setting (see render-stories.ts). */
import { expect } from '@open-wc/testing';
import { englishContent } from '../../src/content/index.js';
import * as tipBox from '../../stories/tip-box.stories.js';
import { argValues, describeStories } from './render-stories.js';

describeStories('tipBox', tipBox);

describe('stories: coverage of the content', () => {
  it('has a story for every tip in the content', () => {
    const shown = new Set(argValues(tipBox, 'tip'));
    expect(englishContent.tips.map((tip) => tip.id).filter((id) => !shown.has(id))).to.deep.equal([]);
  });
});
