/**
 * Where two blocks of a page were glued together without a space, as `element.textContent` of a
 * page glues its headings, widgets and paragraphs: `...normalizationNo time to read?Get a
 * summaryIn a recent interview...`. A reader sees the seams: a word in lower case that runs into a
 * capitalised one (`summaryIn`), or a sentence's final mark that runs into one (`read?Get`).
 */

/** Capitalised function words that open sentences; a capitalised word glued before one of them is a seam too (`RelationsIn`). */
const OPENERS = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'he', 'she', 'it', 'we', 'they', 'this', 'that', 'these', 'those',
  'his', 'her', 'their', 'our', 'its', 'but', 'and', 'no', 'as', 'after', 'when', 'while', 'for', 'if',
  'there', 'what', 'how', 'why', 'who', 'get', 'read', 'share', 'sign', 'click', 'more', 'next', 'previous',
]);
/** Words that end a widget or navigation line: whatever capital follows them begins another block (`ArticleSergi`). */
const WIDGET_ENDS = new Set(['article', 'story', 'summary', 'video', 'videos', 'photos', 'gallery', 'comments', 'advertisement', 'newsletter']);
/** Letters from which a lower-case word glued to a capital is a seam whatever follows (longer than camel-cased brands' first parts). */
const LONG_WORD = 8;
/** Name particles written against the name they belong to (`deGrom`, `vanDyke`). */
const PARTICLES = new Set(['mc', 'mac', 'de', 'da', 'di', 'du', 'la', 'le', 'van', 'von', 'der', 'al', 'el', 'ibn', 'bin']);
/** Camel-cased names whose second part is also an opener. */
const NAMES = new Set(['linkedin', 'checkin', 'lookin', 'plugin', 'signin', 'loggedin', 'wethe', 'popup']);

/** Characters per space above which a line is not prose (English averages about 6). */
const MAX_WORD_CHARS = 30;

const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;
const LETTER = /\p{L}/u;
/** What may stand before a glued word: nothing, a space, an opening bracket or quote. */
const WORD_OPENING = /[\s("'“‘[]/u;

// ASCII first: these run on every character of the text.
function isLower(c: string | undefined): boolean {
  if (c === undefined) return false;
  const x = c.charCodeAt(0);
  return (x >= 97 && x <= 122) || (x > 127 && LOWER.test(c));
}
function isUpper(c: string | undefined): boolean {
  if (c === undefined) return false;
  const x = c.charCodeAt(0);
  return (x >= 65 && x <= 90) || (x > 127 && UPPER.test(c));
}
function isLetter(c: string | undefined): boolean {
  if (c === undefined) return false;
  const x = c.charCodeAt(0);
  return (x >= 97 && x <= 122) || (x >= 65 && x <= 90) || (x > 127 && LETTER.test(c));
}

/**
 * Offsets in `text[start, end)` where a block glued to the one before it begins. Linear: each
 * character is looked at a bounded number of times.
 *
 * @example
 * seams('normalizationNo time to read?Get a summaryIn brief', 0, 50)  // [13, 29, 42]
 */
export function seams(text: string, start: number, end: number): number[] {
  const out: number[] = [];
  // Glued blocks are prose, with spaces between their words; a run without them (base64, a URL,
  // a text whose spaces were stripped) has no seams a reader could see.
  let spaces = 0;
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 32) spaces++;
  if (spaces * MAX_WORD_CHARS < end - start) return out;
  for (let i = start + 1; i < end - 1; i++) {
    const code = text.charCodeAt(i);
    // Most characters are lower-case ASCII letters or spaces: neither starts a seam.
    if ((code >= 97 && code <= 122) || code === 32) continue;
    const c = text[i];
    if (!isUpper(c) || !isLower(text[i + 1])) continue;
    const prev = text[i - 1];
    if (prev === '.' || prev === '?' || prev === '!') {
      // `read?Get`, `said.He`: two lower-case letters before the mark (so not `U.S.Army`, `p.m.The`).
      if (isLower(text[i - 2]) && isLower(text[i - 3])) out.push(i);
      continue;
    }
    if (!isLower(prev)) continue;
    // The run of letters before the capital, found backwards: no word of prose is longer.
    let wordStart = i - 1;
    while (wordStart > start && i - wordStart < MAX_WORD_CHARS && isLetter(text[wordStart - 1])) wordStart--;
    if (wordStart > start && isLetter(text[wordStart - 1])) continue;
    const before = wordStart > start ? text[wordStart - 1] : ' ';
    if (before === undefined || !WORD_OPENING.test(before)) continue; // #hashTag, @handle, a/pathName
    const left = text.slice(wordStart, i);
    let next = i + 1;
    while (next < end && isLower(text[next])) next++;
    const right = text.slice(i, next).toLowerCase();
    if (NAMES.has((left + right).toLowerCase())) continue;
    if (WIDGET_ENDS.has(left.toLowerCase())) {
      out.push(i);
      continue;
    }
    if (!isUpper(left[0])) {
      // `summaryIn`, `normalizationNo`: a word all in lower case glued to a sentence's opening word,
      // or a long one glued to any capitalised word (`administrationPrices`). Not a brand written
      // in camel case (`iPhone`, `eBay`, `easyJet`, `theGrio`, `littleBits`, `openDemocracy`) or a
      // name with its particle (`deGrom`).
      if (left.length >= 2 && !PARTICLES.has(left) && (OPENERS.has(right) || left.length >= LONG_WORD)) out.push(i);
    } else if (left.length >= 4 && OPENERS.has(right)) {
      // `RelationsNo`, `RussiaIn`: a capitalised word glued to a sentence's opening word.
      out.push(i);
    }
  }
  return out;
}
