import type { GlueWords } from '../language/pack';
import { isWhitespaceCode } from '../text/whitespace';

/**
 * Where two blocks of a page were glued together without a space, as `element.textContent` of a
 * page glues its headings, widgets and paragraphs: `...normalizationNo time to read?Get a
 * summaryIn a recent interview...`. A reader sees the seams: a word in lower case that runs into a
 * capitalised one (`summaryIn`), or a sentence's final mark that runs into one (`read?Get`).
 */

/** The glue words as sets, once per language (see `GlueWords`). */
const SETS = new WeakMap<GlueWords, { openers: ReadonlySet<string>; widgetEnds: ReadonlySet<string> }>();
const NONE = { openers: new Set<string>(), widgetEnds: new Set<string>() };
function setsOf(words: GlueWords | undefined): { openers: ReadonlySet<string>; widgetEnds: ReadonlySet<string> } {
  if (words === undefined) return NONE;
  let sets = SETS.get(words);
  if (sets === undefined) {
    sets = { openers: new Set(words.openers), widgetEnds: new Set(words.widgetEnds) };
    SETS.set(words, sets);
  }
  return sets;
}
/** Quotation marks that close a quotation (and the straight ones, which may open or close it). */
const CLOSING_QUOTES = new Set(['"', "'", '”', '’']);
/** Quotation marks that open a quotation. */
const OPENING_QUOTES = new Set(['“', '‘']);
/** Letters from which a lower-case word glued to a capital is a seam whatever follows (longer than camel-cased brands' first parts). */
const LONG_WORD = 8;
/** The same, in a language without a list of opening words. */
const LONG_WORD_NO_OPENERS = 5;
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
export function seams(text: string, start: number, end: number, words?: GlueWords): number[] {
  // The language's words (English: `summaryIn`, `ArticleSergi`); without them, the marks and long words.
  const { openers: OPENERS, widgetEnds: WIDGET_ENDS } = setsOf(words);
  const out: number[] = [];
  // Glued blocks are prose, with spaces between their words; a run without them (base64, a URL,
  // a text whose spaces were stripped) has no seams a reader could see.
  let spaces = 0;
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 32) spaces++;
  if (spaces * MAX_WORD_CHARS < end - start) return out;
  // Straight quotation marks so far (not apostrophes inside words): an odd count means one is open.
  let doubles = 0;
  let singles = 0;
  for (let i = start + 1; i < end - 1; i++) {
    const code = text.charCodeAt(i);
    // Most characters are lower-case ASCII letters or spaces: neither starts a seam.
    if (code === 32 || (code >= 97 && code <= 122 && !isMark(text[i - 1]))) continue;
    if (code === 34) doubles++;
    else if (code === 39 && !(isLetter(text[i - 1]) && isLetter(text[i + 1]))) singles++;
    const c = text[i];
    // After a word of a script without case (Hangul, Arabic, Tamil...), a sentence's mark and a
    // letter: `통과시켰다.여야는`, `الأربعاء.وقال`, `이뤄졌다.hong@yna.co.kr`.
    // (Tamil and Hindi write a vowel sign or virama after the word's last letter: `வெளியிட்டார்.வானிலை`.)
    if (isMark(text[i - 1]) && (isCaseless(text[i - 2]) || (COMBINING.test(text[i - 2] ?? '') && isCaseless(text[i - 3]))) && (isCaseless(c) || isLetter(c))) {
      out.push(i);
      continue;
    }
    // A capitalised word begins here (or the pronoun `I`).
    if (!isUpper(c) || !(isLower(text[i + 1]) || (c === 'I' && !isLetter(text[i + 1])))) continue;
    const prev = text[i - 1];
    if (isMark(prev)) {
      // `read?Get`, `said.He`, `the UK.More`: two letters of one case before the mark (so not
      // `U.S.Army`, `p.m.The`, `Mr.Smith`); or a number (`lần thứ 5.Luật`, `in 2025.The`).
      if (endsWord(text, i - 1) || endsNumber(text, i - 1)) out.push(i);
      continue;
    }
    // A word glued to a bracket that opens a capitalised one: `sửa đổi(Dân trí)`, `remain(CNN)`.
    if (prev === '(' && isLower(text[i - 2])) {
      out.push(i - 1);
      continue;
    }
    // A quotation closed and another opened: `"chili-heads.""The main issue`, `over.”“We`.
    if (prev !== undefined && (OPENING_QUOTES.has(prev) || prev === '"') && CLOSING_QUOTES.has(text[i - 2] as string) && isMark(text[i - 3]) && endsWord(text, i - 3)) {
      out.push(i - 1);
      continue;
    }
    // A sentence's mark and a quotation: `security."This is`, `he said.“We`, `it was over.”The`.
    if (prev !== undefined && (OPENING_QUOTES.has(prev) || CLOSING_QUOTES.has(prev)) && isMark(text[i - 2]) && endsWord(text, i - 2)) {
      // An opening quote starts the new block; a closing one (curly, or a straight one that
      // `straightOpens` reads as closing) ends the old.
      const opens = OPENING_QUOTES.has(prev) || (prev === '"' && straightOpens(text, i - 1, end, doubles)) || (prev === "'" && singles % 2 === 1);
      out.push(opens ? i - 1 : i);
      continue;
    }
    if (isUpper(prev)) {
      // `GMTShare`, `EDTThe`: an abbreviation in capitals glued to a sentence's or widget's opening
      // word. Not a widget word's: an abbreviation and `News` or `Story` is a name (`ABCNews.com`,
      // `EGYNews`, `HIStory`, `@CNNPhotos`).
      let run = i - 1;
      while (run > start && isUpper(text[run - 1])) run--;
      let next = i + 1;
      while (next < end && isLower(text[next])) next++;
      const right = text.slice(i, next).toLowerCase();
      // Not a plural or a name written against it (`AAAs`, `NGOs`): the word has three letters or more.
      if (i - run >= 2 && right.length >= 3 && (run === start || !isLetter(text[run - 1])) && OPENERS.has(right)) out.push(i);
      continue;
    }
    if (!isLower(prev)) continue;
    // The run of letters before the capital, found backwards: no word of prose is longer.
    // A word starts at the seam found just before it, if any (`GMTShareSchools`).
    const floor = out.length > 0 ? Math.max(start, out[out.length - 1] as number) : start;
    let wordStart = i - 1;
    while (wordStart > floor && i - wordStart < MAX_WORD_CHARS && isLetter(text[wordStart - 1])) wordStart--;
    if (wordStart > floor && isLetter(text[wordStart - 1])) continue;
    const before = wordStart > floor ? text[wordStart - 1] : ' ';
    if (before === undefined || !WORD_OPENING.test(before)) continue; // #hashTag, @handle, a/pathName
    const left = text.slice(wordStart, i);
    let next = i + 1;
    while (next < end && isLower(text[next])) next++;
    const right = text.slice(i, next).toLowerCase();
    if (NAMES.has((left + right).toLowerCase())) continue;
    if (WIDGET_ENDS.has(left.toLowerCase())) {
      // A widget word ends a block (`this ArticleSergi`, `BBC NewsImage`), unless it is a part of a
      // name glued to the next (`PBS NewsHour`, `Channel NewsAsia`): capitalised after a capitalised
      // word, and the word after it neither an opener nor a widget word.
      if (!isUpper(left[0]) || OPENERS.has(right) || WIDGET_ENDS.has(right) || !capitalisedBefore(text, wordStart, floor)) out.push(i);
      continue;
    }
    if (!isUpper(left[0])) {
      // `summaryIn`, `normalizationNo`: a word all in lower case glued to a sentence's opening word,
      // or a long one glued to any capitalised word (`administrationPrices`). Not a brand written
      // in camel case (`iPhone`, `eBay`, `easyJet`, `theGrio`, `littleBits`, `openDemocracy`) or a
      // name with its particle (`deGrom`).
      // Without the language's opening words, a shorter word is enough (`thị trườngTheo`).
      if (left.length >= 2 && !PARTICLES.has(left) && (OPENERS.has(right) || left.length >= (words === undefined ? LONG_WORD_NO_OPENERS : LONG_WORD))) out.push(i);
    } else if (left.length >= 4 && OPENERS.has(right)) {
      // `RelationsNo`, `RussiaIn`: a capitalised word glued to a sentence's opening word.
      out.push(i);
    }
  }
  return out;
}

