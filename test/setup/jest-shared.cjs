/** What the unit suite (jest.config.cjs) and the soak suite (jest.soak.config.cjs) share. */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript' } }, module: { type: 'commonjs' } }],
  },
  // The stopword lists are imported from the `stopword` package's ES sources (see tsup.config.ts).
  transformIgnorePatterns: ['/node_modules/(?!stopword/)'],
  // Suites that spawn dist/cli/index.js need a build of the current sources: built here when stale.
  globalSetup: '<rootDir>/test/setup/fresh-dist.cjs',
  testTimeout: 60000,
};
