import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { IdfModel, fitIdf, summarize } from '../../src/entries/index';
import { runCli } from '../support/cli';
import { BUILT_CLI } from '../support/paths';

const PAGE = join(__dirname, '..', '..', 'fixtures', 'news-page-russia-japan.txt');
const page = readFileSync(PAGE, 'utf8');

describe('precis [file|-]', () => {
  it('prints the summary of a file, one sentence per line', async () => {
    const { code, stdout, stderr } = await runCli([PAGE]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toBe(summarize(page).sentences.map((s) => `${s.text}\n`).join(''));
  });

  it('reads stdin with - or no file', async () => {
    expect((await runCli(['-k', '1'], page)).stdout).toBe(`${summarize(page, { sentences: 1 }).sentences[0]!.text}\n`);
    expect((await runCli(['-', '--sentences', '2'], page)).stdout.trim().split('\n')).toHaveLength(2);
  });

  it('prints the whole Summary with --json, and signals with --explain', async () => {
    const { stdout } = await runCli([PAGE, '--json', '--ratio', '0.5', '--order', 'score']);
    expect(JSON.parse(stdout)).toEqual(JSON.parse(JSON.stringify(summarize(page, { ratio: 0.5, order: 'score' }))));
    const explained = JSON.parse((await runCli([PAGE, '--json', '--explain'])).stdout);
    expect(explained.segments.length).toBeGreaterThan(10);
    expect(explained.sentences[0].signals).toBeDefined();
  });

  it('passes budgets and the title through', async () => {
    const { stdout } = await runCli([PAGE, '--json', '--max-words', '50', '--title', 'Peace talks']);
    const summary = JSON.parse(stdout);
    expect(summary.stats.summaryWords).toBeLessThanOrEqual(50);
    expect(summary.title).toBe('Peace talks');
  });

  it('prints warnings on stderr, never on stdout', async () => {
    const { code, stdout, stderr } = await runCli(['-'], '  \n');
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toBe('precis: warning: The text is empty or only whitespace: nothing to summarize.\n');
  });

  it.each([
    [['-k', '0', PAGE], /-k\/--sentences must be a positive integer, got "0"/],
    [['--ratio', '2', PAGE], /--ratio must be a number in \(0, 1\], got "2"/],
    [['--redundancy', '3', PAGE], /--redundancy must be a number in \(0, 1\], got "3"/],
    [['--max-input-chars', 'lots', PAGE], /--max-input-chars must be a positive integer, got "lots"/],
    [['--min-sentence-words', '-1', PAGE], /--min-sentence-words must be a non-negative integer/],
    [['--min-sentence-words', '50', '--max-sentence-words', '10', PAGE], /`--min-sentence-words` \(50\) is larger than `--max-sentence-words` \(10\)/],
    [['--weights', 'bogus=1', PAGE], /--weights takes name=value pairs/],
    [['--weights', 'position=-1', PAGE], /--weights position must be a number ≥ 0, got "-1"/],
    [['--explain', PAGE], /^precis: --explain needs --json/],
    [['-k', '2', '--ratio', '0.5', PAGE], /cannot be used with option '--ratio/],
    [['--order', 'best', PAGE], /Allowed choices are document, score/],
    [['--bogus', PAGE], /unknown option '--bogus'/],
  ])('exits 1 with a one-line message on usage error %j', async (argv, message) => {
    const { code, stderr, stdout } = await runCli(argv);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it('exits 2 on an unreadable file', async () => {
    const { code, stderr } = await runCli([join(__dirname, 'no-such-file.txt')]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^precis: cannot read .*no-such-file\.txt: no such file or directory\n$/);
    expect((await runCli([__dirname])).code).toBe(2);
  });

  it('prints help and version, exit 0', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: precis \[options\] \[command\] \[files\.\.\.\]/);
    const version = await runCli(['--version']);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')).version);
  });
});

describe('precis as a Unix user expects it', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'precis-cli-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const lines = (text: string, k = 3) => summarize(text, { sentences: k }).sentences.map((s) => `${s.text}\n`).join('');

  it('`precis help` is the help (not a file named help), and `precis help eval` the help of eval', async () => {
    const help = await runCli(['help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: precis \[options\] \[command\] \[files\.\.\.\]/);
    expect((await runCli(['help', 'eval'])).stdout).toMatch(/^Usage: precis eval \[options\]/);
    // batch reads .html files of a directory too (as HTML), and its help says so
    expect((await runCli(['help', 'batch'])).stdout.replace(/\s+/g, ' ')).toContain('directory of .txt/.md/.html files');
  });

  it('decompresses a gzip file (precis page.txt.gz), and refuses a cut-off one with exit 2', async () => {
    const gz = join(dir, 'page.txt.gz');
    const bytes = gzipSync(readFileSync(PAGE));
    writeFileSync(gz, bytes);
    const { code, stdout, stderr } = await runCli([gz]);
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toBe(lines(page));
    expect((await runCli(['-'], bytes)).stdout).toBe(lines(page)); // gzip on stdin too
    writeFileSync(join(dir, 'cut.txt.gz'), bytes.subarray(0, bytes.length - 20));
    const cut = await runCli([join(dir, 'cut.txt.gz')]);
    expect(cut.code).toBe(2);
    expect(cut.stderr).toMatch(/^precis: cannot read .*cut\.txt\.gz: the gzip data ends too early/);
  });

  it('refuses a binary file with exit 1 and one clear line', async () => {
    const bin = join(dir, 'image.png');
    writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    const { code, stdout, stderr } = await runCli([bin]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(`precis: ${bin} is not text (a NUL byte at offset 8): precis summarizes plain text (gzip is decompressed)\n`);
  });

  it('prints its usage instead of waiting when stdin is a terminal and no file is given', async () => {
    const { code, stdout, stderr } = await runCli([], '', { stdinIsTTY: true });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^precis: no input: give a file, or pipe text in/);
    expect(stderr).toContain('Usage: precis');
  });

  it('summarizes each of several files under a header, like head; --json gives an array', async () => {
    const other = join(dir, 'other.txt');
    const text = readFileSync(join(__dirname, '..', '..', 'fixtures', 'cnn-dev-sample.jsonl'), 'utf8').split('\n')[0]!;
    const article = (JSON.parse(text) as { text: string }).text;
    writeFileSync(other, article);
    const { code, stdout, stderr } = await runCli(['-k', '2', PAGE, other]);
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toBe(`==> ${PAGE} <==\n${lines(page, 2)}\n==> ${other} <==\n${lines(article, 2)}`);
    const json = JSON.parse((await runCli(['--json', PAGE, other])).stdout) as { file: string; summary: { text: string } }[];
    expect(json.map((j) => j.file)).toEqual([PAGE, other]);
    expect(json[1]?.summary.text).toBe(summarize(article).text);
    // An unreadable file is reported and skipped; the others are summarized; exit 2 at the end.
    const missing = join(dir, 'missing.txt');
    const partial = await runCli(['-k', '1', missing, PAGE]);
    expect(partial.code).toBe(2);
    expect(partial.stderr).toBe(`precis: cannot read ${missing}: no such file or directory\n`);
    expect(partial.stdout).toBe(`==> ${PAGE} <==\n${lines(page, 1)}`);
  });

  it('exits 2 with a clear message for a directory on stdin (precis < dir)', () => {
    const run = spawnSync('bash', ['-c', `"${process.execPath}" "${BUILT_CLI}" < "${dir}"`], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('precis: cannot read stdin: is a directory (to summarize its files, give them as arguments or use precis batch --in DIR)\n');
  });

  it('names the flag in library errors: --max-input-chars, not maxInputChars', async () => {
    const { code, stderr } = await runCli(['--max-input-chars', '100', PAGE]);
    expect(code).toBe(1);
    expect(stderr).toMatch(new RegExp(`^precis: ${PAGE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is 3,014 characters long, over the limit of 100 \\(\`--max-input-chars\`; \`Infinity\` removes it\\)\n$`));
    expect(stderr).not.toContain('maxInputChars');
  });

  it('takes --min-sentence-words, --max-sentence-words, --weights, --stopwords-add and --no-title as the library options', async () => {
    const run = async (argv: string[]) => JSON.parse((await runCli([...argv, '--json', PAGE])).stdout);
    expect(await run(['--min-sentence-words', '30'])).toEqual(JSON.parse(JSON.stringify(summarize(page, { minSentenceWords: 30 }))));
    expect(await run(['--max-sentence-words', '20'])).toEqual(JSON.parse(JSON.stringify(summarize(page, { maxSentenceWords: 20 }))));
    const weights = { position: 0, quote: 1, length: 0 };
    expect(await run(['--weights', 'position=0,quote=1', '--weights', 'length=0'])).toEqual(JSON.parse(JSON.stringify(summarize(page, { weights }))));
    expect(await run(['--weights', 'position=0,quote=1'])).not.toEqual(await run([]));
    expect(await run(['--weights', 'position=0,quote=1,length=0'])).toEqual(JSON.parse(JSON.stringify(summarize(page, { weights }))));
    expect(await run(['--stopwords-add', 'russia,japan', '--stopwords-add', 'tokyo'])).toEqual(
      JSON.parse(JSON.stringify(summarize(page, { stopwords: { add: ['russia', 'japan', 'tokyo'] } }))),
    );
    expect(await run(['--no-title'])).toEqual(JSON.parse(JSON.stringify(summarize(page, { title: false }))));
  });

  it('precis idf fit corpus.jsonl[.gz] -o idf.json, then --idf idf.json for summarize, batch and eval', async () => {
    const sample = readFileSync(join(__dirname, '..', '..', 'fixtures', 'cnn-dev-sample.jsonl'), 'utf8').trim().split('\n').slice(0, 40);
    const corpus = join(dir, 'corpus.jsonl.gz');
    writeFileSync(corpus, gzipSync(`${sample.join('\n')}\n{"id":"no text"}\n`));
    const out = join(dir, 'idf.json');
    const fit = await runCli(['idf', 'fit', corpus, '-o', out]);
    expect(fit.code).toBe(0);
    expect(fit.stderr).toMatch(/1 line of .* without a string `text` skipped\n.*40 documents, \d+ terms -> /s);
    const expected = fitIdf(sample.map((l) => (JSON.parse(l) as { text: string }).text));
    const model = IdfModel.from(JSON.parse(readFileSync(out, 'utf8')));
    expect(model.toJSON()).toEqual(expected.toJSON());
    // The single command: the same summary as the library with that model.
    const one = JSON.parse((await runCli(['--json', '--idf', out, PAGE])).stdout);
    expect(one).toEqual(JSON.parse(JSON.stringify(summarize(page, { idf: model }))));
    // Batch (on the main thread here) and eval take it too.
    const records = join(dir, 'records.jsonl');
    writeFileSync(records, `${sample.slice(0, 3).join('\n')}\n`);
    const batch = await runCli(['batch', '--workers', '0', '--in', records, '--idf', out]);
    expect(batch.code).toBe(0);
    const first = JSON.parse(batch.stdout.split('\n')[0]!) as { summary: string };
    const firstRecord = JSON.parse(sample[0]!) as { text: string; title?: string };
    expect(first.summary).toBe(summarize(firstRecord.text, { idf: model, ...(typeof firstRecord.title === 'string' ? { title: firstRecord.title } : {}) }).sentences.map((s) => s.text).join('\n'));
    const evaluation = await runCli(['eval', '--data', records, '--idf', out, '--json']);
    expect(evaluation.code).toBe(0);
    // A file that is not a model is a usage error naming the flag; a missing one exit 2.
    const bad = await runCli(['--idf', PAGE, PAGE]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^precis: --idf .* is not an IDF model from `precis idf fit`/);
    expect((await runCli(['--idf', join(dir, 'none.json'), PAGE])).code).toBe(2);
  });
});