/** The word before `text[wordStart]`, past one space, is capitalised (not when the word starts at a seam, `floor`). */
function capitalisedBefore(text: string, wordStart: number, floor: number): boolean {
  if (wordStart <= floor || text[wordStart - 1] !== ' ') return false;
  let a = wordStart - 1;
  while (a > floor && wordStart - a < MAX_WORD_CHARS && isLetter(text[a - 1])) a--;
  return a < wordStart - 1 && isUpper(text[a]);
}

/** A letter of a script without case (not a CJK ideograph or kana, whose text ends sentences with `。`). */
function isCaseless(c: string | undefined): boolean {
  return c !== undefined && c.charCodeAt(0) > 127 && isLetter(c) && !isUpper(c) && !isLower(c) && !CJK.test(c);
}
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * Whether the straight `"` at `q`, between a sentence's mark and a capital, opens a quotation. The
 * next `"` of the line tells: one after a space opens a quotation, so this one closes; one before
 * a space, a mark or the line's end closes it, so this one opens. Otherwise the count of straight
 * marks so far, `count` with this one, does: odd, it opens. (On the development set glued, the
 * next mark places 93% of these quotation marks right, the count alone 87%; a quotation that runs
 * over paragraphs is left open at the end of each but the last.) The scan stops at that next
 * mark, so the scans of two quotation marks do not overlap.
 */
function straightOpens(text: string, q: number, end: number, count: number): boolean {
  let next = q + 1;
  while (next < end && text.charCodeAt(next) !== 34) next++;
  if (next < end) {
    if (isWhitespaceCode(text.charCodeAt(next - 1))) return false;
    if (next + 1 >= end || isWhitespaceCode(text.charCodeAt(next + 1)) || CLOSERS.has(text[next + 1] as string)) return true;
  }
  return count % 2 === 1;
}
/** What may follow a closing quotation mark: a mark of the sentence going on or ending. */
const CLOSERS = new Set(['.', ',', ';', ':', '!', '?']);

const COMBINING = /\p{M}/u;

/** A number ends at `text[mark - 1]`, written after a space (`thứ 5.`, `in 2025.`; not `U.S.1.`, `3.5`). */
function endsNumber(text: string, mark: number): boolean {
  const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
  return isDigit(text[mark - 1]) && (isDigit(text[mark - 2]) || text[mark - 2] === ' ');
}

function isMark(c: string | undefined): boolean {
  return c === '.' || c === '?' || c === '!';
}

/** The two letters before `text[mark]` are of one case, and no `.` stands before them (`said.`, `UK.`, not `U.S.`, `Mr.`). */
function endsWord(text: string, mark: number): boolean {
  const a = text[mark - 2];
  const b = text[mark - 1];
  return (isLower(a) && isLower(b)) || (isUpper(a) && isUpper(b) && text[mark - 3] !== '.');
}
