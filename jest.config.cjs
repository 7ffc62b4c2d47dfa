/**
 * The unit suite, `npx jest`: everything that runs in seconds (under 60 s on 2 cores), property
 * tests at a tenth of their run count. The slow suites (timing comparisons, long soaks, child
 * processes under signals) are in `jest.soak.config.cjs`; `npm test` runs both.
 */
const { availableParallelism } = require('node:os');
const shared = require('./test/setup/jest-shared.cjs');

/** @type {import('jest').Config} */
module.exports = {
  ...shared,
  displayName: 'unit',
  // Jest's default, one worker less than the cores, runs a 2-core machine (CI's) in band: one suite
  // at a time, the second core idle. The soak suite keeps that default: its timing comparisons
  // want a machine the other suites do not share.
  maxWorkers: Math.max(2, availableParallelism() - 1),
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/soak/'],
};
