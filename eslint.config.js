// ESLint 9 flat config. `npm run lint` (= `eslint .`) runs in .ci/run.
// Pragmatic on purpose: the recommended sets plus a few type-aware rules that catch real
// bugs (forgotten awaits, promises where a callback is expected, non-exhaustive switches).
// Formatting is Prettier's job (.prettierrc), not ESLint's.
import { existsSync } from 'node:fs';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const root = import.meta.dirname;

// Files that belong to a tsconfig project (libs/domain, apps/api, apps/web tsconfig.json):
// these are linted with type information.
const typedFiles = [
  'libs/domain/src/**/*.{ts,tsx}',
  'apps/api/{src,test,bench}/**/*.{ts,tsx}',
  'apps/web/{src,e2e}/**/*.{ts,tsx}',
];
const webHasTsconfig = existsSync(`${root}/apps/web/tsconfig.json`);
if (!webHasTsconfig) {
  console.warn('eslint.config.js: apps/web/tsconfig.json is missing; apps/web is linted without type information.');
}

const testFiles = [
  '**/*.spec.{ts,tsx}',
  '**/*.test.{ts,tsx}',
  '**/*.integration-spec.ts',
  'apps/api/test/**',
  'apps/api/bench/**',
  'apps/web/e2e/**',
];

export default defineConfig([
  globalIgnores([
    '**/dist/',
    '**/node_modules/',
    '**/coverage/',
    'apps/web/src/generated/',
    '**/.pgdata*/',
    'apps/web/e2e/screenshots/',
    'apps/web/e2e/results/',
  ]),

  // Every JS and TS file.
  {
    files: ['**/*.{js,mjs,cjs,ts,tsx,mts,cts}'],
    extends: [js.configs.recommended],
    languageOptions: { globals: { ...globals.node } },
  },

  // Every TS file, with or without type information.
  {
    files: ['**/*.{ts,tsx,mts,cts}'],
    extends: [tseslint.configs.recommended],
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          args: 'after-used',
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      // `import type` for type-only imports. With type information the rule leaves files
      // with decorators alone, so Nest's constructor injection (emitDecoratorMetadata) keeps
      // its runtime imports.
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { prefer: 'type-imports', fixStyle: 'separate-type-imports' },
      ],
    },
  },

  // Type-aware rules for the code in the three tsconfig projects.
  {
    files: typedFiles,
    ignores: webHasTsconfig ? [] : ['apps/web/**'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: root,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': [
        'error',
        // `onClick={async () => ...}` in JSX is fine; a promise passed where a plain
        // callback is expected elsewhere (forEach, event emitters) is not.
        { checksVoidReturn: { attributes: false } },
      ],
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        // Missing cases of a union are errors unless there is a deliberate `default:`.
        { considerDefaultExhaustiveForUnions: true, requireDefaultForNonUnion: false },
      ],
    },
  },

  // Web: browser globals and the rules of hooks.
  {
    files: ['apps/web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    // Playwright journeys run in node; page.evaluate callbacks run in the browser.
    files: ['apps/web/e2e/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },

  // Tests, integration specs, e2e journeys and benchmarks may use `any` for fixtures and mocks.
  {
    files: testFiles,
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
]);
