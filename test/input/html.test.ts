import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSummarizer, isPrecisError, summarize } from '../../src/entries/index';
import { parseHTML } from 'linkedom';
import { readHtml, summarizeHtml, type HtmlSummary } from '../../src/entries/html';
import { highlight, readElement } from '../../src/entries/dom';
import { thrown } from '../support/helpers';

/**
 * precis/html: the bundled news page as HTML in several shapes gives the text fixture's summary;
 * blocks, exclusions, entities and source offsets on small hand-made pages.
 */

const fixtures = join(__dirname, '..', '..', 'fixtures');
const pageText = readFileSync(join(fixtures, 'news-page-russia-japan.txt'), 'utf8');
const variant = (name: string): string => readFileSync(join(fixtures, 'html', `news-page-${name}.html`), 'utf8');
const precis = createSummarizer();

/** The visible text of an HTML snippet: tags dropped, the few entities the fixtures use decoded, white space collapsed. */
function visible(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&rsquo;|&#8217;/g, '’')
    .replace(/&ndash;|&#x2013;/g, '–')
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&amp;/g, '&')
    .replace(/[ \t\n\r\f]+/g, ' ');
}

/** Every sentence's offsets hold in the page text, and its source span shows the same text. */
function checkOffsets(html: string, summary: HtmlSummary): void {
  for (const s of summary.sentences) {
    expect(summary.page.text.slice(s.start, s.end)).toBe(s.text);
    expect(s.source.start).toBeLessThan(s.source.end);
    expect(s.source.end).toBeLessThanOrEqual(html.length);
    expect(visible(html.slice(s.source.start, s.source.end))).toBe(s.text);
  }
}

describe('the bundled page as HTML', () => {
  const expected = summarize(pageText);
  const body = pageText.split('\n\n').filter((b) => b.length > 200);

  it.each([
    ['pretty', 'used'],
    ['minified', 'used'],
    ['legacy', 'used'],
    ['fragment', 'off'],
  ])('%s: the text fixture\'s summary, article sentences only, mapped to the source', (name, readability) => {
    const html = variant(name);
    const summary = summarizeHtml(precis, html);
    expect(summary.page.readability).toBe(readability);
    expect(summary.sentences.map((s) => s.text)).toEqual(expected.sentences.map((s) => s.text));
    expect(summary.title).toBe('Russia–Japan peace talks: Rudenko on prospects for dialogue and normalization');
    expect(summary.warnings).toEqual([]);
    for (const s of summary.sentences) expect(body.some((b) => b.includes(s.text))).toBe(true);
    checkOffsets(html, summary);
  });

  it.each([1, 2, 4, 6])('gives the text fixture\'s summary at %i sentences, in every shape', (sentences) => {
    const want = summarize(pageText, { sentences }).sentences.map((s) => s.text);
    for (const name of ['pretty', 'minified', 'legacy', 'fragment']) {
      expect(summarizeHtml(precis, variant(name), { sentences }).sentences.map((s) => s.text)).toEqual(want);
    }
  });

  it('reads no script, style, JSON-LD, navigation, cookie banner, comment or form', () => {
    for (const name of ['pretty', 'minified']) {
      const { text } = readHtml(variant(name), { readability: 'auto' });
      for (const gone of ['dataLayer', 'Written by a script', '@context', 'This is not text', 'We use cookies', 'Politics', 'kenji_t',
        'territorial dispute', 'Write a comment', 'Accept all cookies', 'Most read', 'Photo: Archive', 'Advertisement', 'Get a summary']) {
        expect(text).not.toContain(gone);
      }
      for (const b of body) expect(text).toContain(b);
    }
  });

  it('without Readability, the markup alone keeps scripts, menus, forms, hidden parts and named furniture out', () => {
    for (const name of ['pretty', 'minified']) {
      const html = variant(name);
      const summary = summarizeHtml(precis, html, { readability: false });
      expect(summary.page.readability).toBe('off');
      // The cookie banner, share buttons and comments are plain divs named by their class or id.
      for (const gone of ['dataLayer', '@context', 'Politics', 'Write a comment', 'Advertisement', 'Get a summary', 'Most read', 'We use cookies', 'kenji_t', 'Share on']) {
        expect(summary.page.text).not.toContain(gone);
      }
      expect(summary.sentences.map((s) => s.text)).toEqual(expected.sentences.map((s) => s.text));
      checkOffsets(html, summary);
    }
  });
});

