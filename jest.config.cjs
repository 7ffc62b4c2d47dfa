/**
 * The unit suite, `npx jest`: everything that runs in seconds (under 60 s on 2 cores), property
 * tests at a tenth of their run count. The slow suites (timing comparisons, long soaks, child
 * processes under signals) are in `jest.soak.config.cjs`; `npm test` runs both.
 */
const shared = require('./test/setup/jest-shared.cjs');

/** @type {import('jest').Config} */
module.exports = {
  ...shared,
  displayName: 'unit',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/soak/'],
};
