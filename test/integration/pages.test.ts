import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { segment, summarize } from '../../src/entries/index';

/**
 * Real and realistic news pages with their furniture. A summary must contain article sentences
 * only: never the title, widget or navigation lines, teasers, bylines, stamps or captions.
 */
const read = (name: string) => readFileSync(join(__dirname, '..', '..', 'fixtures', name), 'utf8');

function articleSentences(text: string): Set<string> {
  return new Set(segment(text).filter((s) => s.kind === 'sentence').map((s) => s.text));
}

describe('news page: Russia–Japan (a real page as copied from a site)', () => {
  const page = read('news-page-russia-japan.txt');
  const summary = summarize(page, { sentences: 3 });

  it('summarizes with article sentences only', () => {
    expect(summary.sentences).toHaveLength(3);
    for (const s of summary.sentences) {
      expect(page.slice(s.start, s.end)).toBe(s.text);
      for (const furniture of ['Russia–Japan peace talks', 'No time to read?', 'Get a summary', 'Previous Article', 'Next Article', 'Sergi Schaaff', 'Transparent skirts']) {
        expect(s.text).not.toContain(furniture);
      }
    }
  });

  it('sees the title, the widget, the navigation and both teasers for what they are', () => {
    const kinds = segment(page).filter((s) => s.kind !== 'sentence').map((s) => [s.kind, s.rule ?? null, s.text.slice(0, 20)]);
    expect(kinds).toEqual([
      ['title', null, 'Russia–Japan peace t'],
      ['furniture', 'navigation', 'No time to read?'],
      ['furniture', 'navigation', 'Get a summary'],
      ['furniture', 'navigation', 'No time to read?'],
      ['furniture', 'navigation', 'Get a summary'],
      ['furniture', 'navigation', 'Previous Article'],
      ['furniture', 'teaser', 'Sergi Schaaff and th'],
      ['furniture', 'navigation', 'Next Article'],
      ['furniture', 'teaser', 'Transparent skirts a'],
    ]);
    expect(summary.title).toBe('Russia–Japan peace talks: Rudenko on prospects for dialogue and normalization');
  });
});

describe.each([
  ['pages/wire-story.txt', ['byline', 'timestamp', 'navigation', 'dateline', 'caption', 'legal'], 'Dockworkers at Rotterdam'],
  ['pages/magazine-page.txt', ['legal', 'navigation', 'section-label', 'timestamp', 'byline', 'caption', 'teaser'], 'Researchers have produced'],
  ['pages/tabloid-page.txt', ['byline', 'caption', 'navigation', 'teaser'], 'A great-grandmother from Kent'],
])('page %s', (file, rules, lead) => {
  const page = read(file);
  const segments = segment(page);

  it('finds its kinds of furniture', () => {
    const found = new Set(segments.filter((s) => s.kind === 'furniture').map((s) => s.rule));
    for (const rule of rules) expect(found).toContain(rule);
    expect(segments.filter((s) => s.kind === 'title')).toHaveLength(1);
  });

  it('summarizes with article sentences only, the lead first', () => {
    const article = articleSentences(page);
    const summary = summarize(page);
    expect(summary.sentences).toHaveLength(3);
    for (const s of summary.sentences) {
      expect(article.has(s.text)).toBe(true);
      expect(page.slice(s.start, s.end)).toBe(s.text);
    }
    expect(summary.sentences[0]!.text.startsWith(lead)).toBe(true);
  });

  it('segments cover the text in order, without overlap', () => {
    let at = 0;
    for (const s of segments) {
      expect(s.start).toBeGreaterThanOrEqual(at);
      expect(page.slice(s.start, s.end)).toBe(s.text);
      at = s.end;
    }
    const covered = segments.reduce((n, s) => n + s.text.replace(/\s/g, '').length, 0);
    expect(covered).toBe(page.replace(/\s/g, '').length);
  });
});
