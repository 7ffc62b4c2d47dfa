/**
 * The article's text as precis sees it, and the way back from precis's offsets to the page.
 *
 * `readText(root)` joins the page's blocks with a blank line and its `<br>`s with a line break,
 * the shape precis reads paragraphs and lines in, and remembers where each text node starts, so
 * that a summary sentence's `start`/`end` can be turned into DOM ranges and highlighted. Text
 * nodes are taken as they are (this page has no formatting whitespace inside its blocks).
 */

const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DIV', 'DL', 'DD', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2',
  'H3', 'H4', 'H5', 'H6', 'HEADER', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TR', 'UL',
]);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SELECT', 'TEXTAREA', 'INPUT']);

/** One text node of the page and where its characters sit in the text. */
export interface TextPiece {
  readonly node: Text;
  readonly start: number;
  readonly end: number;
}

export interface PageText {
  readonly text: string;
  readonly pieces: readonly TextPiece[];
}

function isBlock(node: Node | null): boolean {
  return node !== null && node.nodeType === Node.ELEMENT_NODE && BLOCKS.has((node as Element).tagName);
}

/** Reads the text of `root`, leaving out elements marked `data-precis-skip`, `hidden` ones and form controls. */
export function readText(root: Element): PageText {
  let text = '';
  let breaks = 0; // line breaks owed before the next character
  const pieces: TextPiece[] = [];
  const owe = (n: number): void => {
    if (text !== '') breaks = Math.max(breaks, n);
  };
  const visit = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      const data = (node as Text).data;
      // Whitespace between blocks is the HTML source's layout, not the article's.
      if (data.trim() === '' && (isBlock(node.previousSibling) || isBlock(node.nextSibling) || node.parentNode === root)) return;
      if (data === '') return;
      if (breaks > 0) text += '\n'.repeat(breaks);
      breaks = 0;
      pieces.push({ node: node as Text, start: text.length, end: text.length + data.length });
      text += data;
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const element = node as HTMLElement;
    if (SKIPPED.has(element.tagName) || element.hidden || element.hasAttribute('data-precis-skip')) return;
    if (element.tagName === 'BR') {
      owe(breaks + 1);
      return;
    }
    const block = BLOCKS.has(element.tagName);
    if (block) owe(2);
    for (const child of Array.from(element.childNodes)) visit(child);
    if (block) owe(2);
  };
  for (const child of Array.from(root.childNodes)) visit(child);
  return { text, pieces };
}

/**
 * Wraps the characters `start..end` of the text in `<mark>` elements (one per text node the range
 * crosses). Highlight the ranges from last to first: a mark splits its text node, and the pieces
 * of the map still hold for everything before it.
 */
export function highlight(map: PageText, start: number, end: number, make: () => HTMLElement): HTMLElement[] {
  const marks: HTMLElement[] = [];
  for (let i = map.pieces.length - 1; i >= 0; i -= 1) {
    const piece = map.pieces[i] as TextPiece;
    if (piece.end <= start || piece.start >= end) continue;
    const range = document.createRange();
    range.setStart(piece.node, Math.max(start, piece.start) - piece.start);
    range.setEnd(piece.node, Math.min(end, piece.end) - piece.start);
    const mark = make();
    range.surroundContents(mark);
    marks.unshift(mark);
  }
  return marks;
}

/** Removes the marks `highlight()` made, merging the text nodes back. */
export function clearHighlights(root: Element, selector: string): void {
  const parents = new Set<Node>();
  for (const mark of Array.from(root.querySelectorAll(selector))) {
    if (mark.parentNode !== null) parents.add(mark.parentNode);
    mark.replaceWith(...Array.from(mark.childNodes));
  }
  for (const parent of parents) parent.normalize();
}
