// Storybook's own frame, in Tor's colours and under the library's name.
import { addons } from 'storybook/manager-api';
import { create } from 'storybook/theming/create';

addons.setConfig({
  theme: create({
    base: 'light',
    brandTitle: 'tor-elements',
    colorPrimary: '#7d4698',
    colorSecondary: '#59316b',
  }),
});
