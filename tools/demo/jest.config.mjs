import { jestProject } from '../../jest.preset.mjs';
export default jestProject('demo', { testMatch: ['<rootDir>/*.spec.ts'] });
