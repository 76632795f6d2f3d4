// All Jest projects of the monorepo in one run (one JSON report for the test summary).
export default {
  projects: ['<rootDir>/libs/*/jest.config.mjs', '<rootDir>/apps/*/jest.config.mjs'],
};
