/**
 * The options of the HTML entry: its own (`readability`, `maxHtmlChars`), read once and checked
 * here, and the summarizer's, passed on to `Summarizer.summarize`, which checks them.
 */
import { describe, PrecisRangeError, PrecisTypeError } from '../errors';
import type { SummarizeOptions } from '../options';

/**
 * Options of `summarizeHtml()`: every option of `summarize()`, and two of its own.
 *
 * @example
 * summarizeHtml(createSummarizer(), html, { sentences: 2, readability: false, maxHtmlChars: 5_000_000 });
 */
export interface HtmlOptions extends SummarizeOptions {
  /**
   * Main-content extraction with Mozilla's Readability: `true`, `false`, or `'auto'`, on for a whole
   * document (a doctype or an `html`, `head` or `body` tag) and off for a fragment.
   * @default 'auto'
   */
  readonly readability?: boolean | 'auto';
  /**
   * Longest HTML accepted (`html.length`); longer fails at once with `ERR_INPUT_TOO_LONG`.
   * `maxInputChars` still applies to the text read from it.
   * @default 50_000_000
   */
  readonly maxHtmlChars?: number;
}

/**
 * Longest HTML `summarizeHtml()` accepts unless `maxHtmlChars` says otherwise: 50 million characters.
 *
 * @example
 * summarizeHtml(summarizer, hugePage, { maxHtmlChars: 2 * DEFAULT_MAX_HTML_CHARS });
 */
export const DEFAULT_MAX_HTML_CHARS = 50_000_000;

export interface ResolvedHtmlOptions {
  readonly readability: boolean | 'auto';
  readonly maxHtmlChars: number;
  /** The rest, for the summarizer. */
  readonly summarize: Record<string, unknown>;
}

/** Reads `options` once onto a copy without prototype (a throwing getter becomes a `PrecisTypeError`). */
export function snapshotOptions(options: unknown): Record<string, unknown> {
  const rest = Object.create(null) as Record<string, unknown>;
  if (options !== undefined) {
    let keys: string[];
    try {
      if (typeof options !== 'object' || options === null || Array.isArray(options)) {
        throw new PrecisTypeError('ERR_INVALID_OPTION', `Expected options to be a plain object, got ${describe(options)}`);
      }
      keys = Object.keys(options);
    } catch (error) {
      if (error instanceof PrecisTypeError) throw error;
      throw new PrecisTypeError('ERR_INVALID_OPTION', `Could not read the options: ${error instanceof Error ? error.message : String(error)}`);
    }
    for (const key of keys) {
      try {
        rest[key] = (options as Record<string, unknown>)[key];
      } catch (error) {
        throw new PrecisTypeError('ERR_INVALID_OPTION', `Reading option \`${key}\` threw: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
  return rest;
}

/** Reads `options` once onto a plain copy, takes the HTML entry's own options out and checks them. */
export function resolveHtmlOptions(options: unknown): ResolvedHtmlOptions {
  const rest = snapshotOptions(options);
  const readability = rest.readability ?? 'auto';
  delete rest.readability;
  if (readability !== true && readability !== false && readability !== 'auto') {
    throw new PrecisTypeError('ERR_INVALID_OPTION', `Expected \`readability\` to be true, false or 'auto', got ${describe(readability)}`);
  }
  const maxHtmlChars = rest.maxHtmlChars ?? DEFAULT_MAX_HTML_CHARS;
  delete rest.maxHtmlChars;
  if (typeof maxHtmlChars !== 'number' || Number.isNaN(maxHtmlChars)) {
    throw new PrecisTypeError('ERR_INVALID_OPTION', `Expected \`maxHtmlChars\` to be a positive integer or Infinity, got ${describe(maxHtmlChars)}`);
  }
  if (maxHtmlChars < 1 || (Number.isFinite(maxHtmlChars) && !Number.isInteger(maxHtmlChars))) {
    throw new PrecisRangeError('ERR_INVALID_OPTION', `Expected \`maxHtmlChars\` to be a positive integer or Infinity, got ${describe(maxHtmlChars)}`);
  }
  return { readability, maxHtmlChars, summarize: rest };
}

/** The summarizer's options for a page: its headline as `title` unless the caller gave one. */
export function withTitle(options: Record<string, unknown>, title: string | undefined): SummarizeOptions {
  return (title !== undefined && !('title' in options) ? { ...options, title } : { ...options }) as SummarizeOptions;
}