describe('blocks from the markup', () => {
  const text = (html: string): string => readHtml(html, { readability: false }).text;

  it('puts a blank line between blocks and a line break for <br>, so nothing is glued', () => {
    expect(text('<h2>Head</h2><p>One.</p><div>Two</div><ul><li>a</li><li>b</li></ul><table><tr><td>c</td><td>d</td></tr></table><blockquote>q</blockquote>'))
      .toBe('Head\n\nOne.\n\nTwo\n\na\n\nb\n\nc\n\nd\n\nq');
    expect(text('<p>line one<br>line two<br><br>next</p>')).toBe('line one\nline two\n\nnext');
    expect(text('<p>in<b>line</b> <i>stays</i> <a href="#">glued</a>.</p>')).toBe('inline stays glued.');
  });

  it('collapses white space as a browser renders it and decodes entities', () => {
    expect(text('<p>\n   a  \t b\n  c  </p>\n\n   <p> d </p>')).toBe('a b c\n\nd');
    expect(text('<p>&amp; &lt;b&gt; caf&eacute; &#x1F600; &nbsp;x &bogus;</p>')).toBe('& <b> café 😀 \u00a0x &bogus;');
  });

  it('leaves out what is never prose', () => {
    const html =
      '<p>kept</p><script>s</script><style>t</style><noscript>n</noscript><template>x</template><nav>menu</nav><aside>side</aside>' +
      '<form><p>form</p></form><button>btn</button><figure>fig<figcaption>cap</figcaption></figure><p hidden>h</p>' +
      '<p aria-hidden="true">ah</p><p style="color:red; display: none">dn</p><div role="navigation">rn</div><p data-precis-skip>skip</p>' +
      '<select><option>o</option></select><textarea>ta</textarea><svg><text>sv</text></svg><iframe>if</iframe><p>end</p>';
    expect(text(html)).toBe('kept\n\nend');
  });

  it('keeps an article\'s own header and footer and a page-wide form, drops the page\'s', () => {
    expect(text('<header>site</header><article><header><h1>Head</h1></header><p>Body.</p><footer>Note.</footer></article><footer>c</footer>'))
      .toBe('Head\n\nBody.\n\nNote.');
    expect(text('<html><body><form id="aspnet"><p>Body.</p></form></body></html>')).toBe('Body.');
  });

  it('takes the headline from an article h1, og:title, any h1 or <title>, in that order', () => {
    const title = (html: string): string | undefined => readHtml(html, { readability: false }).title;
    expect(title('<title>T</title><meta property="og:title" content="OG"><h1>Logo</h1><article><h1>Art  &amp; h1</h1></article>')).toBe('Art & h1');
    expect(title('<title>T</title><meta property="og:title" content="OG"><h1>Logo</h1>')).toBe('OG');
    expect(title('<title>T</title><h1>First</h1>')).toBe('First');
    expect(title('<title> T  x </title><p>x</p>')).toBe('T x');
    expect(title('<p>no title</p>')).toBeUndefined();
  });

  it('maps sentences back to the source, entities and inline tags included', () => {
    const html = '<div><p>Caf&eacute; owners met <b>on Monday</b>.   They talked for hours about &quot;rents&quot; and taxes.</p></div>';
    const page = readHtml(html, { readability: false });
    const start = page.text.indexOf('They');
    expect(html.slice(page.source(0, 4)!.start, page.source(0, 4)!.end)).toBe('Caf&eacute;');
    const span = page.source(start, page.text.length)!;
    expect(html.slice(span.start, span.end)).toBe('They talked for hours about &quot;rents&quot; and taxes.');
    expect(page.source(0, 0)).toBeUndefined();
  });
});

