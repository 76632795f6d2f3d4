import { jestProject } from '../jest.preset.mjs';

export default jestProject('tools', { testMatch: ['<rootDir>/**/*.spec.ts'] });
