/**
 * What the markup says about a piece of a page: which elements start a block of text, which are
 * never prose (scripts, navigation, forms, hidden elements), and which attributes precis keeps.
 * The same rules apply to an HTML string (while it is parsed) and to a live DOM element (while it
 * is read), so a page gives the same text either way.
 */

/** Elements whose start and end are block boundaries ("\n\n" in the text precis reads). */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot',
  'th', 'thead', 'tr', 'ul',
]);

/**
 * Elements that are never prose, whatever they contain: code and styles, embedded content,
 * navigation, controls, figures and their captions.
 */
export const NEVER_PROSE: ReadonlySet<string> = new Set([
  'applet', 'aside', 'audio', 'button', 'canvas', 'datalist', 'embed', 'figure', 'figcaption', 'frame', 'frameset', 'head',
  'iframe', 'input', 'link', 'map', 'math', 'menu', 'meta', 'nav', 'noembed', 'noframes', 'noscript', 'object', 'option',
  'script', 'select', 'style', 'svg', 'template', 'textarea', 'title', 'video',
]);

/** ARIA roles of page parts that are not the article. */
const NEVER_PROSE_ROLES: ReadonlySet<string> = new Set([
  'alertdialog', 'banner', 'complementary', 'contentinfo', 'dialog', 'menu', 'menubar', 'navigation', 'search', 'toolbar',
]);

/**
 * Class or id words that name page furniture: a cookie or consent banner, share buttons, comments,
 * related links, newsletter and subscription boxes, adverts. Matched at the start of each class
 * name and of the id (`cookie-banner`, `share-buttons`, `comments`), never on `article`, `main`
 * or `body`, so `<article class="social-story">` keeps its text.
 */
const FURNITURE_NAME = /^(?:cookie|consent|gdpr|share|sharing|social|comment|related|newsletter|promo|subscribe|advert|ad-slot|ads?$)/i;
const NEVER_BY_NAME: ReadonlySet<string> = new Set(['article', 'main', 'body', 'html']);

function namesFurniture(element: ElementFacts): boolean {
  const id = element.attribute('id');
  if (id !== null && FURNITURE_NAME.test(id)) return true;
  const classes = element.attribute('class');
  if (classes === null) return false;
  for (const name of (classes.length > MAX_ATTRIBUTE_CHARS ? classes.slice(0, MAX_ATTRIBUTE_CHARS) : classes).split(/[ \t\n\r\f]+/)) {
    if (FURNITURE_NAME.test(name)) return true;
  }
  return false;
}

/** Ancestors that make a `header` or `footer` part of an article rather than of the page. */
const SECTIONING = new Set(['article', 'main', 'section']);

/** Attributes kept on the parsed page (Readability reads these); the rest are dropped. */
export const KEPT_ATTRIBUTES: ReadonlySet<string> = new Set(['class', 'id', 'href', 'itemprop', 'rel', 'lang', 'dir']);
/** Longest attribute value kept: class and id are read with regular expressions, so a hostile 20 MB value is cut. */
export const MAX_ATTRIBUTE_CHARS = 1_000;

/** Inline styles that hide an element. Bounded: the style value is cut to MAX_ATTRIBUTE_CHARS first. */
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i;

/** How a rule reads an element, whether it is a parser event or a DOM element. */
export interface ElementFacts {
  /** Lower-case tag name. */
  readonly tag: string;
  attribute(name: string): string | null;
  /** True when an ancestor is one of `tags` (asked only for `header` and `footer`). */
  hasAncestor(tags: ReadonlySet<string>): boolean;
  /** Lower-case tag name of the parent element, or `''` at the root. */
  readonly parentTag: string;
}

/**
 * True when the element and everything in it is left out of the text: it is never prose (a
 * script, a menu, a form control...), is hidden (`hidden`, `aria-hidden="true"`, an inline
 * `display: none`), has the role of a page part that is not the article, or is the page's own
 * header or footer (one outside any `article`, `main` or `section`), or its class or id names
 * page furniture (see FURNITURE_NAME). `data-precis-skip` on an
 * element leaves it out too (a page's own controls, say). A `form` is left out unless
 * it is a child of `body`: some sites wrap the whole page in one form.
 */
export function isExcluded(element: ElementFacts): boolean {
  const { tag } = element;
  if (NEVER_PROSE.has(tag)) return true;
  if (tag === 'form' && element.parentTag !== 'body') return true;
  if (element.attribute('hidden') !== null || element.attribute('data-precis-skip') !== null) return true;
  if ((element.attribute('aria-hidden') ?? '').trim().toLowerCase() === 'true') return true;
  const role = element.attribute('role');
  if (role !== null && NEVER_PROSE_ROLES.has(role.trim().toLowerCase())) return true;
  const style = element.attribute('style');
  if (style !== null && HIDDEN_STYLE.test(style.length > MAX_ATTRIBUTE_CHARS ? style.slice(0, MAX_ATTRIBUTE_CHARS) : style)) return true;
  if ((tag === 'header' || tag === 'footer') && !element.hasAncestor(SECTIONING)) return true;
  return !NEVER_BY_NAME.has(tag) && namesFurniture(element);
}
