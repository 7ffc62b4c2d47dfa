import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { createSummarizer, summarize } from '../../src/entries/index';
import { readHtml, summarizeHtml, type HtmlSummary } from '../../src/entries/html';
import { fastest } from '../support/helpers';
import { fcParams } from '../support/fc';

/**
 * Hostile HTML: each page runs in time proportional to its length, measured against a normal page
 * of the same length in the same run (never against an absolute time); nothing in it is run, and
 * the output stays bounded by the input. Properties: any string, and any soup of tags, summarizes
 * without throwing, with offsets that hold in the page text and in the source.
 */

const precis = createSummarizer();
const articles = readFileSync(join(__dirname, '..', '..', 'fixtures', 'cnn-dev-sample.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((line) => (JSON.parse(line) as { text: string }).text);
const pretty = readFileSync(join(__dirname, '..', '..', 'fixtures', 'html', 'news-page-pretty.html'), 'utf8');
const fixtureSummary = summarize(readFileSync(join(__dirname, '..', '..', 'fixtures', 'news-page-russia-japan.txt'), 'utf8')).sentences.map((s) => s.text);

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A news page of exactly `size` characters: development-set articles as paragraphs in an article element. */
function normalHtml(size: number): string {
  const head = '<!doctype html><html><head><title>News</title></head><body><main><article><h1>News of the day</h1>';
  const tail = '</article></main></body></html>';
  const parts: string[] = [head];
  let length = head.length + tail.length;
  for (let i = 0; length < size; i++) {
    for (const paragraph of (articles[i % articles.length] as string).split(/\n+/)) {
      const p = `<p>${escape(paragraph)}</p>\n`;
      parts.push(p);
      length += p.length;
    }
  }
  const html = parts.join('');
  return html.slice(0, size - tail.length) + tail;
}

const normalTimes = new Map<number, number>();
function normalTime(size: number): number {
  let t = normalTimes.get(size);
  if (t === undefined) {
    const html = normalHtml(size);
    t = fastest(() => summarizeHtml(precis, html, { maxHtmlChars: Infinity, maxInputChars: Infinity }), 2);
    normalTimes.set(size, t);
  }
  return t;
}

/** As in adversarial.test.ts: room for a busy machine, far below what a quadratic step costs. */
const BOUND = 6;

function checkBounded(html: string, summary: HtmlSummary): void {
  expect(summary.page.text.length).toBeLessThanOrEqual(html.length);
  for (const s of summary.sentences) {
    expect(summary.page.text.slice(s.start, s.end)).toBe(s.text);
    expect(s.source.start).toBeGreaterThanOrEqual(0);
    expect(s.source.end).toBeLessThanOrEqual(html.length);
    expect(s.source.start).toBeLessThan(s.source.end);
  }
}

const article = pretty.slice(pretty.indexOf('<article'), pretty.indexOf('</article>') + '</article>'.length);

interface Case {
  readonly name: string;
  readonly html: () => string;
  readonly check: (summary: HtmlSummary, html: string) => void;
}

const cases: Case[] = [
  {
    name: '10,000 nested divs around the article',
    html: () => `<html><body>${'<div>'.repeat(10_000)}${article}${'</div>'.repeat(10_000)}</body></html>`,
    check: (s) => {
      expect(s.sentences.map((x) => x.text)).toEqual(fixtureSummary);
      expect(s.page.readability).toBe('fallback');
      expect(s.page.note).toMatch(/10\d{3} deep/);
    },
  },
  {
    name: '10,000 nested divs, each with a sentence, never closed',
    html: () => '<html><body>' + Array.from({ length: 10_000 }, (_, i) => `<div>Sentence number ${i} of the nested page is here.`).join(''),
    check: (s) => {
      expect(s.sentences).toHaveLength(3);
      expect(s.page.text.split('\n\n')).toHaveLength(10_000);
    },
  },
  {
    name: '10,000 unclosed <p><b><i> around words',
    html: () => '<body>' + Array.from({ length: 10_000 }, (_, i) => `<p><b><i>word ${i} and more words follow it here`).join(''),
    check: (s) => expect(s.page.text.split('\n\n')).toHaveLength(10_000),
  },
  {
    name: 'a 20 MB attribute value before the article (against a 20 MB inline script)',
    html: () => `<!doctype html><html><body><div class="${'x'.repeat(20_000_000)}" data-x="y">${article}</div></body></html>`,
    check: (s) => {
      expect(s.sentences.map((x) => x.text)).toEqual(fixtureSummary);
      expect(s.page.text).not.toContain('xxx');
    },
  },
  {
    name: 'a billion-laughs entity chain (HTML does not expand DTD entities)',
    html: () => {
      const defs = Array.from({ length: 10 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join('');
      return `<!DOCTYPE lolz [<!ENTITY lol0 "lol">${defs}]><html><body><p>${'&lol10;'.repeat(30_000)}</p>${article}</body></html>`;
    },
    check: (s, html) => {
      expect(s.page.text.length).toBeLessThan(html.length);
      expect(s.page.text).not.toContain('lollol');
    },
  },
  {
    name: '300 KB of entities',
    html: () => `<body><p>${'&amp;&lt;&#x41;&eacute;&nbsp;&bogus; '.repeat(9_000)}</p>${article}</body>`,
    check: (s) => expect(s.sentences.map((x) => x.text)).toEqual(fixtureSummary),
  },
  {
    name: '500 KB of "<", unterminated tags and comments',
    html: () => `<p>${'<a <b </c <!-- < <<'.repeat(25_000)}`,
    check: (s, html) => expect(s.page.text.length).toBeLessThanOrEqual(html.length),
  },
];

describe('hostile HTML', () => {
  it.each(cases)('$name: linear, bounded, no crash', ({ html: make, check }) => {
    const html = make();
    // The attribute case compares with markup of the same length that carries no text either.
    const reference = html.length > 10_000_000
      ? `<!doctype html><html><body><script>${'x'.repeat(20_000_000)}</script>${article}</body></html>`
      : undefined;
    let summary: HtmlSummary | undefined;
    // Three runs for the 20 MB pair: each is short (0.1-0.4 s), so one collection could decide it.
    const runs = reference === undefined ? 2 : 3;
    const t = fastest(() => {
      summary = summarizeHtml(precis, html, { explain: false });
    }, runs);
    const normal = reference === undefined ? normalTime(html.length) : fastest(() => summarizeHtml(precis, reference), runs);
    check(summary as HtmlSummary, html);
    checkBounded(html, summary as HtmlSummary);
    if (process.env.PRECIS_TIMES) console.log(html.length, t.toFixed(0), normal.toFixed(0));
    expect(t).toBeLessThan(Math.max(normal, 5) * BOUND);
  });
});

describe('HTML properties', () => {
  const tag = fc.constantFrom('p', 'div', 'br', 'b', 'li', 'h1', 'td', 'script', 'nav', 'span', 'article', 'table', 'a', 'header', 'form', 'pre');
  const word = fc.constantFrom('The', 'council', 'met', 'on', 'Tuesday.', 'It', 'voted', 'for', 'schools,', 'and', 'budgets!', '&amp;', '&nbsp;', '&#x41;', '\n', '  ', 'é', '😀', '<', '>', '&', '"');
  const node = fc.oneof(
    { weight: 5, arbitrary: word },
    { weight: 2, arbitrary: tag.map((t) => `<${t}>`) },
    { weight: 2, arbitrary: tag.map((t) => `</${t}>`) },
    { weight: 1, arbitrary: tag.map((t) => `<${t} class="a" hidden>`) },
    { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  );
  const soup = fc.array(node, { maxLength: 200 }).map((parts) => parts.join(' '));

  it('any soup of tags and any string: a summary, never a throw, offsets that hold', () => {
    fc.assert(
      fc.property(fc.oneof(soup, fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 })), fc.constantFrom<boolean | 'auto'>(true, false, 'auto'), (html, readability) => {
        const summary = summarizeHtml(precis, html, { readability, sentences: 2, minSentenceWords: 1 });
        checkBounded(html, summary);
        for (const s of summary.sentences) {
          // The first character of a sentence is in its source span as written or as an entity.
          const first = html.slice(s.source.start, s.source.end);
          expect(first.includes(s.text[0] as string) || first.startsWith('&')).toBe(true);
        }
      }),
      fcParams(300),
    );
  });
});
