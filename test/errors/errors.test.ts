import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { BatchError, PrecisError, PrecisRangeError, PrecisTypeError, describe as describeValue, isPrecisError } from '../../src/errors';
import { parseShard } from '../../src/batch/shard';
import { thrown } from '../support/helpers';

/** One error model: every error precis throws is a PrecisError with a stable code. */
const SRC = join(__dirname, '..', '..', 'src');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });

it('no source throws a plain Error, TypeError or RangeError (the CLI maps its own CliError to exit codes)', () => {
  const plain = files(SRC)
    .filter((file) => !relative(SRC, file).startsWith('cli/'))
    .flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, i) => [line, i] as const)
        .filter(([line]) => /\bnew (?:Error|TypeError|RangeError)\(/.test(line))
        .map(([, i]) => `${relative(SRC, file)}:${i + 1}`),
    );
  expect(plain).toEqual([]);
});

it('every error class outside src/errors/ is an internal one that never leaves precis', () => {
  const classes = files(SRC)
    .filter((file) => !relative(SRC, file).startsWith('errors/'))
    .flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/class (\w+) extends (\w*Error)\b/g)].map((m) => `${relative(SRC, file)}: ${m[1]} extends ${m[2]}`));
  // GzipError is caught by every reader (batch, eval, idf fit, the summarize command) and reported
  // as theirs; CliError is how a command hands run() its message and exit code.
  expect(classes.sort()).toEqual(['cli/io.ts: CliError extends Error', 'io/decompress.ts: GzipError extends Error']);
});

it('is one hierarchy: the built-in classes stay, instanceof PrecisError holds, subclasses keep their own test', () => {
  const type = new PrecisTypeError('ERR_INVALID_OPTION', 'x');
  const range = new PrecisRangeError('ERR_INVALID_OPTION', 'x');
  const batch = new BatchError('locked', 'busy');
  for (const error of [type, range, batch]) {
    expect(error).toBeInstanceOf(PrecisError);
    expect(isPrecisError(error)).toBe(true);
  }
  expect(type).toBeInstanceOf(TypeError);
  expect(range).toBeInstanceOf(RangeError);
  expect(batch).toMatchObject({ name: 'BatchError', code: 'ERR_BATCH_LOCKED', failure: 'locked' });
  expect(type instanceof BatchError).toBe(false);
  expect(new Error('x') instanceof PrecisError).toBe(false);
  expect(new PrecisError('ERR_WORKER', 'x', { cause: 1 }).cause).toBe(1);
  expect(thrown(() => parseShard('4/4'))).toMatchObject({ code: 'ERR_BATCH_USAGE' });
  expect(describeValue(0)).toBe('`0` (number)');
});
