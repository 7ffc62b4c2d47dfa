/**
 * An empty HTML document to build a parsed page in: the browser's own (an inert document made by
 * `document.implementation`, which runs no script and loads nothing) where there is one, linkedom's
 * everywhere else (Node, workers).
 */
import { parseHTML } from 'linkedom';

const EMPTY = '<!doctype html><html><head></head><body></body></html>';

export function createDocument(): Document {
  const native = (globalThis as { document?: Document }).document;
  if (native?.implementation !== undefined) return native.implementation.createHTMLDocument('');
  return parseHTML(EMPTY).document as unknown as Document;
}
