/**
 * Parses an HTML string into a small DOM that keeps only what may be prose, and remembers where
 * each text node's characters are in the source. htmlparser2 reads the source in one linear pass
 * (its tree rules are those of linkedom, which uses it too); the nodes are created in a document
 * from `createDocument()`. Nothing is ever run or fetched: scripts, styles and embedded content
 * are not even created, and only the few attributes main-content extraction reads are kept.
 */
import { Parser } from 'htmlparser2';
import { createDocument } from './dom-document';
import { isExcluded, KEPT_ATTRIBUTES, MAX_ATTRIBUTE_CHARS } from './tags';
import type { Piece } from './text-builder';

/** The parsed page. */
export interface ParsedPage {
  readonly document: Document;
  /** The `body` element: everything kept is inside it. */
  readonly body: HTMLElement;
  /** Source pieces of every text node created. */
  readonly pieces: WeakMap<Text, readonly Piece[]>;
  /** True when the source is a whole document (a doctype or an `html`, `head` or `body` tag), not a fragment. */
  readonly full: boolean;
  /** The headline: an `h1` inside `article` or `main`, else `og:title`, else the first `h1`, else `<title>`. */
  readonly title: string | undefined;
  /** Elements kept, and the deepest nesting among them. */
  readonly elements: number;
  readonly depth: number;
}

/** A title longer than this is not a headline (and is not kept). */
const MAX_TITLE_CHARS = 500;
const SECTIONING = new Set(['article', 'main']);
/**
 * Presentational tags built as their plain equivalent. Readability turns a `<br><br>` chain into a
 * paragraph of the phrasing content after it, and does not count `font`, `u`, `big`... as phrasing,
 * so a legacy page's paragraphs would run together.
 */
const RENAMED: ReadonlyMap<string, string> = new Map([
  ['font', 'span'], ['u', 'span'], ['s', 'span'], ['strike', 'span'], ['big', 'span'], ['tt', 'span'], ['blink', 'span'],
  ['nobr', 'span'], ['center', 'div'],
]);

interface Frame {
  readonly tag: string;
  /** The element created for this tag; `null` for `html`, `head`, `body` (mapped to the document's own) and skipped tags. */
  readonly element: Element | null;
  /** True when this element and everything inside it is left out. */
  readonly excluded: boolean;
}

/** Collapses white space and trims; `undefined` when empty or too long to be a headline. */
function headline(text: string): string | undefined {
  const t = text.replace(/[ \t\n\r\f]+/g, ' ').trim();
  return t === '' || t.length > MAX_TITLE_CHARS ? undefined : t;
}

/** Parses `html` (see the module comment). Linear in the length of the source. */
export function parseHtml(html: string): ParsedPage {
  const document = createDocument();
  const body = document.body;
  const pieces = new WeakMap<Text, readonly Piece[]>();
  const stack: Frame[] = [];
  let excludedDepth = 0; // open frames that are excluded (or inside one)
  let sectioning = 0; // open article, main and section elements
  let elements = 0;
  let depth = 0;
  let full = false;

  // Title candidates, each read once and capped.
  let articleH1: string | undefined;
  let firstH1: string | undefined;
  let ogTitle: string | undefined;
  let titleTag: string | undefined;
  let h1Text: string[] | undefined;
  let h1Length = 0;
  let h1InArticle = false;
  let inTitle = false;
  let titleText = '';
  let mainOpen = 0;

  // Text is gathered until the next tag, so that "a &amp; b" becomes one text node of three pieces.
  let data: string[] = [];
  let dataLength = 0;
  let dataPieces: Piece[] = [];

  const parent = (): Node => {
    for (let i = stack.length - 1; i >= 0; i--) {
      const element = (stack[i] as Frame).element;
      if (element !== null) return element;
    }
    return body;
  };
  const flush = (): void => {
    if (dataLength === 0) return;
    const node = document.createTextNode(data.join(''));
    pieces.set(node, dataPieces);
    parent().appendChild(node);
    data = [];
    dataLength = 0;
    dataPieces = [];
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        flush();
        if (name === 'html' || name === 'head' || name === 'body') full = true;
        if (name === 'meta' && (attribs.property ?? attribs.name ?? '').toLowerCase() === 'og:title' && ogTitle === undefined) {
          ogTitle = headline((attribs.content ?? '').slice(0, MAX_TITLE_CHARS * 2));
        }
        if (name === 'title' && titleTag === undefined) {
          inTitle = true;
          titleText = '';
        }
        if (name === 'h1' && h1Text === undefined && (firstH1 === undefined || articleH1 === undefined)) {
          h1Text = [];
          h1Length = 0;
          h1InArticle = mainOpen > 0;
        }
        if (SECTIONING.has(name)) mainOpen++;
        const sectioningTag = name === 'article' || name === 'main' || name === 'section';
        const parentTag = stack.length > 0 ? (stack[stack.length - 1] as Frame).tag : '';
        const excluded =
          excludedDepth > 0 ||
          isExcluded({
            tag: name,
            attribute: (key) => attribs[key] ?? null,
            hasAncestor: () => sectioning > 0,
            parentTag: parentTag === '' || parentTag === 'html' ? (full ? 'body' : '') : parentTag,
          });
        if (sectioningTag) sectioning++;
        if (excluded) {
          excludedDepth++;
          stack.push({ tag: name, element: null, excluded: true });
          return;
        }
        if (name === 'html' || name === 'body') {
          stack.push({ tag: name, element: null, excluded: false });
          return;
        }
        let element: Element;
        try {
          element = document.createElement(RENAMED.get(name) ?? name);
        } catch {
          element = document.createElement('span'); // a name the DOM refuses (e.g. with "@"): keep its text inline
        }
        for (const key of KEPT_ATTRIBUTES) {
          const value = attribs[key];
          if (value !== undefined) element.setAttribute(key, value.length > MAX_ATTRIBUTE_CHARS ? value.slice(0, MAX_ATTRIBUTE_CHARS) : value);
        }
        parent().appendChild(element);
        stack.push({ tag: name, element, excluded: false });
        elements++;
        if (stack.length > depth) depth = stack.length;
      },
      onclosetag(name) {
        flush();
        if (name === 'title' && inTitle) {
          inTitle = false;
          titleTag = headline(titleText);
        }
        if (name === 'h1' && h1Text !== undefined) {
          const text = headline(h1Text.join(''));
          if (text !== undefined) {
            if (h1InArticle) articleH1 ??= text;
            firstH1 ??= text;
          }
          h1Text = undefined;
        }
        if (SECTIONING.has(name)) mainOpen--;
        const frame = stack.pop();
        if (frame === undefined) return;
        if (frame.tag === 'article' || frame.tag === 'main' || frame.tag === 'section') sectioning--;
        if (frame.excluded) excludedDepth--;
      },
      ontext(text) {
        if (inTitle) {
          if (titleText.length <= MAX_TITLE_CHARS) titleText += text;
          return;
        }
        if (h1Text !== undefined && h1Length <= MAX_TITLE_CHARS) {
          h1Text.push(text);
          h1Length += text.length;
        }
        if (excludedDepth > 0) return;
        const start = parser.startIndex;
        const end = parser.endIndex + 1;
        dataPieces.push({ at: dataLength, start, end, exact: text.length === end - start });
        data.push(text);
        dataLength += text.length;
      },
      onprocessinginstruction(name) {
        if (name.toLowerCase() === '!doctype') full = true;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: false },
  );
  parser.end(html);
  flush();
  return { document, body, pieces, full, title: articleH1 ?? ogTitle ?? firstH1 ?? titleTag, elements, depth };
}
