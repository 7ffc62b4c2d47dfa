/**
 * `precis batch` under faults: a cut-off gzip file, a 50 MB line, bytes that are not UTF-8, an
 * output whose reader goes away, a full disk. Run through the built CLI (`npm run build` first),
 * except the UTF-8 cases, which run in-process like test/cli/batch.test.ts.
 */
import { spawn, spawnSync, type StdioOptions } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { constants as zlib, gunzipSync, gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { firstInvalidUtf8 } from '../../src/batch/utf8';
import { runCli } from '../support/cli';
import { BUILT_CLI as CLI, SAMPLE } from '../support/paths';
import { fcParams } from '../support/fc';

/** A child that runs longer than this is hung: it is killed and the test fails. */
const HANG_MS = 25_000;

let dir: string;
const tmp = (name: string): string => join(dir, name);
const lines = (text: string): string[] => text.split('\n').filter((l) => l !== '');
const parsed = (text: string): Record<string, any>[] => lines(text).map((l) => JSON.parse(l) as Record<string, any>);
const sample = lines(readFileSync(SAMPLE, 'utf8'));
/** The input of most cases: the first 40 sample articles. */
const RECORDS = sample.slice(0, 40);
const idOf = (line: string): string => (JSON.parse(line) as { id: string }).id;

interface Ended {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `node dist/cli/index.js batch --quiet ...args`, killing it (and failing) if it hangs. */
function cli(args: string[], options: { stdin?: Buffer; stdout?: number; prefix?: string } = {}): Promise<Ended> {
  const stdio: StdioOptions = [options.stdin !== undefined ? 'pipe' : 'ignore', options.stdout ?? 'pipe', 'pipe'];
  const argv = [CLI, 'batch', '--quiet', ...args];
  // With a prefix, bash runs it first (`ulimit -f N;`), then execs node with the same arguments.
  const child =
    options.prefix !== undefined
      ? spawn('bash', ['-c', `${options.prefix}; exec "$0" "$@"`, process.execPath, ...argv], { stdio })
      : spawn(process.execPath, argv, { stdio });
  if (options.stdin !== undefined) child.stdin!.end(options.stdin);
  return ended(child);
}

function ended(child: ReturnType<typeof spawn>): Promise<Ended> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`precis batch hung (killed after ${HANG_MS} ms); stderr: ${stderr}`));
    }, HANG_MS);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

/** A one-line message on stderr, without a stack trace. */
function expectOneLine(stderr: string, message: RegExp): void {
  expect(stderr).toMatch(message);
  expect(stderr.endsWith('\n')).toBe(true);
  expect(stderr.trim().split('\n')).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at |internal error|Error:/);
}

