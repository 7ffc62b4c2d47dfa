/**
 * Reads the text of a DOM subtree into a TextBuilder: block elements become block boundaries,
 * `<br>` a line break, and excluded elements (see tags.ts) are left out with everything in them
 * (checked here for a live page; a parsed page never contains them).
 * Iterative, so 10,000 nested elements cost what 10,000 siblings cost.
 */
import { BLOCK_TAGS, isExcluded, type ElementFacts } from './tags';
import type { Piece, TextBuilder } from './text-builder';

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

function tagOf(element: Element): string {
  return (element.localName ?? element.tagName).toLowerCase();
}

function facts(element: Element): ElementFacts {
  const parent = element.parentElement;
  return {
    tag: tagOf(element),
    attribute: (name) => element.getAttribute(name),
    hasAncestor: (tags) => {
      for (let e = element.parentElement; e !== null; e = e.parentElement) if (tags.has(tagOf(e))) return true;
      return false;
    },
    parentTag: parent === null ? '' : tagOf(parent),
  };
}

/** True when `element` (or its markup) keeps it and its content out of the text. */
export function excludedElement(element: Element): boolean {
  return isExcluded(facts(element));
}

/**
 * Appends the text of `root`'s descendants to `builder`. `origin(node)` says where a text node's
 * characters come from (the node itself for a live page, the HTML source for a parsed one).
 */
export function readDom<N>(
  root: Element,
  builder: TextBuilder<N>,
  origin: (node: Text) => { node: N; pieces: readonly Piece[] },
  /** False for a page parse-html.ts built: it left excluded elements out already. */
  checkExclusion = true,
): void {
  let node: Node | null = root.firstChild;
  outer: while (node !== null) {
    let descend = false;
    if (node.nodeType === TEXT_NODE) {
      const text = node as Text;
      const { node: key, pieces } = origin(text);
      builder.text(text.data, key, pieces);
    } else if (node.nodeType === ELEMENT_NODE) {
      const element = node as Element;
      if (!checkExclusion || !excludedElement(element)) {
        const tag = tagOf(element);
        if (tag === 'br') builder.lineBreak();
        else {
          const block = BLOCK_TAGS.has(tag);
          if (block) builder.block();
          if (element.firstChild !== null) descend = true;
          else if (block) builder.block();
        }
      }
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    while (node !== null && node !== root) {
      if (node.nextSibling !== null) {
        node = node.nextSibling;
        continue outer;
      }
      node = node.parentNode;
      if (node !== null && node !== root && node.nodeType === ELEMENT_NODE && BLOCK_TAGS.has(tagOf(node as Element))) builder.block();
    }
    break;
  }
}
