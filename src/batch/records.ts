import { describe, LANGUAGES, supportedLanguage } from '../entries/internal';
import type { WarningCode } from '../types';
import type { RawLine } from '../io/lines';
import { rawField } from './raw-field';
import { firstInvalidUtf8 } from './utf8';

/** A record's id as given in the input: a string or a number (kept as is in the output). */
export type RecordId = string | number;

/**
 * What identifies a record in the output: its id, when it has one, and for JSON Lines input its
 * one-based line number. At least one of the two is always present.
 */
export interface RecordKey {
  readonly id?: RecordId;
  /** The id's JSON text exactly as the input wrote it (JSON Lines input); the output copies it. */
  readonly rawId?: string;
  readonly line?: number;
}

/**
 * Stable codes of the error lines. A code never changes meaning once published.
 * - `INVALID_JSON`: the line is not JSON (a torn last line included).
 * - `NOT_AN_OBJECT`: the line is JSON but not an object.
 * - `INVALID_ID`: the id field is neither a string nor a finite number.
 * - `MISSING_TEXT`: the text field is absent or null.
 * - `INVALID_TEXT`: the text field is not a string.
 * - `INVALID_TITLE`: the title field is neither a string nor null.
 * - `INVALID_LANGUAGE`: the `lang` field is neither null nor a language tag precis supports.
 * - `TOO_LARGE`: the text (or the file, or the line) is over the size limit, or the text is over
 *   the library's `maxInputChars` (when --max-input-bytes is raised past it).
 * - `UNREADABLE_FILE`: a file of a directory input could not be read.
 * - `SUMMARIZE_FAILED`: summarizing threw or its worker died (a bug: please report it).
 */
export type BatchErrorCode =
  | 'INVALID_JSON'
  | 'NOT_AN_OBJECT'
  | 'INVALID_ID'
  | 'MISSING_TEXT'
  | 'INVALID_TEXT'
  | 'INVALID_TITLE'
  | 'INVALID_LANGUAGE'
  | 'TOO_LARGE'
  | 'UNREADABLE_FILE'
  | 'SUMMARIZE_FAILED';

/**
 * Warning codes of an output line: those of `summarize()`, and one of batch's own:
 * - `INVALID_UTF8`: the record's line (or file) held bytes that are not UTF-8; each invalid
 *   sequence was read as U+FFFD, and offsets count those characters.
 */
export type BatchWarningCode = WarningCode | 'INVALID_UTF8';

export interface RecordError {
  readonly code: BatchErrorCode;
  readonly message: string;
}

/** A record to summarize. */
export interface RecordTask {
  readonly key: RecordKey;
  readonly text: string;
  readonly title?: string;
  /** The record's own `lang` (a BCP 47 tag precis supports), overriding `--language` for it. */
  readonly language?: string;
  /** True when `text` is HTML (an `html` field instead of the text field, or an .html/.htm file): summarized through precis/html. */
  readonly html?: boolean;
  /** Byte offset (in the line, or the file) of the first byte that is not UTF-8, if any. */
  readonly invalidUtf8?: number;
}

/** A record that cannot be summarized: it becomes an error line. */
export interface RecordFailure {
  readonly key: RecordKey;
  readonly error: RecordError;
  /** As in `RecordTask`. */
  readonly invalidUtf8?: number;
}

/** One input record, ready to summarize or already failed. */
export type BatchItem = RecordTask | RecordFailure;

export function isFailure(item: BatchItem): item is RecordFailure {
  return 'error' in item;
}

/** Names of the JSON fields read from each record. */
export interface RecordFields {
  readonly id: string;
  readonly text: string;
  readonly title: string;
}

/** A JSON Lines line may be this many times `maxInputBytes` long (the text plus other fields). */
export const LINE_LIMIT_FACTOR = 4;

/** The key a record's shard is computed from: its id as a string, or else its line number. */
export function shardKey(key: RecordKey): string {
  return key.id !== undefined ? String(key.id) : String(key.line);
}

function fail(key: RecordKey, code: BatchErrorCode, message: string): RecordFailure {
  return { key, error: { code, message } };
}

function isBlank(bytes: Buffer): boolean {
  for (const b of bytes) if (b !== 0x20 && b !== 0x09 && b !== 0x0d) return false;
  return true;
}

/**
 * Turns one JSON Lines line into a record (or an error record). Blank lines are not records and
 * give `undefined`.
 */
