// Shared Jest settings: native ESM (NestJS 12 is ESM-only), SWC with decorator metadata,
// `.js` suffixes stripped from relative imports, and @auscult/* libs mapped to their sources.
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(fileURLToPath(import.meta.url));

/** @param {string} displayName @param {import('jest').Config} [overrides] @returns {import('jest').Config} */
export function jestProject(displayName, overrides = {}) {
  return {
    displayName,
    testEnvironment: 'node',
    extensionsToTreatAsEsm: ['.ts', '.tsx'],
    moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'json'],
    transform: {
      '^.+\\.(t|j)sx?$': [
        '@swc/jest',
        {
          jsc: {
            parser: { syntax: 'typescript', decorators: true, tsx: true },
            transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
            target: 'es2022',
            keepClassNames: true,
          },
          module: { type: 'es6' },
        },
      ],
    },
    moduleNameMapper: {
      '^@auscult/(contracts|classifier|persistence|connectors|config|live)$': `${root}/libs/$1/src/index.ts`,
      '^@auscult/(contracts|classifier|persistence|connectors|config|live)/(.*)$': `${root}/libs/$1/src/$2.ts`,
      '^(\\.{1,2}/.*)\\.js$': '$1',
    },
    // Integration tests start real apps against real PostgreSQL and Redis; a loaded 2-core machine needs headroom.
    testTimeout: 20_000,
    testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
    ...overrides,
  };
}
