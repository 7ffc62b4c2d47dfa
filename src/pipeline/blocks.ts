import { seams } from './glue';
import type { GlueWords } from '../language/pack';

/**
 * A run of text the sentence splitter sees as a whole: one line that stands alone (a headline, a
 * list item, a one-line paragraph) or several lines of hard-wrapped prose joined together.
 */
export interface Block {
  /** Offset of the first non-space character. */
  readonly start: number;
  /** Offset just past the last non-space character. */
  readonly end: number;
  /** Zero-based paragraph number. */
  readonly paragraph: number;
  /** Number of input lines in the block. */
  readonly lines: number;
}

interface Line {
  readonly start: number;
  readonly end: number;
}

const LINE_BREAK = /\r\n|\r|\n/g;
/** Whitespace, and NEL (U+0085), which JavaScript's `\s` leaves out but `normalize` blanks like a space. */
const SPACE = /[\s\u0085]/;
/** Ends like a sentence: terminal punctuation, possibly followed by closing quotes or brackets. */
export const TERMINAL = /[.!?…:;。！？｡．؟।॥]["'”’»)\]」』）]*$/;
const BULLET = /^(?:[•·▪◦‣*+\-–—]\s|\d{1,3}[.)]\s|\(\d{1,3}\)\s|[a-z][.)]\s)/;
/**
 * Function words a wrapped line may end on but a headline does not: the sentence must go on.
 * (Words that can close a headline, such as "up", "over" or "says", are not in the list.)
 */
const CONTINUES = new Set([
  'a', 'an', 'the', 'of', 'to', 'in', 'for', 'and', 'or', 'but', 'nor', 'that', 'with', 'by', 'at',
  'from', 'is', 'was', 'were', 'are', 'be', 'been', 'has', 'have', 'had', 'his', 'her', 'their',
  'its', 'our', 'your', 'my', 'this', 'these', 'those', 'whom', 'which', 'than', 'into', 'between',
  'will', 'would', 'could', 'should', 'if', 'because',
]);

function trimmedLines(text: string, glue: GlueWords | undefined): Line[] {
  const lines: Line[] = [];
  let from = 0;
  const push = (start: number, end: number): void => {
    let s = start;
    let e = end;
    while (s < e && SPACE.test(text[s] as string)) s++;
    while (e > s && SPACE.test(text[e - 1] as string)) e--;
    // Blocks glued without a line break (`textContent` of a page) are lines of their own.
    for (const seam of seams(text, s, e, glue)) {
      lines.push({ start: s, end: seam });
      s = seam;
    }
    lines.push({ start: s, end: e });
  };
  LINE_BREAK.lastIndex = 0;
  for (let m = LINE_BREAK.exec(text); m !== null; m = LINE_BREAK.exec(text)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return lines;
}

/**
 * True when a paragraph's lines look hard-wrapped: three or more lines, every one but the last filling most of the width,
 * and some line ends mid-sentence. Such lines are one run of prose whatever their first letters.
 */
function isHardWrapped(text: string, lines: readonly Line[]): boolean {
  // Two lines are too few to tell a wrap from a headline over its first sentence.
  if (lines.length < 3) return false;
  let width = 0;
  for (const l of lines) width = Math.max(width, l.end - l.start);
  if (width < 40) return false;
  let openEnded = false;
  for (let i = 0; i < lines.length - 1; i++) {
    const l = lines[i] as Line;
    const body = text.slice(l.start, l.end);
    if (l.end - l.start < 0.6 * width || BULLET.test(body)) return false;
    if (!TERMINAL.test(body)) openEnded = true;
  }
  return openEnded;
}

const LONGEST_CONTINUES = Math.max(...[...CONTINUES].map((w) => w.length));
const WORD_CHAR = /^[\p{L}']$/u;

/**
 * The run of letters and apostrophes that ends `line`, lower-cased, or `undefined` when it is
 * empty or longer than `max`. A backward scan: `/[\p{L}']+$/` tries every start in a run of
 * letters and walks to its end from each, quadratic on a long line of letters.
 */
function lastWord(line: string, max: number): string | undefined {
  let i = line.length;
  while (i > 0) {
    const low = line.charCodeAt(i - 1);
    const high = i > 1 ? line.charCodeAt(i - 2) : 0;
    const width = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? 2 : 1;
    if (!WORD_CHAR.test(line.slice(i - width, i))) break;
    i -= width;
    if (line.length - i > max) return undefined;
  }
  return i < line.length ? line.slice(i).toLowerCase() : undefined;
}

/** True when line `b` continues the sentence that line `a` leaves open. */
function continues(a: string, b: string): boolean {
  if (TERMINAL.test(a) || BULLET.test(b)) return false;
  if (/^\p{Ll}/u.test(b) || /[,\-–—(]$/.test(a)) return true;
  const last = lastWord(a, LONGEST_CONTINUES);
  return last !== undefined && CONTINUES.has(last);
}

/**
 * Splits `text` into paragraphs (runs of lines separated by blank or whitespace-only lines, with
 * `\n`, `\r\n` or `\r` endings) and each paragraph into blocks. Lines that stand alone (headlines,
 * list items, widget lines) are blocks of their own; hard-wrapped prose is joined into one block.
 *
 * @example
 * splitBlocks('Title\n\nFirst line of a\nwrapped sentence.').map((b) => [b.start, b.end, b.paragraph])
 * // [[0, 5, 0], [7, 40, 1]]
 */
export function splitBlocks(text: string, glue?: GlueWords): { blocks: Block[]; paragraphs: number } {
  const blocks: Block[] = [];
  let paragraph = 0;
  let current: Line[] = [];
  const flush = (): void => {
    if (current.length === 0) return;
    const wrapped = isHardWrapped(text, current);
    let first = current[0] as Line;
    let count = 1;
    for (let i = 1; i <= current.length; i++) {
      const prev = current[i - 1] as Line;
      const next = current[i];
      if (next !== undefined && (wrapped || continues(text.slice(prev.start, prev.end), text.slice(next.start, next.end)))) {
        count++;
        continue;
      }
      blocks.push({ start: first.start, end: prev.end, paragraph, lines: count });
      if (next !== undefined) first = next;
      count = 1;
    }
    current = [];
    paragraph++;
  };
  for (const line of trimmedLines(text, glue)) {
    if (line.start === line.end) flush();
    else current.push(line);
  }
  flush();
  return { blocks, paragraphs: paragraph };
}
