import { PrecisTypeError, describe, isPrecisError } from '../../errors';
import type { WinkNlp } from './nlp';

/** The `its` helpers precis reads from a wink instance. */
const ITS = ['value', 'normal', 'precedingSpaces', 'stopWordFlag', 'stem', 'type', 'span'] as const;
/** A text of words every English wink model knows, and what precis must read back from it. */
const PROBE = 'The dog ran home. It slept.';
const VALUES = ['The', 'dog', 'ran', 'home', '.', 'It', 'slept', '.'];
const SPANS = [[0, 4], [5, 7]];

/** Instances that passed the check (checked once each). */
const checked = new WeakSet<object>();

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Checks that `value` works as a wink-nlp instance of an English model with sentence boundaries
 * (`winkNLP(model)`): precis reads a two-sentence probe with it, once per instance, and checks
 * the tokens, spaces, normal forms, stopword flags, stems, types and sentence spans it reads back.
 * An object that merely has a `readDoc` and an `its` fails here, with a `PrecisTypeError` of code
 * `ERR_INVALID_NLP`, not later with an untyped error. (A getter that throws propagates as it is,
 * for `resolveOptions` to report.)
 */
export function checkNlp(value: unknown): WinkNlp {
  if (typeof value === 'object' && value !== null && checked.has(value)) return value as WinkNlp;
  const invalid = (what: string, cause?: unknown): PrecisTypeError =>
    new PrecisTypeError(
      'ERR_INVALID_NLP',
      `Expected \`nlp\` to be a wink-nlp instance (winkNLP(model) with an English model and 'sbd' in its pipe), got ${describe(value)}: ${what}`,
      cause === undefined ? undefined : { cause },
    );
  const n = value as { readDoc?: unknown; its?: Record<string, unknown> } | null;
  if (typeof n !== 'object' || n === null) throw invalid('not an object');
  if (typeof n.readDoc !== 'function') throw invalid('`readDoc` is not a function');
  const its = n.its;
  if (typeof its !== 'object' || its === null) throw invalid('`its` is not an object');
  for (const name of ITS) if (typeof its[name] !== 'function') throw invalid(`\`its.${name}\` is not a function`);
  const nlp = value as WinkNlp;
  let problem: string | undefined;
  try {
    const doc = nlp.readDoc(PROBE);
    const tokens = doc.tokens();
    const values = tokens.out(nlp.its.value) as unknown;
    const lists = [nlp.its.precedingSpaces, nlp.its.normal, nlp.its.stopWordFlag, nlp.its.stem as never, nlp.its.type].map((f) => tokens.out(f as never) as unknown);
    const spans = doc.sentences().out(nlp.its.span) as unknown;
    if (JSON.stringify(values) !== JSON.stringify(VALUES)) problem = `it read ${JSON.stringify(PROBE)} as the tokens ${JSON.stringify(values)}`;
    else if (lists.some((list) => !Array.isArray(list) || list.length !== VALUES.length)) problem = `it read no token properties of ${JSON.stringify(PROBE)}`;
    else if (JSON.stringify(spans) !== JSON.stringify(SPANS)) problem = `it found the sentences ${JSON.stringify(spans)} in ${JSON.stringify(PROBE)}`;
  } catch (error) {
    throw invalid(`reading ${JSON.stringify(PROBE)} threw: ${reason(error)}`, error);
  }
  if (problem !== undefined) throw invalid(problem);
  checked.add(nlp);
  return nlp;
}

/**
 * Runs `body` with a caller's own wink instance: anything it throws that is not a precis error
 * becomes a `PrecisTypeError` of code `ERR_NLP_FAILED`, with the original as its `cause`.
 */
export function withCallerNlp<T>(body: () => T): T {
  try {
    return body();
  } catch (error) {
    if (isPrecisError(error)) throw error;
    throw new PrecisTypeError('ERR_NLP_FAILED', `The wink-nlp instance given as \`nlp\` failed while reading the text: ${reason(error)}`, { cause: error });
  }
}
