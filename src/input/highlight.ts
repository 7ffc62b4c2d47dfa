import { PrecisTypeError } from '../errors';
/**
 * Highlights summary sentences in the page: with the CSS Custom Highlight API where the browser
 * has it (nothing in the DOM changes; style it with `::highlight(precis)`), or by wrapping each
 * range in a `<mark>` otherwise. Either way `remove()` takes it all away again.
 */

/**
 * How to highlight.
 *
 * @example
 * highlight(summary.sentences, { mode: 'mark', className: 'tldr' }); // <mark class="tldr"> around each sentence
 */
export interface HighlightOptions {
  /**
   * `'auto'`: the CSS Custom Highlight API when the browser has it, `<mark>` elements otherwise.
   * @default 'auto'
   */
  readonly mode?: 'auto' | 'highlight' | 'mark';
  /**
   * The highlight's name in `CSS.highlights` (style it with `::highlight(name)`).
   * @default 'precis'
   */
  readonly name?: string;
  /**
   * The class of each `<mark>`; each mark also gets `data-precis-sentence`, the sentence's index in the summary.
   * @default 'precis-highlight'
   */
  readonly className?: string;
}

/**
 * A highlight on the page.
 *
 * @example
 * const highlighting = highlight(summary.sentences);
 * closeButton.onclick = () => highlighting.remove();
 */
export interface Highlighting {
  /** How it was made. */
  readonly mode: 'highlight' | 'mark';
  /** For each sentence, the ranges highlighted (in mark mode, the contents of its marks). */
  readonly ranges: readonly (readonly Range[])[];
  /** Removes the highlight (in mark mode, unwraps the marks and merges the text nodes back). */
  remove(): void;
}

interface HighlightRegistry {
  set(name: string, highlight: unknown): void;
  get(name: string): unknown;
  delete(name: string): boolean;
}

function registry(): { highlights: HighlightRegistry; Highlight: new (...ranges: Range[]) => unknown } | undefined {
  const g = globalThis as unknown as { CSS?: { highlights?: HighlightRegistry }; Highlight?: new (...ranges: Range[]) => unknown };
  return g.CSS?.highlights !== undefined && typeof g.Highlight === 'function' ? { highlights: g.CSS.highlights, Highlight: g.Highlight } : undefined;
}

/**
 * Highlights `sentences` (each with the DOM ranges of `summarizeElement()` or `placeSummary()`).
 *
 * @example
 * const summary = summarizeElement(precis, article);
 * const highlighting = highlight(summary.sentences);   // ::highlight(precis) { background: #fff3a0; }
 * closeButton.onclick = () => highlighting.remove();
 */
export function highlight(sentences: readonly { readonly ranges: readonly Range[] }[], options: HighlightOptions = {}): Highlighting {
  const mode = options.mode ?? 'auto';
  const name = options.name ?? 'precis';
  const api = registry();
  if (mode === 'highlight' && api === undefined) throw new PrecisTypeError('ERR_UNSUPPORTED_ENVIRONMENT', 'This browser has no CSS Custom Highlight API (CSS.highlights): use mode "mark" or "auto"');
  if (mode !== 'mark' && api !== undefined) {
    const ranges = sentences.map((s) => [...s.ranges]);
    const mine = new api.Highlight(...ranges.flat());
    api.highlights.set(name, mine);
    return {
      mode: 'highlight',
      ranges,
      remove() {
        if (api.highlights.get(name) === mine) api.highlights.delete(name);
      },
    };
  }
  return markRanges(sentences, options.className ?? 'precis-highlight');
}

interface Span {
  readonly sentence: number;
  readonly node: Text;
  readonly start: number;
  readonly end: number;
}

function markRanges(sentences: readonly { readonly ranges: readonly Range[] }[], className: string): Highlighting {
  // Offsets are read before anything changes; each node's spans are wrapped from its last to its
  // first, so wrapping one never moves the offsets still to be used.
  const spans: Span[] = [];
  sentences.forEach((s, sentence) => {
    for (const range of s.ranges) {
      const node = range.startContainer;
      if (node !== range.endContainer || node.nodeType !== 3 || range.collapsed) continue; // ranges from readElement() are within one text node
      spans.push({ sentence, node: node as Text, start: range.startOffset, end: range.endOffset });
    }
  });
  const byNode = new Map<Text, Span[]>();
  for (const span of spans) {
    const list = byNode.get(span.node);
    if (list === undefined) byNode.set(span.node, [span]);
    else list.push(span);
  }
  const marks: HTMLElement[] = [];
  const ranges: Range[][] = sentences.map(() => []);
  for (const [node, list] of byNode) {
    list.sort((a, b) => b.start - a.start);
    const document = node.ownerDocument;
    for (const span of list) {
      const range = document.createRange();
      range.setStart(node, span.start);
      range.setEnd(node, span.end);
      const mark = document.createElement('mark');
      mark.className = className;
      mark.dataset.precisSentence = String(span.sentence);
      range.surroundContents(mark);
      marks.push(mark);
      const contents = document.createRange();
      contents.selectNodeContents(mark);
      (ranges[span.sentence] as Range[]).push(contents);
    }
  }
  // Document order within each sentence.
  for (const list of ranges) list.sort((a, b) => a.compareBoundaryPoints(0 /* START_TO_START */, b));
  return {
    mode: 'mark',
    ranges,
    remove() {
      const parents = new Set<Node>();
      for (const mark of marks) {
        const parent = mark.parentNode;
        if (parent === null) continue;
        parents.add(parent);
        while (mark.firstChild !== null) parent.insertBefore(mark.firstChild, mark);
        parent.removeChild(mark);
      }
      marks.length = 0;
      for (const parent of parents) parent.normalize();
    },
  };
}
