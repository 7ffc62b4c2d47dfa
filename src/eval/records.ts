import { describe } from '../errors';
import type { EvalRecord } from './types';

/**
 * A parsed JSONL line: the record, or why the line is not one.
 *
 * @example
 * const parsed = parseRecord(line, `line ${n}`);
 * if (parsed.ok) records.push(parsed.record); else console.error(`line ${n}: ${parsed.error}`);
 */
export type ParsedRecord =
  | {
      /** The line is a record. */
      readonly ok: true;
      /** The record it holds. */
      readonly record: EvalRecord;
    }
  | {
      /** The line is not a record. */
      readonly ok: false;
      /** Why not, e.g. `expected `text` to be a string`. */
      readonly error: string;
    };

/**
 * Why `value` is not an evaluation record (internal: `parseRecord` and `evaluate` report it), or `undefined` when it is one. A record is an object with
 * string `text` and `summary` (the reference, with at least one non-empty line), an optional
 * `id` (string or number) and an optional `title` (string or null).
 *
 * @example
 * recordProblem({ text: 'An article.', summary: 'A reference.' }); // undefined
 * recordProblem({ text: 'An article.' });  // 'expected `summary` to be a string, got `undefined`'
 */
export function recordProblem(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return `expected a JSON object, got ${describe(value)}`;
  }
  const v = value as Record<string, unknown>;
  if (typeof v.text !== 'string') return `expected \`text\` to be a string, got ${describe(v.text)}`;
  if (typeof v.summary !== 'string') return `expected \`summary\` to be a string, got ${describe(v.summary)}`;
  if (!/\S/.test(v.summary)) return 'the reference `summary` is empty';
  if (v.id !== undefined && typeof v.id !== 'string' && typeof v.id !== 'number') {
    return `expected \`id\` to be a string or a number, got ${describe(v.id)}`;
  }
  if (v.title !== undefined && v.title !== null && typeof v.title !== 'string') {
    return `expected \`title\` to be a string or null, got ${describe(v.title)}`;
  }
  return undefined;
}

/**
 * Parses one line of a JSONL data file into an {@link EvalRecord}. A record without an `id` gets
 * `fallbackId` (the CLI uses the line number).
 *
 * @example
 * parseRecord('{"id":"a","text":"…","summary":"One.\\nTwo."}', 'line 1'); // { ok: true, record: {...} }
 * parseRecord('{"id":"a"}', 'line 2'); // { ok: false, error: 'expected `text` to be a string, got `undefined`' }
 */
export function parseRecord(line: string, fallbackId: string): ParsedRecord {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { ok: false, error: `invalid JSON (${(error as Error).message})` };
  }
  const problem = recordProblem(value);
  if (problem !== undefined) return { ok: false, error: problem };
  const v = value as { id?: string | number; text: string; summary: string; title?: string | null };
  const record: EvalRecord = {
    id: v.id === undefined ? fallbackId : String(v.id),
    text: v.text,
    summary: v.summary,
    ...(v.title !== undefined ? { title: v.title } : {}),
  };
  return { ok: true, record };
}
