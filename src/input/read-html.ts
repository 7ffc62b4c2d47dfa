/**
 * An HTML string to the text precis summarizes, with the way back to the source: parse (pruned,
 * see parse-html.ts), optionally keep only the main content (main-content.ts), read the blocks
 * (read-dom.ts).
 */
import { mainContent } from './main-content';
import { parseHtml } from './parse-html';
import { readDom } from './read-dom';
import { TextBuilder, type MappedText } from './text-builder';

/**
 * Whether main-content extraction ran: `used`, `off` (not asked, or a fragment), or `fallback` (asked, but the whole page was read; see `HtmlText.note`).
 *
 * @example
 * const page = readHtml(html, { readability: 'auto' });
 * if (page.readability === 'fallback') console.warn(page.note);
 */
export type ReadabilityStatus = 'used' | 'off' | 'fallback';

/**
 * An article that Readability keeps must have this many characters, or the whole page is read instead.
 *
 * @example
 * readHtml(shortPage, { readability: true }).readability; // 'fallback' when Readability keeps under MIN_ARTICLE_CHARS
 */
export const MIN_ARTICLE_CHARS = 500;

/**
 * The text of an HTML page as precis reads it.
 *
 * @example
 * const page = readHtml('<h1>Storm</h1><p>The storm reached the coast.</p>', { readability: 'auto' });
 * page.text;  // 'Storm\n\nThe storm reached the coast.'
 * page.title; // 'Storm'
 */
export interface HtmlText {
  /** Blocks separated by a blank line, `<br>` as a line break, entities decoded, white space collapsed. */
  readonly text: string;
  /** The headline (see `title` in the README's "From HTML"), when the page has one. */
  readonly title?: string;
  /** True for a whole document, false for a fragment. */
  readonly document: boolean;
  /** Whether main-content extraction ran (see {@link ReadabilityStatus}). */
  readonly readability: ReadabilityStatus;
  /** Why main-content extraction was not used though asked. */
  readonly note?: string;
  /**
   * The source span of `text.slice(start, end)`: from the first character's origin to the last
   * one's (a decoded entity maps to the whole entity), or `undefined` when the range holds no
   * character of the page (only separators).
   */
  source(
    start: number,
    end: number,
  ):
    | {
        /** Offset of the first character's origin in the HTML. */
        start: number;
        /** Offset just past the last character's origin in the HTML. */
        end: number;
      }
    | undefined;
}

/**
 * Options of {@link readHtml}.
 *
 * @example
 * readHtml(html, { readability: false }); // the whole page, even for a whole document
 */
export interface ReadHtmlOptions {
  /** `'auto'`: on for whole documents, off for fragments. */
  readonly readability: boolean | 'auto';
}

const SOURCE = 0;

function read(root: Element, pieces: WeakMap<Text, readonly import('./text-builder').Piece[]>): MappedText<number> {
  const builder = new TextBuilder<number>();
  // The parsed page holds no excluded element (parse-html.ts never built them): no need to check again.
  readDom(root, builder, (node) => ({ node: SOURCE, pieces: pieces.get(node) ?? [] }), false);
  return builder.finish();
}

/**
 * Reads `html` (see the module comment). Linear in its length.
 *
 * @example
 * const page = readHtml(html, { readability: 'auto' });
 * const span = page.source(0, 20); // where the text's first 20 characters are in `html`
 */
export function readHtml(html: string, options: ReadHtmlOptions): HtmlText {
  const page = parseHtml(html);
  const wanted = options.readability === 'auto' ? page.full : options.readability;
  let mapped = read(page.body, page.pieces); // before Readability, which moves nodes out of the page
  let readability: ReadabilityStatus = 'off';
  let note: string | undefined;
  if (wanted) {
    const main = mainContent(page.document, page.elements, page.depth);
    if ('element' in main) {
      const article = read(main.element, page.pieces);
      if (article.text.trim().length >= Math.min(MIN_ARTICLE_CHARS, mapped.text.trim().length)) {
        mapped = article;
        readability = 'used';
      } else {
        readability = 'fallback';
        note = `the main content Readability found has ${article.text.trim().length} characters (fewer than ${MIN_ARTICLE_CHARS}): the whole page was read`;
      }
    } else {
      readability = 'fallback';
      note = `${main.reason}: the whole page was read`;
    }
  }
  const { text, origins } = mapped;
  return {
    text,
    ...(page.title !== undefined ? { title: page.title } : {}),
    document: page.full,
    readability,
    ...(note !== undefined ? { note } : {}),
    source(start, end) {
      const spans = origins(start, end);
      const first = spans[0];
      const last = spans[spans.length - 1];
      if (first === undefined || last === undefined) return undefined;
      return { start: Math.min(first.start, last.start), end: Math.max(first.end, last.end) };
    },
  };
}