export function parseJsonLine(raw: RawLine, fields: RecordFields, maxInputBytes: number): BatchItem | undefined {
  const line = raw.number;
  if (raw.bytes === undefined) {
    return fail({ line }, 'TOO_LARGE', `Line is ${raw.length} bytes, over the limit of ${LINE_LIMIT_FACTOR * maxInputBytes} bytes (${LINE_LIMIT_FACTOR} × --max-input-bytes)`);
  }
  if (isBlank(raw.bytes)) return undefined;
  const invalid = firstInvalidUtf8(raw.bytes);
  const item = parseJson(raw.bytes, line, raw.unterminated, fields, maxInputBytes);
  return invalid === -1 ? item : { ...item, invalidUtf8: invalid };
}

function parseJson(bytes: Buffer, line: number, unterminated: boolean, fields: RecordFields, maxInputBytes: number): BatchItem {
  // Invalid UTF-8 becomes U+FFFD here (see `invalidUtf8`).
  let source = bytes.toString('utf8');
  if (line === 1 && source.charCodeAt(0) === 0xfeff) source = source.slice(1);
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (error) {
    const torn = unterminated ? ' (the last line, with no newline after it: truncated?)' : '';
    return fail({ line }, 'INVALID_JSON', `Line is not valid JSON${torn}: ${(error as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail({ line }, 'NOT_AN_OBJECT', `Expected a JSON object, got ${describe(value)}`);
  }
  const record = value as Record<string, unknown>;
  const rawId = record[fields.id];
  let key: RecordKey = { line };
  if (typeof rawId === 'string' || (typeof rawId === 'number' && Number.isFinite(rawId))) {
    key = { id: rawId, rawId: rawField(source, fields.id) ?? JSON.stringify(rawId), line };
  } else if (rawId !== undefined && rawId !== null) {
    return fail(key, 'INVALID_ID', `Expected \`${fields.id}\` to be a string or a number, got ${describe(rawId)}`);
  }
  const text = record[fields.text];
  // A record may carry its page as HTML instead: an `html` field, when the text field is absent.
  const item = (text === undefined || text === null) && typeof record.html === 'string'
    ? asHtml(checkText(key, record.html, record[fields.title], fields, maxInputBytes))
    : checkText(key, text, record[fields.title], fields, maxInputBytes);
  return withLanguage(item, record.lang);
}

/**
 * A record's `lang` field: absent or null leaves the run's `--language`; a tag precis supports
 * (`fr`, `pt-BR`) is that record's language; anything else is an error line, so a record is never
 * read in a language it does not declare.
 */
function withLanguage(item: BatchItem, lang: unknown): BatchItem {
  if (lang === undefined || lang === null || isFailure(item)) return item;
  const code = typeof lang === 'string' ? (lang === 'auto' ? 'auto' : supportedLanguage(lang)) : undefined;
  if (code === undefined) {
    return fail(item.key, 'INVALID_LANGUAGE', `Expected \`lang\` to be null, 'auto' or a language tag among ${Object.keys(LANGUAGES).join(', ')}, got ${describe(lang)}`);
  }
  return { ...item, language: code };
}

/** Marks a checked item as HTML. */
export function asHtml(item: BatchItem): BatchItem {
  return isFailure(item) ? item : { ...item, html: true };
}

/** Checks a record's text and title (shared by JSON Lines and directory input). */
export function checkText(key: RecordKey, text: unknown, title: unknown, fields: RecordFields, maxInputBytes: number): BatchItem {
  if (text === undefined || text === null) {
    return fail(key, 'MISSING_TEXT', `Expected a \`${fields.text}\` field with the text to summarize, got ${describe(text)}`);
  }
  if (typeof text !== 'string') return fail(key, 'INVALID_TEXT', `Expected \`${fields.text}\` to be a string, got ${describe(text)}`);
  // A UTF-8 byte count never exceeds 3 per UTF-16 unit: skip the exact count when it cannot matter.
  if (text.length * 3 > maxInputBytes) {
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > maxInputBytes) return fail(key, 'TOO_LARGE', `Text is ${bytes} bytes, over --max-input-bytes (${maxInputBytes})`);
  }
  if (title !== undefined && title !== null && typeof title !== 'string') {
    return fail(key, 'INVALID_TITLE', `Expected \`${fields.title}\` to be a string or null, got ${describe(title)}`);
  }
  return typeof title === 'string' ? { key, text, title } : { key, text };
}
