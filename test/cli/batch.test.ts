import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { summarize } from '../../src/entries/index';
import { parseShard, shardOf } from '../../src/batch/shard';
import { runCli } from '../support/cli';
import { ROOT, SAMPLE } from '../support/paths';

const MALFORMED = join(ROOT, 'fixtures', 'batch', 'malformed.jsonl');
const CORPUS = join(ROOT, 'fixtures', 'batch', 'corpus');

let dir: string;
/** A scratch file path. */
const tmp = (name: string): string => join(dir, name);
const lines = (text: string): string[] => text.split('\n').filter((l) => l !== '');
const parsed = (text: string): Record<string, any>[] => lines(text).map((l) => JSON.parse(l) as Record<string, any>);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'precis-batch-'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Runs `precis batch` in-process (summarizing on the main thread unless told otherwise). */
function batch(args: string[], stdin = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  const workers = args.includes('--workers') ? [] : ['--workers', '0'];
  return runCli(['batch', ...workers, ...args], stdin);
}

describe('precis batch: arguments (in-process)', () => {
  it.each([
    [['--workers', 'two'], /workers must be a non-negative integer/],
    [['--workers', '-1'], /workers|unknown option/],
    [['--shard', '2/2'], /--shard.*0 <= i < n/],
    [['--shard', '1/0'], /--shard/],
    [['--shard', 'first'], /--shard/],
    [['--max-input-bytes', '0'], /max-input-bytes must be a positive integer/],
    [['-k', '0'], /sentences must be a positive integer/],
    [['-k', '2', '--ratio', '0.5'], /cannot be used with/],
    [['--order', 'random'], /order/],
    [['--text-field', ''], /field name cannot be empty/],
    [['--frobnicate'], /unknown option/],
    [['extra-argument'], /too many arguments|excess/],
  ])('rejects %j as a usage error (exit 1)', async (args, message) => {
    const { code, stdout, stderr } = await batch(args);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });

  it('needs --out FILE for --resume, and refuses to write over its input', async () => {
    const resume = await batch(['--in', MALFORMED, '--resume']);
    expect(resume.code).toBe(1);
    expect(resume.stderr).toMatch(/--resume needs --out FILE/);
    const copy = tmp('same.jsonl');
    writeFileSync(copy, readFileSync(MALFORMED));
    const same = await batch(['--in', copy, '--out', copy]);
    expect(same.code).toBe(1);
    expect(same.stderr).toMatch(/same file/);
    expect(readFileSync(copy, 'utf8')).toBe(readFileSync(MALFORMED, 'utf8'));
  });

  it('exits 2 on an input that cannot be read, before touching --out', async () => {
    const out = tmp('untouched.jsonl');
    writeFileSync(out, 'keep me\n');
    const { code, stderr } = await batch(['--in', tmp('missing.jsonl'), '--out', out]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/cannot read .*missing\.jsonl: no such file/);
    expect(readFileSync(out, 'utf8')).toBe('keep me\n');
  });

  it('parses shards as zero-based i/n', () => {
    expect(parseShard('0/1')).toEqual({ index: 0, count: 1 });
    expect(parseShard('3/4')).toEqual({ index: 3, count: 4 });
    expect(() => parseShard('4/4')).toThrow(RangeError);
  });

  it('hashes ids to shards with MD5 (first 4 bytes, big-endian, modulo n), pinned', () => {
    const independent = (key: string, n: number): number => createHash('md5').update(Buffer.from(key, 'utf8')).digest().readUInt32BE(0) % n;
    for (const key of ['cnn-dev-0', 'world/election.md', '17', 'ünïcödé']) expect(shardOf(key, 7)).toBe(independent(key, 7));
    // md5("cnn-dev-0") starts with these bytes on every machine; a change here breaks existing shards.
    expect(createHash('md5').update('cnn-dev-0').digest('hex').slice(0, 8)).toBe('9d77f248');
    expect(shardOf('cnn-dev-0', 1000)).toBe(0x9d77f248 % 1000);
  });
});

