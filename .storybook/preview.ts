// What every story shares: the elements' docs from the Custom Elements Manifest, the package's
// translations and the pseudo-locales, and the toolbar (locale and direction, colour scheme, theme).
import { getCustomElements, setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import { registerPseudoLocales } from '../src/content/pseudo.js';
import { argTypesFromManifest } from '../stories/support/arg-types.js';
import { registerShippedLocales } from '../stories/support/shipped-locales.js';
import { globalTypes, initialGlobals, withToolbar } from '../stories/support/toolbar.js';

setCustomElementsManifest(manifest);
registerShippedLocales();
registerPseudoLocales();

const preview: Preview = {
  decorators: [withToolbar],
  globalTypes,
  initialGlobals,
  parameters: {
    layout: 'fullscreen',
    docs: {
      extractArgTypes: (tag: string) => argTypesFromManifest(getCustomElements(), tag),
      // "Show code" gives the element as a page writes it, without the toolbar's wrapper.
      source: { excludeDecorators: true },
      toc: true,
    },
    controls: { expanded: true },
    options: { storySort: { order: ['Introduction', 'Components'] } },
  },
};

export default preview;
