import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

import { createSummarizer } from '../../src/entries/index';
import { countWords } from '../../src/text/words';
import {
  evaluate,
  lead,
  precisCandidates,
  precisSystem,
  random,
  rouge,
  type EvalRecord,
} from '../../src/entries/eval';
import { runCli } from '../support/cli';
import { STORM_CANDIDATES, storm } from '../support/storm';

/** precis's candidate sentences, the splitter of the filtered baselines. */
const filtered = { split: precisCandidates(createSummarizer()) };

/** Runs the CLI in-process; `stderrIsTTY` pretends stderr is a terminal. */
const cli = (argv: string[], stderrIsTTY = false) => runCli(argv, '', { stderrIsTTY });

describe('precis eval (CLI)', () => {
  let dir: string;
  const file = (name: string, lines: readonly string[]): string => {
    const p = path.join(dir, name);
    writeFileSync(p, lines.map((l) => `${l}\n`).join(''));
    return p;
  };
  const record = (id: string, extra: Partial<EvalRecord> = {}): string => JSON.stringify({ ...storm, id, ...extra });
  const other: EvalRecord = {
    id: 'rail',
    text:
      'Rail fares will rise by three percent in January, the transport ministry said on Friday. ' +
      'The increase is lower than last year, when fares went up by five percent. ' +
      'Passenger groups said the rise was still too high for commuters on low incomes.\n\n' +
      'The ministry said the money would pay for new trains and longer platforms. ' +
      'Unions plan to meet next week to discuss the announcement with employers.',
    summary: 'Rail fares to rise by three percent in January\nPassenger groups say the rise is too high',
  };
  let good: string;
  let mixed: string;

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'precis-eval-'));
    good = file('good.jsonl', [record('s1'), JSON.stringify(other), record('s2', { title: 'Storm batters the coast' })]);
    mixed = file('mixed.jsonl', [record('m1'), '{not json', '', JSON.stringify({ id: 'no-text', summary: 'x' }), JSON.stringify(other), '[]']);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the systems table and the paired difference with its interval', async () => {
    const { code, stdout, stderr } = await cli(['eval', '--data', good]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain('precis eval: 3 documents from');
    expect(stdout).toMatch(/^\| system +\| +R-1 \| +R-2 \| +R-L \| words \| empty \| short \| sentence words \| longest \| ms\/doc \|$/m);
    for (const name of ['precis', 'lead-3', 'lead-3 filtered', 'random-3']) expect(stdout).toMatch(new RegExp(`^\\| ${name} +\\| +\\d+\\.\\d\\d \\|`, 'm'));
    expect(stdout).toContain('precis − lead-3, paired bootstrap (1000 resamples, seed 1)');
    expect(stdout).toContain('precis − lead-3 filtered, paired bootstrap (1000 resamples, seed 1)');
    expect(stdout).not.toContain('WARNING');
    expect(stdout).toMatch(/^\| R-1 \| +[+-]\d+\.\d\d \| \[[+-]\d+\.\d\d, [+-]\d+\.\d\d\] \|$/m);
    expect(stdout).not.toContain('malformed');
  });

  it('--json prints the report with figures that match the library', async () => {
    const { code, stdout } = await cli(['eval', '--data', good, '--json', '-k', '2', '--seed', '4']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as Record<string, unknown> & { systems: { name: string; rouge1: { f: number } }[] };
    expect(Object.keys(report)).toEqual(['data', 'documents', 'referenceWords', 'malformed', 'options', 'baselineLength', 'rouge', 'sentences', 'systems', 'comparisons', 'warnings']);
    expect(report).toMatchObject({ data: good, documents: 3, malformed: { count: 0, records: [] }, options: { sentences: 2 }, baselineLength: 2, sentences: 2, warnings: [] });
    expect(report.systems.map((s) => s.name)).toEqual(['precis', 'lead-2', 'lead-2 filtered', 'random-2']);
    const records = readFileSync(good, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as EvalRecord);
    const library = [
      evaluate(records, precisSystem(createSummarizer({ sentences: 2 })), { sentences: 2 }),
      evaluate(records, lead(2), { sentences: 2 }),
      evaluate(records, lead(2, filtered), { sentences: 2 }),
      evaluate(records, random(2, 4), { sentences: 2 }),
    ];
    library.forEach((e, i) => {
      expect(report.systems[i]?.rouge1.f).toBeCloseTo(e.mean.rouge1.f, 12);
      expect((report.systems[i] as unknown as { health: unknown }).health).toEqual(e.health);
    });
    const comparisons = report.comparisons as Record<string, unknown>[];
    expect(comparisons.map((c) => c.baseline)).toEqual(['lead-2', 'lead-2 filtered']);
    expect(comparisons[0]).toMatchObject({ system: 'precis', documents: 3, resamples: 1000, confidence: 0.95, seed: 4 });
    expect(Object.keys(comparisons[1] as object)).toEqual(expect.arrayContaining(['rouge1', 'rouge2', 'rougeL']));
  });

  it('--ratio gives the baselines the same ratio', async () => {
    const { code, stdout } = await cli(['eval', '--data', good, '--json', '--ratio', '0.5']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { baselineLength: unknown; systems: { name: string }[] };
    expect(report.baselineLength).toEqual({ ratio: 0.5 });
    expect(report.systems.map((s) => s.name)).toEqual(['precis', 'lead-50%', 'lead-50% filtered', 'random-50%']);
  });

  it('--out writes one line per document and system that re-scores to the same figures', async () => {
    const out = path.join(dir, 'per-doc.jsonl');
    const { code } = await cli(['eval', '--data', good, '--out', out]);
    expect(code).toBe(0);
    const lines = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; system: string; summary: string; scores: unknown; words: number });
    const names = ['precis', 'lead-3', 'lead-3 filtered', 'random-3'];
    expect(lines.map((l) => `${l.id}/${l.system}`)).toEqual(['s1', 'rail', 's2'].flatMap((id) => names.map((n) => `${id}/${n}`)));
    const lead3 = lines[2]!;
    expect(lead3.summary).toBe(STORM_CANDIDATES.slice(0, 3).join('\n'));
    expect(lead3.scores).toEqual(rouge(lead3.summary, storm.summary));
    expect(lead3.words).toBe(countWords(STORM_CANDIDATES.slice(0, 3).join(' ')));
  });

  it('reports malformed records with their line numbers, counts them and goes on', async () => {
    const { code, stdout, stderr } = await cli(['eval', '--data', mixed]);
    expect(code).toBe(0);
    expect(stderr).toContain(`${mixed}:2: malformed record skipped: invalid JSON`);
    expect(stderr).toContain(`${mixed}:4: malformed record skipped: expected \`text\` to be a string, got \`undefined\``);
    expect(stderr).toContain(`${mixed}:6: malformed record skipped: expected a JSON object, got an array of length 0`);
    expect(stderr.split('\n').filter(Boolean)).toHaveLength(3);
    expect(stdout).toContain('precis eval: 2 documents from');
    expect(stdout).toContain('3 malformed records skipped (lines 2, 4, 6)');
    const json = JSON.parse((await cli(['eval', '--data', mixed, '--json'])).stdout) as { malformed: { count: number; records: { line: number }[] } };
    expect(json.malformed.count).toBe(3);
    expect(json.malformed.records.map((r) => r.line)).toEqual([2, 4, 6]);
  });

  it('--limit evaluates the first n valid records', async () => {
    const { code, stdout } = await cli(['eval', '--data', mixed, '--limit', '1', '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { documents: number; malformed: { count: number } };
    expect(report.documents).toBe(1);
    expect(report.malformed.count).toBe(0);
    const two = JSON.parse((await cli(['eval', '--data', mixed, '--limit', '2', '--json'])).stdout) as { documents: number; malformed: { count: number } };
    expect(two).toMatchObject({ documents: 2, malformed: { count: 2 } });
  });

  it('draws a progress bar on stderr only when stderr is a terminal', async () => {
    const tty = await cli(['eval', '--data', good], true);
    expect(tty.code).toBe(0);
    expect(tty.stderr).toContain('precis eval [');
    expect(tty.stderr).toContain('3/3 records');
    expect((await cli(['eval', '--data', good], false)).stderr).toBe('');
  });

  it('exits 2 when every record is malformed, the file is empty or cannot be read', async () => {
    const bad = file('bad.jsonl', ['{oops', '{"text": 1, "summary": "x"}']);
    const all = await cli(['eval', '--data', bad]);
    expect(all.code).toBe(2);
    expect(all.stderr).toContain(`${bad}:1: malformed record skipped`);
    expect(all.stderr).toContain(`nothing to evaluate in ${bad}: all 2 records are malformed`);
    expect(all.stdout).toBe('');
    const empty = await cli(['eval', '--data', file('empty.jsonl', [])]);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('it holds no records');
    const missing = await cli(['eval', '--data', path.join(dir, 'missing.jsonl')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read');
    expect((await cli(['eval', '--data', dir])).code).toBe(2);
    expect((await cli(['eval', '--data', good, '--out', path.join(dir, 'no', 'such', 'dir.jsonl')])).code).toBe(2);
  });

  it('reads a gzip data file (.jsonl.gz) like the plain one', async () => {
    const gz = path.join(dir, 'good.jsonl.gz');
    writeFileSync(gz, gzipSync(readFileSync(good)));
    const plain = JSON.parse((await cli(['eval', '--data', good, '--json'])).stdout) as { systems: unknown[] };
    const zipped = await cli(['eval', '--data', gz, '--json']);
    expect([zipped.code, zipped.stderr]).toEqual([0, '']);
    const report = JSON.parse(zipped.stdout) as { documents: number; systems: { msPerDoc: number }[] };
    expect(report.documents).toBe(3);
    const strip = (systems: unknown[]) => (systems as { msPerDoc: number }[]).map(({ msPerDoc: _, ...rest }) => rest);
    expect(strip(report.systems)).toEqual(strip(plain.systems));
    // Cut off: the records before the cut are not scored silently as a complete file.
    const cut = path.join(dir, 'cut.jsonl.gz');
    const bytes = gzipSync(readFileSync(good));
    writeFileSync(cut, bytes.subarray(0, bytes.length - 12));
    const torn = await cli(['eval', '--data', cut]);
    expect(torn.code).toBe(2);
    expect(torn.stderr).toMatch(/cannot read .*cut\.jsonl\.gz: the gzip data ends too early/);
  });

  it('warns loudly when more than 1% of a system\'s summaries are empty, and shows the health columns', async () => {
    // A one-line lower-case text without a sentence end or any secondary boundary (precis cuts an
    // over-long sentence at ; : -- and quotes): precis finds no candidate in "nocase".
    const blob = { id: 'nocase', text: Array.from({ length: 40 }, (_, i) => `word${i} and more words here`).join(' '), summary: 'word1 and more' };
    const data = file('empty.jsonl', [record('s1'), JSON.stringify(blob)]);
    const { code, stdout, stderr } = await cli(['eval', '--data', data, '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { systems: { name: string; health: { empty: number; short: number } }[]; warnings: string[] };
    const precisRow = report.systems[0]!;
    expect(precisRow.health.empty).toBe(1);
    expect(report.systems[1]?.health.empty).toBe(0); // the plain lead takes the line as one sentence
    expect(report.warnings[0]).toMatch(/^precis gave an empty summary for 1 of 2 documents \(50\.0%\)/);
    expect(stderr).toContain('precis eval: WARNING: precis gave an empty summary for 1 of 2 documents');
    const text = await cli(['eval', '--data', data]);
    expect(text.stdout).toMatch(/^WARNING: precis gave an empty summary/m);
  });

  it('exits 1 on usage errors', async () => {
    for (const argv of [
      ['eval'],
      ['eval', '--data', good, '-k', '0'],
      ['eval', '--data', good, '--limit', 'x'],
      ['eval', '--data', good, '-k', '2', '--ratio', '0.5'],
      ['eval', '--data', good, '--seed', '-1'],
      ['eval', '--data', good, '--bogus'],
      ['eval', '--data', good, 'extra'],
    ]) {
      const result = await cli(argv);
      expect({ argv, code: result.code }).toEqual({ argv, code: 1 });
      expect(result.stderr).toMatch(/^precis: /);
    }
  });
});