/** The output of the 40 records, from an uninterrupted run. */
let reference: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'precis-faults-'));
  writeFileSync(tmp('records.jsonl'), `${RECORDS.join('\n')}\n`);
  const run = await cli(['--in', tmp('records.jsonl'), '--workers', '1']);
  expect([run.code, run.stderr]).toEqual([0, '']);
  reference = run.stdout;
  expect(parsed(reference)).toHaveLength(RECORDS.length);
}, 60_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('a truncated gzip input', () => {
  const gz = gzipSync(`${RECORDS.join('\n')}\n`);
  const cut = gz.subarray(0, Math.floor(gz.length * 0.6));
  // What can be read before the cut, decompressed independently: its complete lines are the records
  // read in full, the rest is a torn line.
  const readable = gunzipSync(cut, { finishFlush: zlib.Z_SYNC_FLUSH }).toString('utf8');
  const complete = readable.split('\n').length - 1;

  it('is cut inside a record (the case under test)', () => {
    expect(complete).toBeGreaterThan(5);
    expect(complete).toBeLessThan(RECORDS.length);
    expect(readable.endsWith('\n')).toBe(false);
  });

  it('writes every record read in full, then exits 2 naming the file and the place; --resume on the whole file finishes', async () => {
    writeFileSync(tmp('cut.jsonl.gz'), cut);
    const out = tmp('cut.out.jsonl');
    const run = await cli(['--in', tmp('cut.jsonl.gz'), '--out', out, '--workers', '2']);
    expect(run.code).toBe(2);
    expectOneLine(
      run.stderr,
      new RegExp(
        `^precis batch: cannot read \\S*cut\\.jsonl\\.gz: the gzip data ends too early \\(truncated file\\?\\) after line ${complete}; ` +
          `the ${complete} records before it are in \\S*cut\\.out\\.jsonl, each a complete line`,
      ),
    );
    // The records read in full are all there, as in an uninterrupted run; the torn one is not.
    const written = readFileSync(out, 'utf8');
    expect(parsed(written).map((o) => o.id)).toEqual(RECORDS.slice(0, complete).map(idOf));
    expect(reference.startsWith(written)).toBe(true);
    // With the input repaired, --resume adds exactly the rest.
    writeFileSync(tmp('whole.jsonl.gz'), gz);
    const resumed = await cli(['--in', tmp('whole.jsonl.gz'), '--out', out, '--resume', '--workers', '2']);
    expect([resumed.code, resumed.stderr]).toEqual([0, '']);
    expect(readFileSync(out, 'utf8')).toBe(reference);
  });

  it('does the same on stdin, with the records on stdout', async () => {
    const run = await cli(['--workers', '0'], { stdin: cut });
    expect(run.code).toBe(2);
    expectOneLine(run.stderr, new RegExp(`^precis batch: cannot read stdin: the gzip data ends too early .* after line ${complete}; the ${complete} records before it are in stdout`));
    expect(reference.startsWith(run.stdout)).toBe(true);
    expect(parsed(run.stdout)).toHaveLength(complete);
  });

  it('reports corrupt gzip data as corrupt, also exit 2', async () => {
    const corrupt = Buffer.from(gz);
    for (let i = Math.floor(gz.length / 2); i < Math.floor(gz.length / 2) + 64; i++) corrupt[i] = 0xaa;
    writeFileSync(tmp('corrupt.jsonl.gz'), corrupt);
    const run = await cli(['--in', tmp('corrupt.jsonl.gz'), '--workers', '0']);
    expect(run.code).toBe(2);
    expectOneLine(run.stderr, /^precis batch: cannot read \S*corrupt\.jsonl\.gz: the gzip data is corrupt \(.+\) after line \d+; the \d+ records before it are in stdout/);
    expect(reference.startsWith(run.stdout)).toBe(true);
  });

  it('reports bytes after the end of the gzip data, never exits 0 with records missing', async () => {
    // Node's gunzip drops what it decompressed in the step that meets the junk: which records are
    // lost varies, but the message says how many were written.
    const file = tmp('junk.jsonl.gz');
    writeFileSync(file, Buffer.concat([gzipSync(`${RECORDS.slice(0, 3).join('\n')}\n`), Buffer.from('junk\n')]));
    const { code, stdout, stderr } = await runCli(['batch', '--workers', '0', '--quiet', '--in', file], '');
    expect(code).toBe(2);
    const written = parsed(stdout).length;
    expectOneLine(stderr, written === 0 ? /the gzip data is corrupt \(incorrect header check\) before its first complete line; nothing was written to stdout/ : new RegExp(`corrupt .*; the ${written} records before it are in stdout`));
  });
});

describe('a line of 50 MB', () => {
  const SIZE = 50_000_000;
  let huge: string;
  let small: string;

  beforeAll(() => {
    // Three articles with a 50 MB record between the second and the third (made here, never committed).
    const text = 'A sentence that says nothing new. '.repeat(Math.ceil(SIZE / 34));
    const big = JSON.stringify({ id: 'huge', text });
    expect(big.length).toBeGreaterThan(SIZE);
    huge = tmp('huge.jsonl');
    writeFileSync(huge, `${RECORDS[0]}\n${RECORDS[1]}\n${big}\n${RECORDS[2]}\n`);
    writeFileSync(`${huge}.gz`, gzipSync(readFileSync(huge)));
    small = tmp('small.jsonl');
    writeFileSync(small, `${RECORDS[0]}\n${RECORDS[1]}\n${RECORDS[2]}\n`);
  });

  it('becomes a TOO_LARGE error line, measured without being held in memory; the other records are summarized', async () => {
    const base = await cli(['--in', small, '--workers', '0', '--stats-json', tmp('small.stats.json')]);
    expect(base.code).toBe(0);
    for (const input of [huge, `${huge}.gz`]) {
      const stats = tmp('huge.stats.json');
      const run = await cli(['--in', input, '--workers', '0', '--stats-json', stats]);
      expect([run.code, run.stderr]).toEqual([3, '']);
      const out = parsed(run.stdout);
      expect(out.map((o) => o.line)).toEqual([1, 2, 3, 4]);
      expect(out[2]).toEqual({ line: 3, error: { code: 'TOO_LARGE', message: expect.stringMatching(/^Line is 5\d{7} bytes, over the limit of 4194304 bytes/) } });
      // The other records: the lines of the run without the big one, but for their line numbers.
      const others = parsed(base.stdout);
      expect([out[0], out[1], { ...out[3], line: 3 }]).toEqual(others);
      // Memory: holding the line would take at least twice its size (its pieces, then the joined
      // bytes; a string after that). Measured: 25 to 45 MB more than without it, garbage that V8
      // has not collected yet (more for gzip, which allocates every decompressed chunk).
      const peak = (JSON.parse(readFileSync(stats, 'utf8')) as { peakRssBytes: number }).peakRssBytes;
      const basePeak = (JSON.parse(readFileSync(tmp('small.stats.json'), 'utf8')) as { peakRssBytes: number }).peakRssBytes;
      expect(peak - basePeak).toBeLessThan(1.5 * SIZE);
    }
  });

  it('let through by a higher --max-input-bytes, meets the library\'s maxInputChars: TOO_LARGE too, not SUMMARIZE_FAILED', async () => {
    const run = await cli(['--in', huge, '--workers', '0', '--max-input-bytes', String(2 * SIZE)]);
    expect([run.code, run.stderr]).toEqual([3, '']);
    const out = parsed(run.stdout);
    expect(out.map((o) => o.error?.code)).toEqual([undefined, undefined, 'TOO_LARGE', undefined]);
    expect(out[2]).toMatchObject({ id: 'huge', line: 3, error: { message: expect.stringMatching(/maxInputChars/) } });
  });

  it('with 2 workers too', async () => {
    const run = await cli(['--in', huge, '--workers', '2']);
    expect([run.code, run.stderr]).toEqual([3, '']);
    expect(parsed(run.stdout).map((o) => o.error?.code)).toEqual([undefined, undefined, 'TOO_LARGE', undefined]);
  });
});

