/**
 * A live DOM element to the text precis summarizes, with the way back to the page: the same block
 * and exclusion rules as for an HTML string (tags.ts, read-dom.ts), and each text position mapped
 * to a text node and an offset in it, so a sentence becomes DOM `Range`s.
 */
import { readDom } from './read-dom';
import { TextBuilder } from './text-builder';

/**
 * The text of an element as precis reads it.
 *
 * @example
 * const page = readElement(document.querySelector('article')!);
 * page.text;  // the article's text, one block per paragraph
 * page.title; // its headline, when it has one
 */
export interface ElementText {
  /** Blocks separated by a blank line, `<br>` as a line break, white space collapsed. */
  readonly text: string;
  /** The element's first `h1`, if it has one, as the headline. */
  readonly title?: string;
  /** DOM ranges covering `text.slice(start, end)`: one per text node it crosses, in document order. */
  ranges(start: number, end: number): Range[];
}

/**
 * Reads the text of `element` (see the module comment). Elements marked `data-precis-skip` are
 * left out, like scripts, forms, navigation and hidden elements.
 *
 * @example
 * const page = readElement(document.querySelector('article')!);
 * const summary = await workerSummarizer.summarize(page.text, { title: page.title });
 */
export function readElement(element: Element): ElementText {
  const builder = new TextBuilder<Text>();
  readDom(element, builder, (node) => ({ node, pieces: [{ at: 0, start: 0, end: node.data.length, exact: true }] }));
  const { text, origins } = builder.finish();
  const h1 = element.querySelector('h1');
  const title = h1?.textContent?.replace(/[ \t\n\r\f]+/g, ' ').trim();
  const document = element.ownerDocument;
  return {
    text,
    ...(title ? { title } : {}),
    ranges(start, end) {
      return origins(start, end).map((span) => {
        const range = document.createRange();
        range.setStart(span.node, span.start);
        range.setEnd(span.node, span.end);
        return range;
      });
    },
  };
}
