/**
 * What a text's form says about how to read it, decided once per document from evidence in the
 * text itself (never from a flag the caller must know to pass): whether capitals can mark sentence
 * starts, and whether punctuation stands apart from words as in tokenized research corpora.
 */
export interface TextShape {
  /**
   * Capitals carry no sentence information: (almost) every cased letter is lower case, as in the
   * lower-cased CNN/DailyMail release, or upper case, as in a wire story in capitals.
   */
  readonly caseless: boolean;
  /**
   * Punctuation is written apart from the words (` , `, ` . `, `` `` `` and `''` quotes), as in
   * Penn-Treebank tokenized text.
   */
  readonly tokenized: boolean;
}

/** Fewest cased letters from which case is evidence at all (a few words prove nothing). */
const MIN_CASED = 20;
/** Upper case below this share of cased letters: lower-cased text (cased English news: 3-5%). */
const LOWER_SHARE = 0.004;
/** Upper case above this share: text in capitals. */
const UPPER_SHARE = 0.85;
/** Fewest sentence or clause marks from which spacing is evidence. */
const MIN_MARKS = 5;
/** Share of `,` `.` `;` `:` `?` `!` written with a space before them in tokenized text (cased prose: about 0). */
const SPACED_SHARE = 0.6;

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

/**
 * The shape of `text`: one linear pass over its characters.
 *
 * @example
 * textShape("seoul ( cnn ) -- south korea 's actions ...")  // { caseless: true, tokenized: true } on a whole story
 */
export function textShape(text: string): TextShape {
  let upper = 0;
  let lower = 0;
  let marks = 0;
  let spaced = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) lower++;
    else if (c >= 65 && c <= 90) upper++;
    else if (c === 44 || c === 46 || c === 59 || c === 58 || c === 63 || c === 33) {
      // A mark closing a word or clause: `,` or `.` between digits (`3.5`, `2,000`) and runs (`...`) are not.
      const prev = text.charCodeAt(i - 1);
      const next = text.charCodeAt(i + 1);
      if (prev === c || next === c || (prev >= 48 && prev <= 57 && next >= 48 && next <= 57)) continue;
      if (!(next === 32 || next === 10 || Number.isNaN(next))) continue;
      marks++;
      if (prev === 32) spaced++;
    } else if (c > 127) {
      const ch = text[i] as string;
      if (LOWER.test(ch)) lower++;
      else if (UPPER.test(ch)) upper++;
    }
  }
  const cased = upper + lower;
  return {
    caseless: cased >= MIN_CASED && (upper < LOWER_SHARE * cased || upper > UPPER_SHARE * cased),
    tokenized: marks >= MIN_MARKS && spaced >= SPACED_SHARE * marks,
  };
}

/** The shape of ordinary prose: capitals and spacing both carry information. */
export const PROSE: TextShape = Object.freeze({ caseless: false, tokenized: false });
