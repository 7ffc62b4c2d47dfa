/**
 * The unit suite, `npx jest`: everything that runs in seconds (under 60 s on 2 cores), property
 * tests at a tenth of their run count. The slow suites (timing comparisons, long soaks, child
 * processes under signals) are in `jest.soak.config.cjs`; `npm test` runs both.
 */
/** @type {import('jest').Config} */
const shared = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript' } }, module: { type: 'commonjs' } }],
  },
  // Suites that spawn dist/cli/index.js need a build of the current sources: built here when stale.
  globalSetup: '<rootDir>/test/setup/fresh-dist.cjs',
  testTimeout: 60000,
};

/** @type {import('jest').Config} */
module.exports = {
  ...shared,
  displayName: 'unit',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/soak/'],
};
module.exports.shared = shared;
