/**
 * Builds the text precis reads from a page's text nodes, and remembers where each character came
 * from. Blocks are separated by a blank line ("\n\n") and `<br>` gives a line break, the shape the
 * blocks stage reads paragraphs and lines in; white space is collapsed as a browser renders it
 * (a run of spaces, tabs and line breaks inside a block is one space; none at a block's edges).
 *
 * The origin of a character is a position in something else: the HTML source (offsets into the
 * string) or a DOM text node (offsets into its data). Characters copied one for one keep exact
 * origins; a character that stands for several (a decoded entity such as `&amp;`, or one space for
 * a run of white space) maps to the whole span it came from.
 */

/** Where a stretch of a text node's data came from: `data[at..]` from `[start, end)` of the origin. */
export interface Piece {
  /** Offset in the node's data where the piece starts. */
  readonly at: number;
  readonly start: number;
  readonly end: number;
  /** True when the data is the origin copied one for one (`end - start` characters); false for an entity. */
  readonly exact: boolean;
}

/** HTML white space (not U+00A0, which `&nbsp;` gives and which a reader sees as a space that holds). */
const SPACE = /[ \t\n\r\f]/;
const ALL_SPACE = /^[ \t\n\r\f]*$/;

/** A position in an origin. */
export interface Origin<N> {
  readonly node: N;
  readonly start: number;
  readonly end: number;
}

/** The text and the way back to the origin. */
export interface MappedText<N> {
  readonly text: string;
  /** The origin of `text[start..end)`, as the origins of its first and last characters: `[first.start, last.end)` when both lie in one node. */
  origins(start: number, end: number): Array<Origin<N>>;
}

export class TextBuilder<N> {
  private readonly parts: string[] = [];
  private length = 0;
  /** One run per stretch of text with one origin rule: text offset, origin node and span, exact or not. */
  private readonly runAt: number[] = [];
  private readonly runNode: N[] = [];
  private readonly runStart: number[] = [];
  private readonly runEnd: number[] = [];
  private readonly runExact: boolean[] = [];
  /** Line breaks owed before the next character (2 after a block, 1 per `<br>`). */
  private breaks = 0;
  /** A space owed before the next character, with its origin. */
  private space: { node: N; start: number; end: number } | undefined;

  /** A block boundary. */
  block(): void {
    this.space = undefined;
    if (this.length > 0) this.breaks = Math.max(this.breaks, 2);
  }

  /** A line break (`<br>`); two in a row give a blank line. */
  lineBreak(): void {
    this.space = undefined;
    if (this.length > 0) this.breaks = Math.min(2, this.breaks + 1);
  }

  /** Appends `data`, the data of a text node `node` whose origins are `pieces` (in order, covering `data`). */
  text(data: string, node: N, pieces: readonly Piece[]): void {
    for (let p = 0; p < pieces.length; p++) {
      const piece = pieces[p] as Piece;
      const to = p + 1 < pieces.length ? (pieces[p + 1] as Piece).at : data.length;
      if (piece.exact) this.exact(data, piece.at, to, node, piece.start - piece.at);
      else this.atomic(data.slice(piece.at, to), node, piece.start, piece.end);
    }
  }

  /** `data[from..to)`, copied from `node` at `shift + i` for each index i. */
  private exact(data: string, from: number, to: number, node: N, shift: number): void {
    let i = from;
    while (i < to) {
      if (SPACE.test(data[i] as string)) {
        const s = i;
        while (i < to && SPACE.test(data[i] as string)) i++;
        if (this.length > 0 && this.breaks === 0) this.space ??= { node, start: s + shift, end: i + shift };
        continue;
      }
      const s = i;
      while (i < to && !SPACE.test(data[i] as string)) i++;
      this.flush();
      this.push(data.slice(s, i), node, s + shift, i + shift, true);
    }
  }

  private atomic(chars: string, node: N, start: number, end: number): void {
    if (chars === '') return;
    if (ALL_SPACE.test(chars)) {
      if (this.length > 0 && this.breaks === 0) this.space ??= { node, start, end };
      return;
    }
    this.flush();
    this.push(chars, node, start, end, false);
  }

  private flush(): void {
    if (this.breaks > 0) {
      this.parts.push(this.breaks === 1 ? '\n' : '\n\n');
      this.length += this.breaks;
      this.breaks = 0;
    } else if (this.space !== undefined) {
      this.push(' ', this.space.node, this.space.start, this.space.end, false);
    }
    this.space = undefined;
  }

  private push(chars: string, node: N, start: number, end: number, exact: boolean): void {
    const last = this.runAt.length - 1;
    // Merge with the previous run when it continues it exactly (the common case: one run per text node stretch).
    if (exact && last >= 0 && this.runExact[last] && this.runNode[last] === node && this.runEnd[last] === start && this.runAt[last]! + (this.runEnd[last]! - this.runStart[last]!) === this.length) {
      this.runEnd[last] = end;
    } else {
      this.runAt.push(this.length);
      this.runNode.push(node);
      this.runStart.push(start);
      this.runEnd.push(end);
      this.runExact.push(exact);
    }
    this.parts.push(chars);
    this.length += chars.length;
  }

  /** The text built so far and its map. */
  finish(): MappedText<N> {
    const text = this.parts.join('');
    const { runAt, runNode, runStart, runEnd, runExact } = this;
    /** The run that holds text position `i` (the last run starting at or before it). */
    const runOf = (i: number): number => {
      let lo = 0;
      let hi = runAt.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if ((runAt[mid] as number) <= i) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    };
    const origins = (start: number, end: number): Array<Origin<N>> => {
      if (runAt.length === 0 || end <= start) return [];
      const first = runOf(start);
      const last = runOf(end - 1);
      const out: Array<Origin<N>> = [];
      for (let r = first; r <= last; r++) {
        const at = runAt[r] as number;
        const next = r + 1 < runAt.length ? (runAt[r + 1] as number) : text.length;
        // Separators between runs ("\n\n") have no origin; a run may end before the next run starts.
        const from = Math.max(start, at);
        const to = Math.min(end, next);
        if (from >= to) continue;
        const exact = runExact[r] as boolean;
        const s = exact ? (runStart[r] as number) + (from - at) : (runStart[r] as number);
        const e = exact ? Math.min(runEnd[r] as number, (runStart[r] as number) + (to - at)) : (runEnd[r] as number);
        const node = runNode[r] as N;
        const prev = out[out.length - 1];
        // Stretches of one node in order become one span (the white space between them included).
        if (prev !== undefined && prev.node === node && prev.end <= s) out[out.length - 1] = { node, start: prev.start, end: e };
        else out.push({ node, start: s, end: e });
      }
      return out;
    };
    return { text, origins };
  }
}
