import { join } from 'node:path';

/** The repository's root, whatever folder of `test/` a suite is in. */
export const ROOT = join(__dirname, '..', '..');
/** The built command (jest's global set-up rebuilds it when `src/` is newer). */
export const BUILT_CLI = join(ROOT, 'dist', 'cli', 'index.js');
/** Every 23rd story of the CNN development set (see `fixtures/`): the corpus of the batch suites. */
export const SAMPLE = join(ROOT, 'fixtures', 'cnn-dev-sample.jsonl');
/** The built package's CommonJS entry. */
export const BUILT_INDEX = join(ROOT, 'dist', 'index.cjs');
