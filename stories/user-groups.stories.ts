/** `<tor-user-groups>`: every group in columns, a selection, the in-page index, and partner content. */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/user-groups/tor-user-groups.js';
import { englishContent } from '../src/content/index.js';
import { idChecks, spaced } from './support/content-controls.js';
import { longText, narrow } from './support/layout.js';
import { byId, partnerGroup } from './support/partner.js';
import { props } from './support/props.js';

const meta = {
  title: 'Components/User groups',
  component: 'tor-user-groups',
  tags: ['autodocs'],
  render: (args) => html`<tor-user-groups ${props({ ...args, groups: spaced(args.groups) })}></tor-user-groups>`,
  argTypes: { groups: idChecks(englishContent.userGroups) },
} satisfies Meta;

export default meta;
type Story = StoryObj;

const ids = (...wanted: string[]) => wanted.map((id) => byId(englishContent.userGroups, id).id);

/** Every group of the content, in the content's order. */
export const AllGroups: Story = {};

/** The groups listed in `groups`, in that order. */
export const Selection: Story = { args: { groups: ids('activists', 'journalist', 'bloggers') } };

/** With `index`: links to each group before the columns. */
export const WithIndex: Story = { args: { index: true } };

/** Partner content as objects (`groupsData`): the partner's own choice of groups, each with its picture. */
export const PartnerObjects: Story = {
  args: { groupsData: [partnerGroup('normalusers'), partnerGroup('itprofessionals')] },
};

/** A card the page adds in the light DOM, placed in the columns after the content's. */
export const SlottedCard: Story = {
  args: { groups: ids('normalusers', 'journalist') },
  render: (args) =>
    html`<tor-user-groups ${props({ ...args, groups: spaced(args.groups) })}>
      <tor-user-group-card .groupData=${partnerGroup('military')}></tor-user-group-card>
    </tor-user-groups>`,
};

export const LongText = longText({ args: { index: true, groups: ids('normalusers', 'activists', 'military') } });

export const PhoneWidth = narrow({ args: { index: true, groups: ids('journalist', 'activists') } });
