// @ts-check
import js from '@eslint/js'
import simpleImportSort from 'eslint-plugin-simple-import-sort'
import tseslint from 'typescript-eslint'

/** Boundary rules from ARCHITECTURE.md ("Module boundaries"). */
const featureBoundaries = {
  patterns: [
    {
      group: ['**/db/*', '!**/db/*-store.js', '!**/db/tables.js'],
      message: 'features talk to db/ only through store types (import type)',
      allowTypeImports: true,
    },
    { group: ['**/http/*', '**/cli/*'], message: 'features never import the edges' },
    {
      group: ['kysely', 'pg', 'better-sqlite3'],
      message: 'only db/ and search/ talk SQL',
      allowTypeImports: true,
    },
  ],
}

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'data/',
      'dist/',
      'shots/',
      'coverage/',
      '**/testdata/**',
      'test/fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    plugins: { 'simple-import-sort': simpleImportSort },
    rules: {
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [
            {
              from: 'package',
              package: 'node:test',
              name: [
                'describe',
                'it',
                'test',
                'before',
                'after',
                'beforeEach',
                'afterEach',
                'suite',
              ],
            },
          ],
        },
      ],
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'simple-import-sort/imports': 'error',
      'simple-import-sort/exports': 'error',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      curly: ['error', 'multi-line'],
      'no-console': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.property.name='catch'] > ArrowFunctionExpression[params.length=0][body.type=/Literal|Identifier|ArrayExpression|ObjectExpression/]",
          message: 'do not swallow errors: handle or rethrow them',
        },
        {
          selector: "MemberExpression[object.name='process'][property.name='env']",
          message: 'only src/config/load-config.ts reads process.env',
        },
      ],
    },
  },
  {
    files: ['src/domain/**', 'src/lib/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['../*', '!../lib/*'], message: 'domain/ and lib/ import only lib/' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/ingest/**', 'src/cluster/**', 'src/rank/**'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', featureBoundaries] },
  },
  {
    files: ['src/http/**', 'src/cli/**'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/db/*', 'kysely'],
              message: 'edges call services from app.ts, never db/',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      'src/config/load-config.ts',
      'scripts/**',
      'bench/**',
      'test/**',
      '**/*.test.ts',
      'bin/**',
    ],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['src/cli/output.ts', 'scripts/**', 'bench/**', 'bin/**'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: { process: 'readonly', URL: 'readonly', console: 'readonly' },
    },
  },
)