describe('bytes that are not UTF-8', () => {
  /** A record line whose text has `bad` in place of the byte at `at` characters into it. */
  const corrupted = (line: string, at: number, bad: number[]): Buffer => {
    const record = JSON.parse(line) as { id: string; text: string };
    const bytes = Buffer.from(JSON.stringify({ id: record.id, text: record.text }), 'utf8');
    const offset = bytes.indexOf(Buffer.from(record.text.slice(0, 40), 'utf8')) + at;
    return Buffer.concat([bytes.subarray(0, offset), Buffer.from(bad), bytes.subarray(offset + 1)]);
  };

  it('are read as U+FFFD, with a warning naming the record and the byte, and INVALID_UTF8 on its line', async () => {
    const input = Buffer.concat([
      Buffer.from(`${RECORDS[0]}\n`),
      corrupted(RECORDS[1]!, 2, [0xff]), // a byte that never occurs in UTF-8
      Buffer.from('\n'),
      corrupted(RECORDS[2]!, 3, [0xe2, 0x82]), // a sequence cut short
      Buffer.from('\n{"id":"x","text":5,"note":"caf'),
      Buffer.from([0xe9]), // Latin-1 in a field that is not read, on a line that is an error anyway
      Buffer.from('"}\n'),
    ]);
    const file = tmp('latin.jsonl');
    writeFileSync(file, input);
    const { code, stdout, stderr } = await runCli(['batch', '--workers', '0', '--in', file], '');
    expect(code).toBe(3);
    const warnings = stderr.split('\n').filter((l) => l.startsWith('precis batch: warning: '));
    expect(warnings).toEqual([
      expect.stringMatching(/^precis batch: warning: id "cnn-dev-\d+" \(line 2\) is not valid UTF-8 \(first invalid byte at byte offset \d+ of the line, counting from 0\); each invalid sequence was read as U\+FFFD$/),
      expect.stringMatching(/^precis batch: warning: id "cnn-dev-\d+" \(line 3\) is not valid UTF-8/),
      expect.stringMatching(/^precis batch: warning: id "x" \(line 4\) is not valid UTF-8/),
    ]);
    // The offset in the warning is the offset of the bad byte in the line.
    const rawLines = input.toString('latin1').split('\n');
    for (const [i, warning] of warnings.entries()) {
      const offset = Number(/byte offset (\d+)/.exec(warning)![1]);
      const line = Buffer.from(rawLines[i + 1]!, 'latin1');
      expect(isUtf8(line.subarray(0, offset))).toBe(true);
      expect(line[offset]! >= 0x80).toBe(true);
    }
    expect(stderr).toMatch(/2 summarized with U\+FFFD for bytes that are not UTF-8 \(warning INVALID_UTF8\)/);
    const out = parsed(stdout);
    expect(out.map((o) => [o.line, o.warnings?.includes('INVALID_UTF8') ?? null, o.error?.code])).toEqual([
      [1, false, undefined],
      [2, true, undefined],
      [3, true, undefined],
      [4, null, 'INVALID_TEXT'],
    ]);
    // Offsets are into the text as decoded, U+FFFD included: a reader that decodes the same way
    // (TextDecoder, Python's errors='replace') finds every sentence at its offsets.
    for (const i of [1, 2]) {
      const text = (JSON.parse(new TextDecoder().decode(input).split('\n')[i]!) as { text: string }).text;
      expect(text).toContain('\ufffd');
      const line = out[i]!;
      expect(line.sentences.map((s: { start: number; end: number }) => text.slice(s.start, s.end))).toEqual(line.summary.split('\n'));
    }
  });

  it('in a directory input, name the file', async () => {
    const corpus = tmp('latin-dir');
    mkdirSync(corpus);
    writeFileSync(join(corpus, 'a.txt'), Buffer.concat([Buffer.from('The mayor opened the new bridge on Monday. Caf'), Buffer.from([0xe9]), Buffer.from(' owners nearby welcomed it.\n')]));
    writeFileSync(join(corpus, 'b.txt'), 'The council met on Tuesday. It approved the budget for next year.\n');
    const { code, stdout, stderr } = await runCli(['batch', '--workers', '0', '--quiet', '--in', corpus], '');
    expect(code).toBe(0);
    expect(stderr).toBe('precis batch: warning: id "a.txt" is not valid UTF-8 (first invalid byte at byte offset 46 of the file, counting from 0); each invalid sequence was read as U+FFFD\n');
    expect(parsed(stdout).map((o) => [o.id, o.warnings.includes('INVALID_UTF8')])).toEqual([
      ['a.txt', true],
      ['b.txt', false],
    ]);
  });

  it('print at most 10 warnings, then one line saying more are not shown', async () => {
    const bad = corrupted(RECORDS[0]!, 1, [0xc0, 0xaf]); // an overlong encoding of '/'
    const file = tmp('many-bad.jsonl');
    writeFileSync(file, Buffer.concat(Array.from({ length: 14 }, () => Buffer.concat([bad, Buffer.from('\n')]))));
    const { code, stdout, stderr } = await runCli(['batch', '--workers', '0', '--quiet', '--in', file], '');
    expect(code).toBe(0);
    const printed = stderr.trim().split('\n');
    expect(printed).toHaveLength(11);
    expect(printed.slice(0, 10).map((l) => /\(line (\d+)\)/.exec(l)?.[1])).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(printed[10]).toBe('precis batch: warning: more warnings are not shown; the output lines carry their codes (e.g. INVALID_UTF8)');
    expect(parsed(stdout).filter((o) => o.warnings.includes('INVALID_UTF8'))).toHaveLength(14);
  });

  it('are found where Node finds them: the first invalid byte, by the decoder\'s rules', () => {
    expect(firstInvalidUtf8(Buffer.from('plain ascii and ünïcödé 🙂'))).toBe(-1);
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xff]))).toBe(1);
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xe2, 0x82]))).toBe(1); // cut short at the end
    expect(firstInvalidUtf8(Buffer.from([0xed, 0xa0, 0x80]))).toBe(0); // a surrogate
    expect(firstInvalidUtf8(Buffer.from([0xf4, 0x90, 0x80, 0x80]))).toBe(0); // above U+10FFFF
    expect(firstInvalidUtf8(Buffer.from([0xe0, 0x80, 0xaf]))).toBe(0); // overlong
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 24 }), (bytes) => {
        const at = firstInvalidUtf8(bytes);
        if (at === -1) return isUtf8(bytes);
        // Everything before is UTF-8, and the sequence that starts there is not.
        return isUtf8(bytes.subarray(0, at)) && !isUtf8(bytes.subarray(at, at + 4));
      }),
      fcParams(2000),
    );
  });
});

