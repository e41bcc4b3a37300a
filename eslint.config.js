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
  // Type-aware rules (unawaited promises, casts that do nothing, `any` leaking in) on the
  // TypeScript the compiler sees; the few .js/.mjs scripts are outside tsconfig.
  ...tseslint.configs.recommendedTypeChecked.map((config) => ({
    ...config,
    files: ['**/*.{ts,tsx}'],
  })),
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
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
      // An `async` handler with no `await` still answers a Promise, as its table asks; not a bug.
      '@typescript-eslint/require-await': 'off',
      // Preact ignores what an event handler returns: `onSubmit={async …}` is the idiom here.
      // Promises passed where a callback's answer is read, or tested as a condition, still fail.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
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
  {
    // Tests take apart parsed JSON and files on purpose (that is what they check); shipped
    // code keeps every no-unsafe-* rule.
    files: ['tests/**/*.ts', '**/__tests__/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // They reject with what the platform hands over (an IDB error, an abort reason), and
      // one rejects with a string on purpose.
      '@typescript-eslint/prefer-promise-reject-errors': 'off',
    },
  },
  prettier,
);
