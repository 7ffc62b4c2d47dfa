import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../support/cli';
import { BUILT_CLI as CLI, SAMPLE } from '../support/paths';


let dir: string;
const tmp = (name: string): string => join(dir, name);
const lines = (text: string): string[] => text.split('\n').filter((l) => l !== '');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'precis-integrity-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

// Issue 17.6: ids are copied as the input wrote them, whatever their JSON type.
describe('precis batch: ids round-trip byte for byte', () => {
  const ids = ['9007199254740993', '9007199254740992', '12345678901234567890', '1e2', '-0', '1.50', '"caf\\u00e9"', '"a\\/b"', '17'];
  const input = ids.map((id) => `{"text": "A record with an unusual id. It still has a sentence or two.", "id": ${id}}`).join('\n') + '\n';

  /** The built CLI in a child process (worker threads need the built worker script). */
  const cli = (args: string[]): { code: number | null; stdout: string; stderr: string } => {
    const run = spawnSync(process.execPath, [CLI, 'batch', ...args], { encoding: 'utf8' });
    return { code: run.status, stdout: run.stdout, stderr: run.stderr };
  };

  it.each([0, 2])('with %i workers, on stdout and through --resume', (workers) => {
    const file = tmp(`ids-${workers}.jsonl`);
    writeFileSync(file, input);
    const run = cli(['--workers', String(workers), '--in', file]);
    expect(run.code).toBe(0);
    expect(lines(run.stdout).map((l) => /^\{"id":(.*?),"line":/.exec(l)?.[1])).toEqual(ids);
    const out = tmp(`ids-out-${workers}.jsonl`);
    const whole = cli(['--workers', String(workers), '--in', file, '--out', out]);
    expect(whole.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(run.stdout);
    // Cut it after 4 lines and resume: the ids are matched, the rest appended, the same bytes.
    writeFileSync(out, lines(run.stdout).slice(0, 4).join('\n') + '\n');
    const resumed = cli(['--workers', String(workers), '--in', file, '--out', out, '--resume']);
    expect([resumed.code, resumed.stderr]).toEqual([0, expect.stringContaining('4 already written')]);
    expect(readFileSync(out, 'utf8')).toBe(run.stdout);
  });
});

// Issue 17.9: a directory on stdin is not an empty input.
describe('precis batch < directory', () => {
  it('exits 2 and says that stdin is a directory', () => {
    const folder = tmp('a-folder');
    mkdirSync(folder, { recursive: true });
    const fd = openSync(folder, 'r');
    try {
      const run = spawnSync(process.execPath, [CLI, 'batch', '--workers', '1'], { stdio: [fd, 'pipe', 'pipe'], encoding: 'utf8' });
      expect([run.status, run.stdout, run.stderr.trim()]).toEqual([2, '', expect.stringMatching(/^precis batch: cannot read stdin: is a directory/)]);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
    } finally {
      closeSync(fd);
    }
  });
});

// Issue 17.10: two writers on one --out.
describe('precis batch: the lock on --out', () => {
  const corpus = (): string => {
    const file = tmp('lock-corpus.jsonl');
    if (!existsSync(file)) {
      const sample = lines(readFileSync(SAMPLE, 'utf8'));
      const out: string[] = [];
      for (let copy = 0; copy < 4; copy++) for (const l of sample) out.push(JSON.stringify({ ...JSON.parse(l), id: `${JSON.parse(l).id}#${copy}` }));
      writeFileSync(file, `${out.join('\n')}\n`);
    }
    return file;
  };

  it('refuses a second writer while the first runs (exit 75, one clear line), and is gone after', async () => {
    const out = tmp('locked.jsonl');
    const first = spawn(process.execPath, [CLI, 'batch', '--quiet', '--workers', '1', '--in', corpus(), '--out', out], { stdio: 'ignore' });
    const firstDone = new Promise<number | null>((resolve) => first.on('close', resolve));
    while (!existsSync(`${out}.lock`)) await new Promise((r) => setTimeout(r, 10));
    const second = await runCli(['batch', '--workers', '0', '--in', corpus(), '--out', out, '--resume']);
    expect(second.code).toBe(75);
    expect(second.stderr).toMatch(new RegExp(`^precis batch: ${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is being written by another precis batch \\(pid ${first.pid} on `));
    expect(second.stderr.trim().split('\n')).toHaveLength(1);
    expect(await firstDone).toBe(0);
    expect(existsSync(`${out}.lock`)).toBe(false);
    expect(lines(readFileSync(out, 'utf8'))).toHaveLength(4 * 303);
  }, 120_000);

  it('takes over a lock left by a process that is gone, or by one that stopped refreshing it', async () => {
    const input = tmp('small.jsonl');
    writeFileSync(input, '{"id":"a","text":"One sentence here. And another one after it."}\n');
    const out = tmp('stale.jsonl');
    const gone = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' });
    writeFileSync(`${out}.lock`, JSON.stringify({ pid: Number(gone.stdout.trim()), host: hostname(), since: 'then' }));
    expect((await runCli(['batch', '--workers', '0', '--in', input, '--out', out])).code).toBe(0);
    expect(existsSync(`${out}.lock`)).toBe(false);
    // Another machine's lock: refused while fresh, taken once a minute passed without a refresh.
    writeFileSync(`${out}.lock`, JSON.stringify({ pid: 1, host: 'another-node', since: 'then' }));
    const refused = await runCli(['batch', '--workers', '0', '--in', input, '--out', out]);
    expect([refused.code, refused.stderr]).toEqual([75, expect.stringContaining('(pid 1 on another-node, since then)')]);
    const old = new Date(Date.now() - 120_000);
    utimesSync(`${out}.lock`, old, old);
    expect((await runCli(['batch', '--workers', '0', '--in', input, '--out', out])).code).toBe(0);
    expect(existsSync(`${out}.lock`)).toBe(false);
  });
});

// The main thread only cuts lines; workers parse and format them. Every kind of line must come out
// the same whichever thread parsed it and however the records fell into chunks.
describe('precis batch: the same bytes from every thread', () => {
  it('on a corpus of odd lines, with 0, 1 and 2 workers, whole and in 3 shards', async () => {
    const sample = lines(readFileSync(SAMPLE, 'utf8'));
    const parts: Buffer[] = [Buffer.from('\ufeff')];
    sample.slice(0, 120).forEach((l, i) => {
      parts.push(Buffer.from(l + (i % 7 === 3 ? '\r\n' : '\n')));
      if (i % 40 === 5) parts.push(Buffer.from('\n \t \n'));
    });
    for (const l of [
      'not json',
      '[1,2]',
      '[{"id":"nested-in-an-array","text":"An array is not a record. Its key is its line."}]',
      '{"meta":{"id":"nested"},"text":"Only a nested id. Its key is its line number."}',
      '{"id":{"a":1},"text":"x"}',
      '{"id":"m"}',
      '{"id":"t","text":5}',
      '{"id":null,"text":"No id here. Known by its line."}',
      '{"id":"first","text":"A repeated id field. The last one wins.","id":"second"}',
    ]) {
      parts.push(Buffer.from(`${l}\n`));
    }
    parts.push(Buffer.concat([Buffer.from('{"id":"bad-utf8","text":"Caf'), Buffer.from([0xe9, 0xff]), Buffer.from(' is a word. And this is another sentence."}\n')]));
    parts.push(Buffer.from(`{"id":"big","text":"${'x'.repeat(300_000)}"}\n`)); // over 4 x 65536: not kept
    parts.push(Buffer.from(`{"id":"large","text":"${'word '.repeat(14_000)}"}\n`)); // text over 65536
    sample.slice(120).forEach((l) => parts.push(Buffer.from(`${l}\n`)));
    parts.push(Buffer.from('{"id":"torn","text":"The end of the fi'));
    const file = tmp('odd.jsonl');
    writeFileSync(file, Buffer.concat(parts));
    const args = ['--in', file, '--max-input-bytes', '65536'];
    const inline = await runCli(['batch', '--workers', '0', ...args]);
    expect(inline.code).toBe(3);
    const codes = lines(inline.stdout).map((l) => (JSON.parse(l) as { error?: { code: string } }).error?.code).filter(Boolean);
    expect(new Set(codes)).toEqual(new Set(['INVALID_JSON', 'NOT_AN_OBJECT', 'INVALID_ID', 'MISSING_TEXT', 'INVALID_TEXT', 'TOO_LARGE']));
    expect(lines(inline.stdout)).toHaveLength(sample.length + 13);
    for (const workers of ['1', '2']) {
      const run = spawnSync(process.execPath, [CLI, 'batch', '--workers', workers, ...args], { encoding: 'utf8' });
      expect(run.status).toBe(3);
      expect(run.stdout).toBe(inline.stdout);
      const timing = / processed in .*?workers?\)/;
      expect(run.stderr.replace(timing, '')).toBe(inline.stderr.replace(timing, '')); // same warnings and counts
    }
    // Shards: a worker skips most records of other shards without parsing them; the union must be
    // the single run, and every shard must count the same records in all (no blank line counted).
    const shards = [0, 1, 2].map((i) => {
      const stats = tmp(`odd-${i}.stats.json`);
      const run = spawnSync(process.execPath, [CLI, 'batch', '--quiet', '--workers', '2', '--shard', `${i}/3`, '--stats-json', stats, ...args], { encoding: 'utf8' });
      const { records, otherShards } = JSON.parse(readFileSync(stats, 'utf8')) as { records: number; otherShards: number };
      expect(records + otherShards).toBe(sample.length + 13);
      return lines(run.stdout);
    });
    const merged = shards.flat().sort((a, b) => (JSON.parse(a) as { line: number }).line - (JSON.parse(b) as { line: number }).line);
    expect(`${merged.join('\n')}\n`).toBe(inline.stdout);
  }, 120_000);
});
