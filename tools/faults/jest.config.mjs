import { jestProject } from '../../jest.preset.mjs';

// The fault tests: real processes started and killed by the tests. Run by `npm run test:faults`
// (and by `npm test` after the other runners), never by the plain Jest run.
export default jestProject('faults', { testMatch: ['<rootDir>/**/*.fault.ts'], testTimeout: 240_000 });
