/**
 * Jest global set-up: suites that spawn `dist/cli/index.js` (cli-faults, the batch process and fault
 * suites) must test the current sources, not the build of an earlier edit. When a source file is
 * newer than the build, or the build is missing, this runs `npm run build` once before the tests;
 * with `PRECIS_NO_BUILD=1` it refuses instead (the run fails, naming the newer file).
 */
const { execFileSync } = require('node:child_process');
const { existsSync, readdirSync, statSync } = require('node:fs');
const { join, relative } = require('node:path');

const ROOT = join(__dirname, '..', '..');
/** What the build reads. */
const INPUTS = ['src', 'tsup.config.ts', 'package.json', 'tsconfig.json'];
/** What the spawning suites run. */
const OUTPUTS = ['dist/cli/index.js', 'dist/cli/batch-worker.js', 'dist/index.js', 'dist/index.cjs', 'dist/eval.cjs'];

function newest(path) {
  const info = statSync(path);
  if (!info.isDirectory()) return { path, mtime: info.mtimeMs };
  let best = { path, mtime: -Infinity };
  for (const name of readdirSync(path)) {
    const found = newest(join(path, name));
    if (found.mtime > best.mtime) best = found;
  }
  return best;
}

/** Why the build is stale, or undefined when it is fresh. */
function staleness() {
  const missing = OUTPUTS.find((file) => !existsSync(join(ROOT, file)));
  if (missing !== undefined) return `${missing} is missing`;
  const built = Math.min(...OUTPUTS.map((file) => statSync(join(ROOT, file)).mtimeMs));
  let source = { path: '', mtime: -Infinity };
  for (const input of INPUTS) {
    const found = newest(join(ROOT, input));
    if (found.mtime > source.mtime) source = found;
  }
  return source.mtime > built ? `${relative(ROOT, source.path)} is newer than dist/` : undefined;
}

module.exports = function freshDist() {
  const why = staleness();
  if (why === undefined) return;
  if (process.env.PRECIS_NO_BUILD === '1') {
    throw new Error(`The build is stale (${why}): run \`npm run build\` (PRECIS_NO_BUILD=1 forbids building here).`);
  }
  process.stderr.write(`\njest global set-up: ${why}; running npm run build\n`);
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const still = staleness();
  if (still !== undefined) throw new Error(`npm run build did not make dist/ fresh: ${still}`);
};
