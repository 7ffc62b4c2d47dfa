/**
 * Issue 17: `precis batch` after 17,000 new token shapes summarizes the probe stories as a fresh
 * process does, with one worker or two and after --resume (the library's entries are checked the
 * same way in test/integration/determinism.test.ts). Child processes of the built CLI, each loading
 * the model in its workers, so a soak suite.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inFreshProcess } from '../support/fresh-process';
import { BUILT_CLI as CLI } from '../support/paths';
import { poisonText, probeText } from '../support/shapes';

/** The probes of test/integration/determinism.test.ts. */
const probes = Array.from({ length: 12 }, (_, i) => probeText(100 + i));

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'precis-batch-determinism-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('precis batch after 17,000 new token shapes (child processes of the built CLI)', () => {
  /** Three records of new shapes, then the probes. A worker that reads one or three of the three overflows. */
  const records = (poison: boolean): string =>
    [
      ...[1, 2, 3].map((seed) => ({ id: `shapes-${seed}`, text: poison ? poisonText(seed) : 'Nothing to see.' })),
      ...probes.map((text, i) => ({ id: `probe-${i}`, text })),
    ]
      .map((record) => JSON.stringify(record))
      .join('\n') + '\n';
  const probeLines = (output: string): string[] => output.split('\n').filter((line) => line.startsWith('{"id":"probe-'));

  function batch(args: string[]): Promise<{ code: number | null; stderr: string }> {
    const child = spawn(process.execPath, [CLI, 'batch', '--quiet', '-k', '3', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    return new Promise((resolve) => child.on('close', (code) => resolve({ code, stderr })));
  }
  const file = (name: string): string => join(dir, name);

  let clean: string;
  let one: string;
  beforeAll(async () => {
    writeFileSync(file('poisoned.jsonl'), records(true));
    writeFileSync(file('clean.jsonl'), records(false));
    const runs = await Promise.all([
      batch(['--in', file('clean.jsonl'), '--out', file('clean.out'), '--workers', '1', '--language', 'en']),
      batch(['--in', file('poisoned.jsonl'), '--out', file('one.out'), '--workers', '1', '--language', 'en']),
    ]);
    expect(runs).toEqual([{ code: 0, stderr: '' }, { code: 0, stderr: '' }]);
    clean = readFileSync(file('clean.out'), 'utf8');
    one = readFileSync(file('one.out'), 'utf8');
  });

  it('the probes as a fresh process summarizes them', () => {
    const fresh = inFreshProcess<string[]>(
      "process.stdout.write(JSON.stringify(input.probes.map((t) => require(INDEX).summarize(t, { sentences: 3 }).sentences.map((s) => s.text).join('\\n'))))",
      { probes },
    );
    const lines = probeLines(clean).map((line) => JSON.parse(line) as { summary: string });
    expect(lines.map((line) => line.summary)).toEqual(fresh);
  });

  it('--workers 1 and --workers 2: the probes as in a run that never read the shapes, the whole output byte-identical', async () => {
    expect(probeLines(one)).toEqual(probeLines(clean));
    const run = await batch(['--in', file('poisoned.jsonl'), '--out', file('two.out'), '--workers', '2', '--language', 'en']);
    expect(run).toEqual({ code: 0, stderr: '' });
    expect(readFileSync(file('two.out'), 'utf8')).toBe(one);
  });

  it('--resume after the shapes records gives the uninterrupted output', async () => {
    const part = file('resumed.out');
    writeFileSync(part, `${one.split('\n').slice(0, 3).join('\n')}\n`);
    const run = await batch(['--in', file('poisoned.jsonl'), '--out', part, '--resume', '--workers', '1', '--language', 'en']);
    expect(run).toEqual({ code: 0, stderr: '' });
    expect(readFileSync(part, 'utf8')).toBe(one);
  });
});
