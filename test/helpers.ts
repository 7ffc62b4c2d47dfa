import { segment } from '../src/index';

/** The sentence texts of `text` as the pipeline splits them (all sentences, candidates or not). */
export function sentencesOf(text: string): string[] {
  return segment(text, { furniture: false, title: false }).filter((s) => s.kind === 'sentence').map((s) => s.text);
}
