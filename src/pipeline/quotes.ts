/**
 * Quotation state across the sentences of a paragraph. News quotes run over several sentences,
 * and only the first opens with a quotation mark: "We will rebuild," he said. "It will take
 * years." The sentences in between are quotation too, and a reader does not take them for the
 * story's point.
 */

/** What may stand before an opening straight quote: nothing, a space, a bracket or a dash. */
const BEFORE_OPENING = /[\s([{\-–—]/u;
/** What may follow a closing straight quote: nothing, a space or punctuation. */
const AFTER_CLOSING = /[\s\p{P}]/u;

/**
 * What a straight `"` at `i` does, read as a reader reads it from the characters around it: it
 * opens before a word (`"We`), closes after one (`before,"`, and the inch mark of `5'10"`, which
 * has nothing to close), and toggles only where both sides are alike (` " ` in tokenized text).
 * Toggling alone let one inch mark, or a quotation over two paragraphs run together (whose first
 * paragraph has no closing mark), turn every later sentence into quotation.
 */
function straightQuote(text: string, i: number, open: boolean): boolean {
  const before = text[i - 1];
  const after = text[i + 1];
  const opening = before === undefined || BEFORE_OPENING.test(before);
  const closing = after === undefined || AFTER_CLOSING.test(after);
  if (opening && !closing) return true;
  if (closing && !opening) return false;
  return !open;
}

/**
 * Whether a quotation is still open after `text`, given whether one was open before it: `“`,
 * `«` and `` `` `` open, `”`, `»` and `''` close, a straight `"` opens or closes by what stands
 * around it. Single quotes are left out: they are apostrophes as often as quotes.
 */
export function quoteOpenAfter(text: string, openBefore: boolean): boolean {
  let open = openBefore;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '“' || c === '«') open = true;
    else if (c === '”' || c === '»') open = false;
    else if (c === '"') open = straightQuote(text, i, open);
    else if (c === '`' && text[i + 1] === '`') {
      open = true;
      i++;
    } else if (c === "'" && text[i + 1] === "'") {
      open = false;
      i++;
    }
  }
  return open;
}
