// One flat config for the monorepo. Dependencies point inward (DESIGN §2): the Nx tags in each
// project's package.json (`nx.tags`) and the constraints below make lint fail when they do not.
import nx from '@nx/eslint-plugin';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';

/** Server-only and UI packages: the shared contract must stay importable by every app. */
const bannedInContracts = ['@nestjs/*', 'typeorm', 'react', 'react-dom', 'bullmq', 'ioredis', 'pg'];

const depConstraints = [
  // contracts is the shared language: it depends on nothing of ours.
  { sourceTag: 'layer:core', onlyDependOnLibsWithTags: [], bannedExternalImports: bannedInContracts },
  { sourceTag: 'layer:domain', onlyDependOnLibsWithTags: ['layer:core'] },
  { sourceTag: 'type:data', onlyDependOnLibsWithTags: ['layer:core'] },
  { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
  { sourceTag: 'scope:client', onlyDependOnLibsWithTags: ['scope:client', 'scope:shared'] },
  { sourceTag: 'scope:server', onlyDependOnLibsWithTags: ['scope:server', 'scope:shared'] },
  // Run, test and demo tooling drives the system from outside: it may use the server libs, not the apps.
  {
    sourceTag: 'scope:tooling',
    onlyDependOnLibsWithTags: ['scope:shared', 'scope:server'],
    notDependOnLibsWithTags: ['type:app'],
  },
  // Apps talk through Redis, PostgreSQL and the contract, never through each other's code.
  { sourceTag: 'type:app', notDependOnLibsWithTags: ['type:app'] },
];

export default [
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '**/.nx/**',
      '**/coverage/**',
      '**/test-results/**',
      '**/playwright-report/**',
      '**/.data/**',
    ],
  },
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.mjs', '**/*.cjs'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: [],
          depConstraints,
        },
      ],
    },
  },
  {
    // Tool configs (jest, vite, playwright) import the workspace's presets by path; they are not project code.
    files: ['**/*.config.{ts,mts,cts,js,mjs,cjs}'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      // Deprecated; its successor no-empty-object-type (typescript-eslint recommended) does the job.
      '@typescript-eslint/no-empty-interface': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['apps/dashboard/**/*.ts', 'apps/dashboard/**/*.tsx'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
  prettier,
];
