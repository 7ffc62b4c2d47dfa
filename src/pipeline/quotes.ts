/**
 * Quotation state across the sentences of a paragraph. News quotes run over several sentences,
 * and only the first opens with a quotation mark: "We will rebuild," he said. "It will take
 * years." The sentences in between are quotation too, and a reader does not take them for the
 * story's point.
 */

/**
 * Whether a quotation is still open after `text`, given whether one was open before it: `“`,
 * `«` and `` `` `` open, `”`, `»` and `''` close, a straight `"` toggles. Single quotes are left
 * out: they are apostrophes as often as quotes.
 */
export function quoteOpenAfter(text: string, openBefore: boolean): boolean {
  let open = openBefore;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '“' || c === '«') open = true;
    else if (c === '”' || c === '»') open = false;
    else if (c === '"') open = !open;
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
