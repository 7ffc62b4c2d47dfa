import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { summarize } from '../src/entries/index';
import { runCli } from './cli-helpers';

const PAGE = join(__dirname, '..', 'fixtures', 'news-page-russia-japan.txt');
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
    [['-k', '0', PAGE], /sentences must be a positive integer/],
    [['--ratio', '2', PAGE], /ratio must be a number in \(0, 1\]/],
    [['-k', '2', '--ratio', '0.5', PAGE], /cannot be used with option '--ratio/],
    [['--order', 'best', PAGE], /Allowed choices are document, score/],
    [['--bogus', PAGE], /unknown option '--bogus'/],
    [[PAGE, PAGE], /too many arguments/],
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
    expect(help.stdout).toMatch(/Usage: precis \[options\] \[command\] \[file\]|Usage: precis \[options\] \[file\]/);
    const version = await runCli(['--version']);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')).version);
  });
});
