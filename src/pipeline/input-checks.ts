/**
 * Cheap looks at the input that explain a poor summary: text mostly in a script other than Latin
 * (precis's sentence boundaries, stopwords and stems are English), and HTML or XML source (the
 * tags end up inside the sentences). Each reads at most the first `SAMPLE` characters.
 */
import type { SummaryWarning } from '../types';

const SAMPLE = 200_000;
const LETTER = /\p{L}/u;
const LATIN = /\p{Script=Latin}/u;
/** A tag such as `<p>`, `</div>`, `<br/>` or `<a href="...">` (no `<` inside). */
const TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g;
/** Tags in the sample from which the text is taken for markup. */
export const MARKUP_TAGS = 5;

/** The share of letters (0..1) that are not Latin script, over the first 200,000 characters. */
export function nonLatinShare(text: string): number {
  let letters = 0;
  let other = 0;
  const end = Math.min(text.length, SAMPLE);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if ((c | 32) >= 97 && (c | 32) <= 122) letters++;
      continue;
    }
    const ch = text.codePointAt(i) as number;
    const s = String.fromCodePoint(ch);
    if (ch > 0xffff) i++;
    if (!LETTER.test(s)) continue;
    letters++;
    if (!LATIN.test(s)) other++;
  }
  return letters === 0 ? 0 : other / letters;
}

/** The number of HTML/XML tags in the first 200,000 characters. */
export function countTags(text: string): number {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  let n = 0;
  TAG.lastIndex = 0;
  while (TAG.exec(sample) !== null) n++;
  return n;
}

/** The warnings these checks give for `text`: `NON_LATIN_SCRIPT`, `MARKUP`, or none. */
export function inputWarnings(text: string): SummaryWarning[] {
  const warnings: SummaryWarning[] = [];
  const share = nonLatinShare(text);
  if (share > 0.5) {
    warnings.push({
      code: 'NON_LATIN_SCRIPT',
      message: `${Math.round(share * 100)}% of the letters are not in the Latin script: precis splits sentences, drops stopwords and stems words for English, so this summary is a rough guess.`,
    });
  }
  const tags = countTags(text);
  if (tags >= MARKUP_TAGS) {
    warnings.push({
      code: 'MARKUP',
      message: `The text looks like HTML or XML source (${tags} tags in its first 200,000 characters): tags end up inside sentences. Pass the page's text (e.g. element.textContent) instead.`,
    });
  }
  return warnings;
}
