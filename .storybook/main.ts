// Storybook for designers and partners: the stories and docs in stories/, offline, without telemetry.
import type { StorybookConfig } from '@storybook/web-components-vite';
import { mergeConfig, type Rollup } from 'vite';
import { shippedLocalesVitePlugin } from '../scripts/shipped-locales-module.mjs';

// Every Lit entry point the elements and stories import, pre-bundled once: otherwise Vite can serve two
// copies of Lit (one pre-bundled for Storybook's renderer, one from the sources) and templates break.
const LIT_ENTRY_POINTS = [
  'lit',
  'lit/directive.js',
  'lit/directive-helpers.js',
  'lit/directives/style-map.js',
  '@lit/reactive-element',
  'lit-html',
  'lit-element',
];

// @scure/base has a `@__PURE__` comment where Rollup cannot use it: harmless, and not ours to fix.
const skipDependencyAnnotations: Rollup.WarningHandlerWithDefault = (warning, warn) => {
  if (warning.code !== 'INVALID_ANNOTATION' || !warning.id?.includes('/node_modules/')) warn(warning);
};

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: {
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
    enableCrashReports: false,
    // project.json only describes the setup for Storybook's own services.
    disableProjectJson: true,
  },
  features: {
    // The toolbar's colour scheme sets the page colour; Storybook's own backgrounds would fight it.
    backgrounds: false,
    sidebarOnboardingChecklist: false,
    menuOnboardingChecklist: false,
  },
  docs: { defaultName: 'Docs' },
  // No favicon request (a 404 in every story's console).
  previewHead: (head) => `${head}<link rel="icon" href="data:," />`,
  viteFinal: (viteConfig) =>
    mergeConfig(viteConfig, {
      // The package's translations, compiled from i18n/*.po (see stories/support/shipped-locales.ts).
      plugins: [shippedLocalesVitePlugin()],
      optimizeDeps: { include: LIT_ENTRY_POINTS },
      build: {
        // Storybook's own docs renderer is one chunk of about 1 MB; ours are small.
        chunkSizeWarningLimit: 1200,
        rollupOptions: { onwarn: skipDependencyAnnotations },
      },
    }),
};

export default config;
