import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILT_CLI as CLI } from '../support/paths';

/** The built command (`npm test` builds before jest) under a closed pipe and a full disk. */
const PAGE = join(__dirname, '..', '..', 'fixtures', 'news-page-russia-japan.txt');

interface Ended {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs the CLI, reading only `keep` bytes of its stdout before closing the pipe (`keep: 0` closes
 * it at once, before the command can have written anything).
 */
function runCli(args: readonly string[], options: { keep?: number; stdoutFile?: number } = {}): Promise<Ended> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', options.stdoutFile ?? 'pipe', 'pipe'] });
    if (options.keep === 0) child.stdout?.destroy();
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error('the CLI hung'));
    }, 30_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (options.keep !== undefined && stdout.length >= options.keep) child.stdout?.destroy();
    });
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error('dist/cli/index.js is missing: run `npm run build` first');
});

/**
 * Exit 141 needs a write that fails: when the whole output fits in the pipe before the reader goes,
 * the command ends with 0, as `cat` does. So each case leaves no room for that race: the reader is
 * gone before the first byte, or the output is many times what a pipe and one read can hold.
 */
describe('stops quietly with 141 when its reader closes the pipe', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'precis-cli-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('closed before the first byte', async () => {
    const ended = await runCli([PAGE], { keep: 0 });
    expect(ended.stderr).toBe('');
    expect(ended.code).toBe(141);
  });

  it('closed after 10 bytes of a 2 MB output (precis --json --explain long.txt | head -c 10)', async () => {
    const long = join(dir, 'long.txt');
    writeFileSync(long, Array.from({ length: 400 }, () => readFileSync(PAGE, 'utf8')).join('\n\n'));
    const ended = await runCli(['--json', '--explain', long], { keep: 10 });
    expect(ended.stderr).toBe('');
    expect(ended.code).toBe(141);
  });
});

it('reports a full disk in one line, with exit code 2, and no stack trace', async () => {
  if (!existsSync('/dev/full')) {
    console.warn('skipped: /dev/full does not exist here');
    return;
  }
  const { openSync, closeSync } = await import('node:fs');
  const fd = openSync('/dev/full', 'w');
  try {
    const ended = await runCli([PAGE], { stdoutFile: fd });
    expect(ended.code).toBe(2);
    expect(ended.stderr).toBe('precis: cannot write the output: no space left on device\n');
  } finally {
    closeSync(fd);
  }
});

it('reports a stdin that fails to read in one line, with exit code 2', async () => {
  const { PassThrough } = await import('node:stream');
  const { run } = await import('../../src/cli/program');
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let err = '';
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  setImmediate(() => stdin.destroy(Object.assign(new Error('i/o error'), { code: 'EIO' })));
  const code = await run(['-'], { stdin, stdout, stderr, stderrIsTTY: false });
  expect(code).toBe(2);
  expect(err).toBe('precis: cannot read stdin: input/output error\n');
});

it('prints the summary even when stderr, where warnings go, is closed', async () => {
  const { PassThrough, Writable } = await import('node:stream');
  const { run } = await import('../../src/cli/program');
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  let out = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const stderr = new Writable({ write: (_chunk, _encoding, done) => done(Object.assign(new Error('closed'), { code: 'EPIPE' })) });
  stderr.on('error', () => undefined);
  stdin.end('Too short. Only two. Sentences here that are long enough to count as one.');
  const code = await run(['-k', '5'], { stdin, stdout, stderr, stderrIsTTY: false });
  expect(code).toBe(0);
  expect(out).toBe('Sentences here that are long enough to count as one.\n');
});