describe('stdout closed early', () => {
  /** Runs batch with stdout on a pipe whose reader is destroyed after the first chunk it reads. */
  async function closeAfterFirstChunk(args: string[], feed?: (stdin: NodeJS.WritableStream) => void): Promise<Ended & { received: number }> {
    const child = spawn(process.execPath, [CLI, 'batch', ...args], { stdio: [feed ? 'pipe' : 'ignore', 'pipe', 'pipe'] });
    if (feed) feed(child.stdin!);
    let received = 0;
    child.stdout!.once('data', (chunk: Buffer) => {
      received = chunk.length;
      child.stdout!.destroy();
    });
    const result = await ended(child);
    return { ...result, received };
  }

  it('exits 141 (as a shell reports a process a closed pipe ended), with nothing on stderr', async () => {
    writeFileSync(tmp('sample.jsonl'), `${sample.join('\n')}\n`);
    const run = await closeAfterFirstChunk(['--in', tmp('sample.jsonl'), '--workers', '2']);
    expect(run.received).toBeGreaterThan(0);
    expect([run.code, run.signal, run.stderr]).toEqual([141, null, '']);
  });

  it('does not hang when stdin is still being written to (`yes ... | precis batch | head`)', async () => {
    let stdin: NodeJS.WritableStream | undefined;
    const line = `${RECORDS[0]}\n`;
    const run = await closeAfterFirstChunk(['--workers', '0'], (input) => {
      stdin = input;
      input.on('error', () => {}); // EPIPE once precis has gone
      const pump = (): void => {
        while (input.write(line)) {
          // fill the pipe, then wait for it to drain
        }
      };
      input.on('drain', pump);
      pump();
    });
    stdin?.end();
    expect([run.code, run.stderr]).toEqual([141, '']);
  });
});

