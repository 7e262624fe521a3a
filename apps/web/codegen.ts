import type { CodegenConfig } from '@graphql-codegen/cli';

// Reads the committed schema file (never a live server), so codegen works offline and in CI.
// typescript-operations 6 emits the enums and input types the operations use by itself; adding the
// `typescript` plugin as well declares them twice (TS2300), so it is left out.
const config: CodegenConfig = {
  schema: '../api/schema.gql',
  documents: ['src/**/*.graphql'],
  overwrite: true,
  generates: {
    'src/generated/graphql.ts': {
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        // Enums as string-literal unions (what `enumsAsTypes: true` did before v6), matching @letscoop/domain.
        enumType: 'string-literal',
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTime: 'string', ID: 'string' },
      },
    },
  },
};

export default config;
