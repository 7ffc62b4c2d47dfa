import type { Summary } from '../types';
import type { BatchWarningCode, RecordError, RecordKey } from './records';

/** What a summarized record became: its output line (without the newline) and its warning codes. */
export interface FormattedRecord {
  readonly json: string;
  readonly warnings: readonly BatchWarningCode[];
}

function keyFields(key: RecordKey): { id?: RecordKey['id']; line?: number } {
  const out: { id?: RecordKey['id']; line?: number } = {};
  if (key.id !== undefined) out.id = key.id;
  if (key.line !== undefined) out.line = key.line;
  return out;
}

/**
 * `JSON.stringify(value)` of an output line whose first field is the key's id, with the id's JSON
 * text copied as the input wrote it (a number a double cannot hold, `1e2`, escapes), so ids
 * round-trip byte for byte.
 */
function stringifyLine(key: RecordKey, value: object): string {
  const json = JSON.stringify(value);
  if (key.rawId === undefined || key.id === undefined) return json;
  // `value` starts with `{"id":<JSON.stringify(id)>`; every line has more fields after the id.
  return `{"id":${key.rawId}${json.slice(6 + JSON.stringify(key.id).length)}`;
}

/**
 * The output line of a summarized record:
 * `{ id, line, summary, sentences: [{ index, start, end, score }], stats, warnings: [code] }`.
 * `summary` is the sentences joined by `\n`; `start`/`end` are UTF-16 offsets into the text.
 * `inputWarnings` (batch's own codes, such as `INVALID_UTF8`) follow the summary's warnings.
 */
export function formatSummary(key: RecordKey, summary: Summary, inputWarnings: readonly BatchWarningCode[] = []): FormattedRecord {
  const warnings: BatchWarningCode[] = [...summary.warnings.map((w) => w.code), ...inputWarnings];
  const json = stringifyLine(key, {
    ...keyFields(key),
    summary: summary.sentences.map((s) => s.text).join('\n'),
    sentences: summary.sentences.map((s) => ({ index: s.index, start: s.start, end: s.end, score: s.score })),
    stats: summary.stats,
    warnings,
  });
  return { json, warnings };
}

/** The output line of a record that could not be summarized: `{ id?, line?, error: { code, message } }`. */
export function formatError(key: RecordKey, error: RecordError): string {
  return stringifyLine(key, { ...keyFields(key), error: { code: error.code, message: error.message } });
}
