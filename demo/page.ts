/**
 * Build time: turns a news page saved as text (blocks separated by a blank line, lines by a line
 * break) into the article's HTML, furniture included, as the page it was saved from showed it.
 * Each block becomes one block element and each line break a `<br>`, so that the page's text, read
 * back by `readElement()` (precis/dom), is the saved text again, character for character (the
 * widget's button aside: precis/dom leaves buttons out).
 */

const WIDGET_QUESTION = 'No time to read?';
const WIDGET_BUTTON = 'Get a summary';
const TEASER_LABELS = new Set(['Previous Article', 'Next Article']);

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function renderLine(line: string): string {
  if (line === WIDGET_QUESTION) return `<span class="tldr-question">${escapeHtml(line)}</span>`;
  if (line === WIDGET_BUTTON) return `<button type="button" class="tldr-button" data-summarize>${escapeHtml(line)}</button>`;
  if (TEASER_LABELS.has(line)) return `<span class="teaser-label">${escapeHtml(line)}</span>`;
  return escapeHtml(line);
}

/** The controls of the first widget; `data-precis-skip` keeps them out of the article's text. */
const CONTROLS =
  '<span class="tldr-controls" data-precis-skip>' +
  '<label for="sentences">Sentences</label> ' +
  '<select id="sentences" name="sentences">' +
  [1, 2, 3, 4, 5, 6].map((n) => `<option value="${n}"${n === 3 ? ' selected' : ''}>${n}</option>`).join('') +
  '</select></span>';

/** The summary box, placed after the first widget; also kept out of the article's text. */
const SUMMARY_BOX =
  '<section id="summary" class="summary" data-precis-skip data-state="idle" aria-live="polite" hidden>' +
  '<h2>Summary</h2><ol class="summary-sentences"></ol><p class="summary-status"></p>' +
  '<button type="button" class="summary-clear">Clear the highlights</button></section>';

/** Renders the article: headline, widgets, body paragraphs and teasers. */
export function renderArticle(page: string): string {
  const blocks = page.replace(/\r\n?/g, '\n').trim().split(/\n{2,}/);
  let widgets = 0;
  let afterTeaserLabel = false;
  return blocks
    .map((block, i) => {
      const lines = block.split('\n');
      const html = lines.map(renderLine).join('<br>');
      const last = lines[lines.length - 1] ?? '';
      const wasAfterLabel = afterTeaserLabel;
      afterTeaserLabel = TEASER_LABELS.has(last);
      if (i === 0) return `<h1 class="headline">${html}</h1>`;
      if (lines.includes(WIDGET_BUTTON)) {
        // The widget's own lines get the box; a line after them (a teaser label) stays outside it.
        widgets += 1;
        const own = lines.findIndex((line) => line !== WIDGET_QUESTION && line !== WIDGET_BUTTON);
        const widget = own === -1 ? lines : lines.slice(0, own);
        const rest = own === -1 ? [] : lines.slice(own);
        const box = `<span class="tldr-box">${widget.map(renderLine).join('<br>')}${widgets === 1 ? CONTROLS : ''}</span>`;
        return `<div class="tldr">${[box, ...rest.map(renderLine)].join('<br>')}</div>${widgets === 1 ? SUMMARY_BOX : ''}`;
      }
      if (lines.every((line) => TEASER_LABELS.has(line))) return `<div class="teaser-label-block">${html}</div>`;
      if (wasAfterLabel) return `<p class="teaser"><a href="#" class="teaser-link">${html}</a></p>`;
      return `<p class="body">${html}</p>`;
    })
    .join('\n');
}
