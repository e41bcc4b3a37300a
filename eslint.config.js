// ESLint with typescript-eslint and the React hooks rules (they read Preact's hooks the
// same way); formatting is Prettier's (`npm run format`), so no style rules here.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.wxt/**',
      'node_modules/**',
      'tests/.tmp/**',
      'tests/fixtures/**',
      // Built by npm run build:opener.
      'tools/open-backup/dist/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { languageOptions: { globals: { ...globals.browser, ...globals.node } } },
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      // Shipped code never writes HTML (web-ext lint, and a page's text is never markup here).
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Omamori never renders HTML strings.',
        },
        {
          selector: "AssignmentExpression[left.property.name='innerHTML']",
          message: 'Build nodes, or use textContent.',
        },
      ],
    },
  },
  {
    // Tests build fixture documents from HTML strings and evaluate axe-core in test pages.
    files: ['tests/**/*.ts', '**/__tests__/**/*.{ts,tsx}'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  prettier,
);
