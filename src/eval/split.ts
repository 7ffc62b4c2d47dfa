import type { EvalRecord } from './types';

/**
 * A sentence splitter for the baselines: the sentences of a record a baseline chooses from.
 *
 * @example
 * const byLine: Splitter = (record) => record.text.split('\n');
 */
export type Splitter = (record: EvalRecord) => readonly string[];

/**
 * Where {@link plainSentences} ends a sentence: a run of `.`, `!`, `?` or `…`, then any closing
 * quotes and brackets (`"` `'` `”` `’` `)` `]` `}` `»`, or the Penn-Treebank tokens `''`, `-rrb-`,
 * `-rsb-`, `-rcb-` after a space), then whitespace or the end of the text.
 */
const END = /[.!?…]+(?:["'”’)\]}»]|[ \t]+(?:''|-rrb-|-rsb-|-rcb-)(?=\s|$))*(?=\s|$)/giu;
const LINE_BREAK = /\r\n|[\n\r\u2028\u2029\u0085]/;
const WORD = /[\p{L}\p{N}]/u;

/**
 * The plain, documented sentence splitter of the baselines, which shares nothing with precis's
 * segmenter, so that a baseline on it fails differently from precis. The rule, in full:
 *
 * 1. Every line break (`\n`, `\r\n`, `\r`, U+2028, U+2029, NEL) ends a sentence.
 * 2. Inside a line, a sentence ends after a run of `.`, `!`, `?` or `…` followed by any closing
 *    quotes or brackets (`" ' ” ’ ) ] } »`, or the Penn-Treebank tokens `''`, `-rrb-`, `-rsb-`,
 *    `-rcb-` after a space) and then whitespace or the end of the line. So `He left. She stayed.`,
 *    `"Go!" she said.` and the tokenized `he left . '' she stayed .` all split, whatever the case.
 * 3. Each piece is trimmed; pieces without a letter or digit are dropped.
 *
 * It knows no abbreviations (`Mr. Smith` splits after `Mr.`) and no page furniture: it is a
 * baseline, not a segmenter.
 *
 * @example
 * plainSentences('(CNN) -- It rained. "Stay in," he said.\nMore at 11.');
 * // ['(CNN) -- It rained.', '"Stay in," he said.', 'More at 11.']
 */
export function plainSentences(text: string): string[] {
  const sentences: string[] = [];
  const keep = (piece: string): void => {
    const trimmed = piece.trim();
    if (WORD.test(trimmed)) sentences.push(trimmed);
  };
  for (const line of text.split(LINE_BREAK)) {
    let from = 0;
    END.lastIndex = 0;
    for (let match = END.exec(line); match !== null; match = END.exec(line)) {
      const to = match.index + match[0].length;
      keep(line.slice(from, to));
      from = to;
    }
    keep(line.slice(from));
  }
  return sentences;
}

/**
 * The splitter of the baselines by default: {@link plainSentences} of the record's text.
 *
 * @example
 * lead(3, { split: plainSplitter }); // the same as lead(3)
 */
export const plainSplitter: Splitter = (record) => plainSentences(record.text);
