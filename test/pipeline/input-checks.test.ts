import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { countTags, nonLatinShare } from '../../src/pipeline/input-checks';
import { summarize } from '../../src/entries/index';

const fixtures = join(__dirname, '..', '..', 'fixtures');
const sample = readFileSync(join(fixtures, 'cnn-dev-sample.jsonl'), 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { text: string }).text);
const pages = readdirSync(join(fixtures, 'pages')).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(fixtures, 'pages', f), 'utf8'));

describe('input checks', () => {
  it('measures the share of letters outside the Latin script', () => {
    expect(nonLatinShare('The storm hit the coast.')).toBe(0);
    expect(nonLatinShare('Café naïve déjà vu, Łódź and Ærø.')).toBe(0);
    expect(nonLatinShare('Президент заявил.')).toBe(1);
    expect(nonLatinShare('中国 and China')).toBeCloseTo(2 / 10);
    expect(nonLatinShare('𝐀𝐁 are mathematical letters; 😀 is not a letter.')).toBeGreaterThan(0);
    expect(nonLatinShare('12345 ... !!!')).toBe(0);
  });

  it('counts tags, not comparisons', () => {
    expect(countTags('<p>One</p><div class="x">Two</div><br/>')).toBe(5);
    expect(countTags('If a < b and c > d, then 3<4 and x <y.')).toBe(0);
    expect(countTags(`<${'a'.repeat(100_000)}`)).toBe(0);
  });

  it('never warns on English news: 303 dev stories and the news pages', () => {
    for (const text of [...sample, ...pages, readFileSync(join(fixtures, 'news-page-russia-japan.txt'), 'utf8')]) {
      const codes = summarize(text).warnings.map((w) => w.code);
      expect(codes).not.toContain('NON_LATIN_SCRIPT');
      expect(codes).not.toContain('MARKUP');
    }
  });

  it('warns on text mostly in another script, and on HTML source', () => {
    // Greek is not a supported language: read language-neutrally, and the script is named.
    const greek = 'Ο πρωθυπουργός ανακοίνωσε τη Δευτέρα νέα μέτρα στήριξης για τα νοικοκυριά. Οι υπουργοί συναντήθηκαν με τους εκπροσώπους των εργαζομένων την Τρίτη.';
    expect(summarize(greek).warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['UNSUPPORTED_LANGUAGE', 'NON_LATIN_SCRIPT']));
    // Russian is supported: no warning about the script.
    const russian = 'Президент России заявил в понедельник, что переговоры продолжатся. Министр встретился с послом в Москве во вторник.';
    const ru = summarize(russian);
    expect(ru.language).toBe('ru');
    expect(ru.warnings.map((w) => w.code)).not.toContain('NON_LATIN_SCRIPT');
    const html = `<html><body>${sample.slice(0, 2).map((a) => `<p>${a}</p>`).join('')}<p>End of the page here.</p></body></html>`;
    const summary = summarize(html);
    expect(summary.warnings.find((w) => w.code === 'MARKUP')?.message).toMatch(/looks like HTML or XML source \(\d+ tags/);
  });
});
