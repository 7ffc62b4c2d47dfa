/**
 * Main-content extraction with Mozilla's Readability (the engine of Firefox Reader View) on a
 * parsed page. Readability moves the page's own text nodes into its result rather than copying
 * them, so every character it keeps still knows where it is in the source.
 */
import { Readability } from '@mozilla/readability';

/** Pages larger or deeper than this skip Readability (its passes are not all linear on deep nesting; its cleaning recurses). */
export const READABILITY_MAX_ELEMENTS = 100_000;
export const READABILITY_MAX_DEPTH = 256;

/** The article element Readability found, or why there is none. */
export type MainContent = { readonly element: Element } | { readonly reason: string };

export function mainContent(document: Document, elements: number, depth: number): MainContent {
  if (elements > READABILITY_MAX_ELEMENTS) return { reason: `the page has ${elements} elements (main-content extraction stops at ${READABILITY_MAX_ELEMENTS})` };
  if (depth > READABILITY_MAX_DEPTH) return { reason: `the page nests elements ${depth} deep (main-content extraction stops at ${READABILITY_MAX_DEPTH})` };
  try {
    // charThreshold 1: take Readability's first, strictest attempt. Its retries re-parse the page
    // from HTML, which would lose the source offsets; a short result falls back to the whole page instead.
    const article = new Readability<Element>(document, { charThreshold: 1, serializer: (node) => node as Element, disableJSONLD: true, keepClasses: true }).parse();
    const element = article?.content;
    if (element === null || element === undefined) return { reason: 'Readability found no article' };
    return { element };
  } catch (error) {
    return { reason: `Readability failed (${error instanceof Error ? error.message : String(error)})` };
  }
}
