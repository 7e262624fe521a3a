/** @jest-config-loader esbuild-register */
import type { Config } from 'jest';

// Native ESM (Nest 12 is ESM-only): run with node --experimental-vm-modules, see STACK.md.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true, tsx: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
      keepClassNames: true,
      target: 'es2022',
    },
    module: { type: 'es6' },
  },
];

const shared = {
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: { '^.+\\.tsx?$': swc },
  moduleNameMapper: {
    '^@letscoop/domain$': '<rootDir>/libs/domain/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  rootDir: __dirname,
};

const config: Config = {
  testTimeout: 60_000,
  maxWorkers: 2,
  projects: [
    { ...shared, displayName: 'domain', testMatch: ['<rootDir>/libs/domain/src/**/*.spec.ts'] },
    { ...shared, displayName: 'api-unit', testMatch: ['<rootDir>/apps/api/src/**/*.spec.ts'] },
    {
      ...shared,
      displayName: 'api-integration',
      testMatch: ['<rootDir>/apps/api/test/**/*.integration-spec.ts'],
      globalSetup: '<rootDir>/apps/api/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/apps/api/test/support/global-teardown.ts',
    },
    { ...shared, displayName: 'web', testMatch: ['<rootDir>/apps/web/src/**/*.spec.ts?(x)'] },
  ],
};

export default config;
