/**
 * The soak suite, `npm run test:soak` (part of `npm test`): timing comparisons (linear time,
 * adversarial inputs), child processes of the built CLI (under signals and faults, and batch
 * determinism across processes), and the property
 * tests at their full run count (`PRECIS_FC_RUNS=1`; set it higher for a longer soak).
 */
const shared = require('./test/setup/jest-shared.cjs');

/** @type {import('jest').Config} */
module.exports = {
  ...shared,
  displayName: 'soak',
  roots: ['<rootDir>/test'],
  testMatch: ['<rootDir>/test/soak/**/*.test.ts', '<rootDir>/test/integration/properties.test.ts'],
  setupFiles: ['<rootDir>/test/setup/soak-env.cjs'],
  testTimeout: 120000,
};
