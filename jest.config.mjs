// All Jest projects of the monorepo in one run (one JSON report for the test summary):
// every app or lib folder (and tools/) that has a jest.config.mjs.
import { existsSync, readdirSync } from 'node:fs';

const projects = ['apps', 'libs'].flatMap((group) =>
  readdirSync(group)
    .map((name) => `${group}/${name}`)
    .filter((dir) => existsSync(`${dir}/jest.config.mjs`))
    .map((dir) => `<rootDir>/${dir}`),
);
if (existsSync('tools/jest.config.mjs')) projects.push('<rootDir>/tools');

// testTimeout is a global option: set in a project's config (jest.preset.mjs) it is ignored in a multi-project run.
export default { projects, testTimeout: 20_000 };