const hasDevFull = existsSync('/dev/full');
const hasBash = spawnSync('bash', ['-c', 'ulimit -f 1'], { stdio: 'ignore' }).status === 0;

describe('disk full', () => {
  (hasDevFull ? it : it.skip)('--out /dev/full: one line, exit 2 (skipped where /dev/full does not exist)', async () => {
    const run = await cli(['--in', tmp('records.jsonl'), '--out', '/dev/full', '--workers', '0']);
    expect(run.code).toBe(2);
    expectOneLine(run.stderr, /^precis batch: cannot write \/dev\/full: no space left on device\n$/);
  });

  (hasDevFull ? it : it.skip)('stdout redirected to /dev/full: one line, exit 2 (skipped where /dev/full does not exist)', async () => {
    const full = openSync('/dev/full', 'w');
    try {
      const run = await cli(['--in', tmp('records.jsonl'), '--workers', '2'], { stdout: full });
      expect(run.code).toBe(2);
      expectOneLine(run.stderr, /^precis batch: cannot write stdout: no space left on device\n$/);
    } finally {
      closeSync(full);
    }
  });

  // A file size limit (bash's `ulimit -f`, in KB) fails a write part-way, as a disk that fills up does.
  (hasBash ? it : it.skip)('a file that cannot grow: only complete lines are kept, exit 2; --resume finishes it (skipped without bash)', async () => {
    const out = tmp('limited.jsonl');
    const run = await cli(['--in', tmp('records.jsonl'), '--out', out, '--workers', '2'], { prefix: 'ulimit -f 16' });
    expect(run.code).toBe(2);
    const written = readFileSync(out, 'utf8');
    const count = lines(written).length;
    expectOneLine(run.stderr, new RegExp(`^precis batch: cannot write \\S*limited\\.jsonl: file too large \\(over the file size limit\\); its first ${count} lines are complete: run again with --resume`));
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(RECORDS.length);
    expect(written.endsWith('\n')).toBe(true);
    for (const line of lines(written)) expect(() => JSON.parse(line)).not.toThrow();
    expect(reference.startsWith(written)).toBe(true);
    const resumed = await cli(['--in', tmp('records.jsonl'), '--out', out, '--resume', '--workers', '2']);
    expect([resumed.code, resumed.stderr]).toEqual([0, '']);
    expect(readFileSync(out, 'utf8')).toBe(reference);
  });

  (hasBash ? it : it.skip)('stdout redirected to a file that cannot grow: exit 2, never a silent short file (skipped without bash)', async () => {
    // Two records make one chunk of about 1.8 KB: a 1 KB limit cuts it, and no later write would fail.
    writeFileSync(tmp('two.jsonl'), `${RECORDS[0]}\n${RECORDS[1]}\n`);
    const file = tmp('two.out.jsonl');
    const fd = openSync(file, 'w');
    try {
      const run = await cli(['--in', tmp('two.jsonl'), '--workers', '0'], { stdout: fd, prefix: 'ulimit -f 1' });
      expect(run.code).toBe(2);
      expectOneLine(run.stderr, /^precis batch: cannot write stdout: file too large \(over the file size limit\) \(the last line on stdout may be incomplete: --out FILE keeps only complete lines\)\n$/);
    } finally {
      closeSync(fd);
    }
    expect(readFileSync(file).length).toBe(1024);
  });
});