describe('precis batch: records (in-process)', () => {
  it('writes one line per record in input order, with an error line for each bad one (exit 3)', async () => {
    const stats = tmp('malformed-stats.json');
    const { code, stdout, stderr } = await batch(['--in', MALFORMED, '--stats-json', stats]);
    expect(code).toBe(3);
    const out = parsed(stdout);
    expect(out.map((o) => [o.id, o.line, o.error?.code])).toEqual([
      ['ok-1', 1, undefined],
      [undefined, 2, 'INVALID_JSON'],
      [undefined, 3, 'NOT_AN_OBJECT'],
      // line 4 is blank: not a record
      ['no-text', 5, 'MISSING_TEXT'],
      ['null-text', 6, 'MISSING_TEXT'],
      ['number-text', 7, 'INVALID_TEXT'],
      [undefined, 8, 'INVALID_ID'],
      ['bad-title', 9, 'INVALID_TITLE'],
      [17, 10, undefined],
      ['ok-2', 11, undefined],
    ]);
    for (const o of out.filter((o) => o.error)) expect(o.error.message).toEqual(expect.any(String));
    expect(stderr).toMatch(/^precis batch: 10 records, 7 errors; 10 processed in [\d.]+ s \([\d.]+ records\/s, 0 workers\); errors: INVALID_JSON ×1, NOT_AN_OBJECT ×1, MISSING_TEXT ×2/);
    const report = JSON.parse(readFileSync(stats, 'utf8'));
    expect(report).toMatchObject({ records: 10, ok: 3, errors: 7, processed: 10, resumed: 0, interrupted: false, workers: 0 });
    expect(report.errorCodes).toEqual({ INVALID_JSON: 1, NOT_AN_OBJECT: 1, MISSING_TEXT: 2, INVALID_TEXT: 1, INVALID_ID: 1, INVALID_TITLE: 1 });
    expect(report.peakRssBytes).toBeGreaterThan(1e6);
  });

  it('writes the summary, sentence offsets, scores, stats and warning codes of summarize()', async () => {
    const records = lines(readFileSync(MALFORMED, 'utf8'));
    const first = JSON.parse(records[0]!) as { id: string; text: string; title: string };
    const { stdout } = await batch(['--in', '-', '-k', '2', '--order', 'score'], `${records[0]}\n`);
    const expected = summarize(first.text, { sentences: 2, order: 'score', title: first.title });
    expect(parsed(stdout)).toEqual([
      {
        id: 'ok-1',
        line: 1,
        summary: expected.sentences.map((s) => s.text).join('\n'),
        sentences: expected.sentences.map((s) => ({ index: s.index, start: s.start, end: s.end, score: s.score })),
        stats: { ...expected.stats },
        warnings: expected.warnings.map((w) => w.code),
      },
    ]);
    const line = parsed(stdout)[0]!;
    for (const s of line.sentences) expect(line.summary.split('\n')).toContain(first.text.slice(s.start, s.end));
  });

  it('reports a truncated last line as INVALID_JSON and keeps the records before it', async () => {
    const sample = lines(readFileSync(SAMPLE, 'utf8')).slice(0, 3);
    const torn = `${sample[0]}\n${sample[1]}\n${sample[2]!.slice(0, 500)}`;
    const { code, stdout } = await batch([], torn);
    expect(code).toBe(3);
    const out = parsed(stdout);
    expect(out).toHaveLength(3);
    expect(out.slice(0, 2).map((o) => o.summary.length > 0)).toEqual([true, true]);
    expect(out[2]).toEqual({ line: 3, error: { code: 'INVALID_JSON', message: expect.stringMatching(/last line.*truncated/) } });
  });

  it('accepts a last line without a newline, CRLF line ends and a byte order mark', async () => {
    const sample = lines(readFileSync(SAMPLE, 'utf8')).slice(0, 2);
    const plain = await batch([], sample.join('\n'));
    const crlf = await batch([], `\ufeff${sample.join('\r\n')}\r\n`);
    expect(plain.code).toBe(0);
    expect(parsed(plain.stdout).map((o) => o.id)).toEqual(sample.map((l) => (JSON.parse(l) as { id: string }).id));
    expect(crlf.stdout).toBe(plain.stdout);
  });

  it('handles an empty input: no lines, exit 0, and an empty output file', async () => {
    const stdin = await batch([], '');
    expect(stdin).toMatchObject({ code: 0, stdout: '' });
    expect(stdin.stderr).toMatch(/^precis batch: 0 records, 0 errors/);
    const empty = tmp('empty.jsonl');
    writeFileSync(empty, '\n\n');
    const out = tmp('empty.out.jsonl');
    expect((await batch(['--in', empty, '--out', out, '--quiet'])).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe('');
  });

  it('reads a directory: .txt and .md files, id = relative path, sorted', async () => {
    const { code, stdout } = await batch(['--in', CORPUS, '-k', '1']);
    expect(code).toBe(0);
    const out = parsed(stdout);
    expect(out.map((o) => o.id)).toEqual(['empty.txt', 'science/comet.txt', 'world/asia/typhoon.txt', 'world/election.md']);
    expect(out.every((o) => o.line === undefined)).toBe(true);
    expect(out[0]).toMatchObject({ summary: '', warnings: ['EMPTY_INPUT'] });
    const typhoon = readFileSync(join(CORPUS, 'world', 'asia', 'typhoon.txt'), 'utf8');
    expect(out[2]!.summary).toBe(summarize(typhoon, { sentences: 1 }).text);
    const small = await batch(['--in', CORPUS, '--max-input-bytes', '498']);
    expect(small.code).toBe(3);
    expect(parsed(small.stdout).map((o) => o.error?.code)).toEqual([undefined, 'TOO_LARGE', 'TOO_LARGE', 'TOO_LARGE']);
  });

  it('reads gzip input from a .jsonl.gz file and from stdin', async () => {
    const plainText = readFileSync(MALFORMED);
    const gz = tmp('malformed.jsonl.gz');
    writeFileSync(gz, gzipSync(plainText));
    const plain = await batch(['--in', MALFORMED]);
    const file = await batch(['--in', gz]);
    expect(file.code).toBe(3);
    expect(file.stdout).toBe(plain.stdout);
    const corrupt = tmp('corrupt.jsonl.gz');
    writeFileSync(corrupt, gzipSync(plainText).subarray(0, 200));
    const cut = await batch(['--in', corrupt]);
    expect(cut.code).toBe(2);
    expect(cut.stderr).toMatch(/cannot read .*corrupt\.jsonl\.gz/);
  });

  it('reads gzip from stdin too (detected by its magic number, not its name)', async () => {
    const { PassThrough } = await import('node:stream');
    const { run } = await import('../../src/cli/program');
    const stdin = new PassThrough();
    const stdout = new PassThrough();
    let out = '';
    stdout.on('data', (c: Buffer) => (out += c.toString()));
    stdin.end(gzipSync(readFileSync(MALFORMED)));
    const code = await run(['batch', '--workers', '0', '--quiet'], { stdin, stdout, stderr: new PassThrough(), stderrIsTTY: false });
    expect(code).toBe(3);
    expect(out).toBe((await batch(['--in', MALFORMED])).stdout);
  });

  it('rejects texts over --max-input-bytes, and unreadably long lines without buffering them', async () => {
    const text = 'A sentence of about fifty bytes, repeated a lot. '.repeat(40);
    const input = [JSON.stringify({ id: 'big', text }), JSON.stringify({ id: 'small', text: text.slice(0, 400) }), `{"id":"huge","text":"${'x'.repeat(9000)}"}`].join('\n');
    const { code, stdout } = await batch(['--max-input-bytes', '1000'], input);
    expect(code).toBe(3);
    const out = parsed(stdout);
    expect(out.map((o) => o.error?.code)).toEqual(['TOO_LARGE', undefined, 'TOO_LARGE']);
    expect(out[0]).toMatchObject({ id: 'big', error: { message: expect.stringMatching(/Text is 1960 bytes, over --max-input-bytes \(1000\)/) } });
    expect(out[2]).toEqual({ line: 3, error: { code: 'TOO_LARGE', message: expect.stringMatching(/Line is 9023 bytes/) } });
  });

  it('reads other field names with --id-field, --text-field and --title-field', async () => {
    const input = `${JSON.stringify({ doc: 'x1', body: 'The council approved the new budget on Monday. It includes money for schools and roads.', headline: 'Budget approved' })}\n`;
    const { code, stdout } = await batch(['--id-field', 'doc', '--text-field', 'body', '--title-field', 'headline'], input);
    expect(code).toBe(0);
    expect(parsed(stdout)[0]).toMatchObject({ id: 'x1', line: 1, stats: { selected: 2 } });
  });

  it('--resume cuts a torn last line, keeps complete lines and appends the rest', async () => {
    const full = tmp('resume-full.jsonl');
    expect((await batch(['--in', MALFORMED, '--out', full, '--quiet'])).code).toBe(3);
    const reference = readFileSync(full, 'utf8');
    const part = tmp('resume-part.jsonl');
    const keep = reference.split('\n').slice(0, 4).join('\n').length + 1;
    writeFileSync(part, reference.slice(0, keep + 25)); // four lines and a torn fifth
    const { code, stderr } = await batch(['--in', MALFORMED, '--out', part, '--resume']);
    expect(code).toBe(3);
    expect(readFileSync(part, 'utf8')).toBe(reference);
    expect(stderr).toMatch(/10 records, 7 errors; 6 processed .*; 4 already written \(--resume\)/);
    // Nothing left to do: the file stays as it is.
    expect((await batch(['--in', MALFORMED, '--out', part, '--resume', '--quiet'])).code).toBe(3);
    expect(readFileSync(part, 'utf8')).toBe(reference);
    // No file yet: --resume starts one.
    const fresh = tmp('resume-fresh.jsonl');
    await batch(['--in', MALFORMED, '--out', fresh, '--resume', '--quiet']);
    expect(readFileSync(fresh, 'utf8')).toBe(reference);
  });

  it('--resume refuses an output that was not made from this input, and leaves it alone', async () => {
    const other = tmp('resume-other.jsonl');
    const written = `${JSON.stringify({ id: 'someone-else', line: 1, summary: '' })}\n{"id":"torn`;
    writeFileSync(other, written);
    const { code, stderr } = await batch(['--in', MALFORMED, '--out', other, '--resume']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/--resume: line 1 of .* is for id "someone-else" \(line 1\), but the record in that place is id "ok-1" \(line 1\)/);
    expect(readFileSync(other, 'utf8')).toBe(written);
    const notJson = tmp('resume-notjson.jsonl');
    writeFileSync(notJson, 'hello\n');
    expect((await batch(['--in', MALFORMED, '--out', notJson, '--resume'])).stderr).toMatch(/line 1 of .* is not JSON/);
  });
});

describe('precis batch: a record\'s own language (the lang field)', () => {
  const french = readFileSync(join(__dirname, '..', '..', 'fixtures', 'languages', 'fr.txt'), 'utf8');

  it('reads a record in its lang, refuses a lang precis does not support, and leaves null to --language', async () => {
    const records = [
      { id: 'as-english', text: french, lang: 'en' },
      { id: 'as-french', text: french, lang: 'fr-FR' },
      { id: 'unknown', text: french, lang: 'xx' },
      { id: 'number', text: french, lang: 42 },
      { id: 'null', text: french, lang: null },
    ].map((r) => JSON.stringify(r)).join('\n');
    const { code, stdout } = await batch(['--in', '-'], `${records}\n`);
    expect(code).toBe(3);
    const out = parsed(stdout);
    // The chosen sentences with their scores: English and French stems and stopwords score differently.
    const sentencesOf = (language: string) => summarize(french, { language }).sentences.map((s) => ({ index: s.index, start: s.start, end: s.end, score: s.score }));
    expect(out.map((o) => [o.id, o.error?.code])).toEqual([['as-english', undefined], ['as-french', undefined], ['unknown', 'INVALID_LANGUAGE'], ['number', 'INVALID_LANGUAGE'], ['null', undefined]]);
    expect(out[0]?.sentences).toEqual(sentencesOf('en'));
    expect(out[1]?.sentences).toEqual(sentencesOf('fr'));
    expect(out[0]?.sentences).not.toEqual(out[1]?.sentences);
    expect(out[4]?.sentences).toEqual(sentencesOf('auto'));
    expect(out[2]?.error.message).toMatch(/Expected `lang` to be null, 'auto' or a language tag among en, fr/);
  });
});
