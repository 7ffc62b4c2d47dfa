import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** One article of `fixtures/languages`: its text as a page shows it and its hand-checked sentences. */
export interface LanguageArticle {
  readonly language: string;
  readonly text: string;
  readonly title: string;
  /** Every sentence of the body, in order, as written in the text. */
  readonly sentences: readonly string[];
  /** Offsets in `text` where a sentence of the body ends (the answer key). */
  readonly boundaries: readonly number[];
  /** The paragraphs of the body, each a list of sentences. */
  readonly paragraphs: readonly (readonly string[])[];
}

/** Resolved from the working directory: the repository root under jest and the scripts. */
export const LANGUAGE_FIXTURES = resolve('fixtures', 'languages');

/** Languages that put no space after a sentence's final punctuation. */
const NO_SPACE = new Set(['zh', 'ja']);

export function parseArticles(language: string, source: string): LanguageArticle[] {
  return source.split(/\n====\n/).map((chunk) => {
    const [head, ...rest] = chunk.trim().split(/\n\n+/);
    const title = (head as string).trim();
    const paragraphs = rest.map((p) => p.split('\n').map((s) => s.trim()).filter((s) => s !== ''));
    const joiner = NO_SPACE.has(language) ? '' : ' ';
    let text = title;
    const boundaries: number[] = [];
    for (const p of paragraphs) {
      text += '\n\n';
      p.forEach((s, i) => {
        if (i > 0) text += joiner;
        text += s;
        boundaries.push(text.length);
      });
    }
    return { language, text, title, sentences: paragraphs.flat(), boundaries, paragraphs };
  });
}

export function languageArticles(): LanguageArticle[] {
  return readdirSync(LANGUAGE_FIXTURES)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => parseArticles(f.replace(/\.txt$/, ''), readFileSync(join(LANGUAGE_FIXTURES, f), 'utf8')));
}
