import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  {
    // test/types/fixtures/ are pages for the type checker, some wrong on purpose.
    ignores: [
      'dist/',
      'node_modules/',
      'storybook-static/',
      'coverage/',
      'custom-elements.json',
      'test/types/fixtures/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "Identifier[name='unsafeHTML']", message: 'Render text and typed segments, never HTML strings.' },
        {
          selector: 'AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]',
          message: 'Use Lit templates, not HTML strings.',
        },
      ],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: [
      'scripts/**',
      '*.mjs',
      'test/node/**',
      'test/ssr/**',
      'test/i18n/**',
      'test/storybook/**',
      'test/types/**',
      '.storybook/**',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['test/**'],
    languageOptions: { globals: { ...globals.mocha } },
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