describe('main-content extraction', () => {
  const prose = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1} says that the council met on Tuesday to discuss the new budget for the city's schools, which grew by a tenth this year.</p>`).join('');

  it('is on for a whole document and off for a fragment, and can be forced either way', () => {
    const doc = `<!doctype html><html><body><div class="sidebar"><p>Sidebar text that is not the article at all, but a list of links.</p></div><article>${prose}</article></body></html>`;
    expect(readHtml(doc, { readability: 'auto' }).readability).toBe('used');
    expect(readHtml(doc, { readability: 'auto' }).text).not.toContain('Sidebar');
    expect(readHtml(doc, { readability: false }).text).toContain('Sidebar');
    expect(readHtml(prose, { readability: 'auto' }).readability).toBe('off');
    expect(readHtml(prose, { readability: true }).readability).toBe('used');
  });

  it('falls back to the whole page, and says so, when the main content is too short', () => {
    const doc = '<html><body><p>One short line here.</p><div><p>Another short paragraph, also on the page, that a reader sees.</p></div></body></html>';
    const page = readHtml(doc, { readability: 'auto' });
    expect(page.text).toContain('One short line here.');
    expect(page.text).toContain('Another short paragraph');
    expect(['fallback', 'used']).toContain(page.readability);
    if (page.readability === 'fallback') expect(page.note).toMatch(/whole page was read/);
  });
});

describe('summarizeHtml', () => {
  it('returns the page it read and a warning-backed empty summary for a page without text', () => {
    const summary = summarizeHtml(precis, '<html><head><script>x()</script></head><body><nav>a</nav></body></html>');
    expect(summary.sentences).toEqual([]);
    expect(summary.warnings.map((w) => w.code)).toEqual(['EMPTY_INPUT']);
  });

  it('checks its arguments and options at the boundary', () => {
    expect(thrown(() => summarizeHtml(precis, 42 as unknown as string))).toMatchObject({ code: 'ERR_INVALID_TEXT' });
    expect(thrown(() => summarizeHtml({} as never, '<p>x</p>'))).toMatchObject({ code: 'ERR_INVALID_OPTION' });
    expect(thrown(() => summarizeHtml(precis, '<p>x</p>', { readability: 'yes' as never })).message).toMatch(/`readability`/);
    expect(thrown(() => summarizeHtml(precis, '<p>x</p>', { maxHtmlChars: 0 }))).toBeInstanceOf(RangeError);
    expect(thrown(() => summarizeHtml(precis, '<p>x</p>', { sentencs: 2 } as never))).toMatchObject({ code: 'ERR_UNKNOWN_OPTION' });
    const long = thrown(() => summarizeHtml(precis, '<p>0123456789</p>', { maxHtmlChars: 10 }));
    expect(isPrecisError(long) && long.code).toBe('ERR_INPUT_TOO_LONG');
    const getter = { get sentences(): number { throw new Error('boom'); } };
    expect(thrown(() => summarizeHtml(precis, '<p>x</p>', getter as never)).message).toMatch(/sentences.*boom/);
  });

  it('lets the caller\'s title win, or turn title detection off', () => {
    const html = '<h1>Council Meets</h1><p>The council met on Tuesday to discuss the budget of the schools.</p>';
    expect(summarizeHtml(precis, html).title).toBe('Council Meets');
    expect(summarizeHtml(precis, html, { title: 'Mine' }).title).toBe('Mine');
  });
});

describe('safety', () => {
  it('runs nothing and fetches nothing while parsing', () => {
    const g = globalThis as { precisRan?: boolean };
    const html = '<html><body><img src="x" onerror="globalThis.precisRan = true"><script>globalThis.precisRan = true</script>' +
      '<iframe src="javascript:globalThis.precisRan=true"></iframe><p>The council met on Tuesday to discuss the budget.</p></body></html>';
    const page = readHtml(html, { readability: true });
    expect(page.text).toBe('The council met on Tuesday to discuss the budget.');
    expect(g.precisRan).toBeUndefined();
  });
});

describe('precis/dom in Node (ranges and highlighting are tested in Chromium: test/browser/demo.spec.ts)', () => {
  it('reads an element as readHtml reads the same markup', () => {
    for (const name of ['pretty', 'minified', 'fragment', 'legacy']) {
      const html = variant(name);
      const { document } = parseHTML(name === 'fragment' ? `<!doctype html><html><body>${html}</body></html>` : html);
      const page = readElement(document.body as unknown as Element);
      expect(page.text).toBe(readHtml(html, { readability: false }).text);
    }
    const { document } = parseHTML('<article><h1> Head \n line </h1><p>x</p></article>');
    expect(readElement(document.querySelector('article') as unknown as Element).title).toBe('Head line');
  });

  it('refuses mode "highlight" where there is no CSS Custom Highlight API', () => {
    expect(() => highlight([], { mode: 'highlight' })).toThrow(/CSS Custom Highlight API/);
    expect(highlight([], { mode: 'auto' }).mode).toBe('mark');
  });
});
