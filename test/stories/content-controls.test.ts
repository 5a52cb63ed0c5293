/** Storybook's id controls are generated from the content: a designer picks only ids that exist. */
import { expect } from '@open-wc/testing';
import { englishContent } from '../../src/content/index.js';
import * as donateBanner from '../../stories/donate-banner.stories.js';
import * as tipBox from '../../stories/tip-box.stories.js';
import * as userGroupCard from '../../stories/user-group-card.stories.js';
import * as userGroups from '../../stories/user-groups.stories.js';
import type { StoryModule } from './render-stories.js';

describe('stories: controls of the content’s ids', () => {
  it('offers the content’s ids, and only those, in the group, groups, tip and campaign controls', () => {
    const control = (module: StoryModule, arg: string) => {
      const row = module.default.argTypes?.[arg] as { options?: string[]; control?: { type?: string } } | undefined;
      return { type: row?.control?.type, options: row?.options?.filter(Boolean) };
    };
    const ids = (items: ReadonlyArray<{ id: string }>) => items.map((item) => item.id);
    expect(control(userGroupCard, 'group')).to.deep.equal({ type: 'select', options: ids(englishContent.userGroups) });
    expect(control(userGroups, 'groups')).to.deep.equal({ type: 'check', options: ids(englishContent.userGroups) });
    expect(control(tipBox, 'tip')).to.deep.equal({ type: 'select', options: ids(englishContent.tips) });
    expect(control(donateBanner, 'campaign')).to.deep.equal({ type: 'select', options: ids(englishContent.campaigns) });
  });
});
