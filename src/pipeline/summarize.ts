import { analyze, stopwordTest, type StopwordTest } from './terms';
import { PrecisRangeError, PrecisTypeError, describe } from '../errors';
import { IdfModel } from '../idf';
import type { Engine } from '../language/engine';
import { normalize } from './normalize';
import { targetCount, type ResolvedOptions } from '../options';
import { scoreSentences, type ScoredSentence } from './score/combine';
import { buildTermSpace, type SparseVector } from './score/vectors';
import { segmentText, type SegmentOptions } from './segment';
import { summaryWarnings } from './warnings';
import { select } from './select';
import type { Segment, Summary, SummarySentence } from '../types';

/** Throws unless `text` is a string. */
export function assertText(text: unknown, name = 'text'): asserts text is string {
  if (typeof text !== 'string') {
    throw new PrecisTypeError('ERR_INVALID_TEXT', `Expected \`${name}\` to be a string, got ${describe(text)}`);
  }
}

/** Throws `ERR_INPUT_TOO_LONG` when `text` is longer than the `maxInputChars` option allows. */
function assertLength(text: string, options: ResolvedOptions, name = 'text'): void {
  if (text.length > options.maxInputChars) {
    throw new PrecisRangeError(
      'ERR_INPUT_TOO_LONG',
      `\`${name}\` is ${text.length.toLocaleString('en-US')} characters long, over the limit of ${options.maxInputChars.toLocaleString('en-US')} (option \`maxInputChars\`; \`Infinity\` removes it)`,
    );
  }
}

/** The content terms of a free-standing text such as a title. */
function termsOfText(engine: Engine, text: string, isStop: StopwordTest): string[] {
  const { tokens } = engine.split(normalize(text), 0, text.length);
  return [...analyze(tokens, 0, tokens.value.length, isStop).terms];
}

/** What segmentation needs of the options. */
function segmentOptions(options: ResolvedOptions): SegmentOptions {
  return {
    furniture: options.furniture,
    title: options.title,
    minSentenceWords: options.minSentenceWords,
    maxSentenceWords: options.maxSentenceWords,
    isStop: stopwordTest(options.stopwords),
  };
}


/**
 * The whole pipeline, on a wink instance and resolved options: segment, filter, analyze, score,
 * select. Pure: no I/O, no global state, the same input gives the same output.
 */
export function summarizeText(engine: Engine, text: unknown, options: ResolvedOptions): Summary {
  assertText(text);
  assertLength(text, options);
  if (typeof options.title === 'string') assertLength(options.title, options, 'title');
  if (text.trim() === '') {
    return {
      text: '',
      sentences: [],
      stats: { paragraphs: 0, sentences: 0, candidates: 0, words: 0, selected: 0, summaryWords: 0 },
      warnings: [{ code: 'EMPTY_INPUT', message: 'The text is empty or only whitespace: nothing to summarize.' }],
      language: engine.language,
      ...(options.explain ? { segments: [] } : {}),
    };
  }
  const segmentation = segmentOptions(options);
  const isStop = segmentation.isStop;
  const seg = segmentText(engine, text, segmentation);
  const slots = seg.sentences.filter((s) => s.segment.candidate);
  const title = typeof options.title === 'string' ? options.title : seg.title;
  const titleTerms = new Set(title === undefined ? [] : termsOfText(engine, title, isStop));

  const space = buildTermSpace(slots.map((s) => s.terms), options.idf);
  const scored = scoreSentences(
    slots.map((s) => ({ text: s.segment.text, terms: s.terms, paragraphStart: s.paragraphStart, words: s.words, insideQuote: s.insideQuote })),
    space,
    titleTerms,
    options.weights,
  );
  // One record per candidate: its slot, its vector, its score and signals.
  const candidates = slots.map((slot, i) => ({ slot, vector: space.vectors[i] as SparseVector, ...(scored[i] as ScoredSentence) }));
  const count = targetCount(options, candidates.length);
  const { chosen, overBudget, repeats, overflows } = select(
    candidates.map((c) => ({ score: c.score, words: c.slot.words, chars: c.slot.segment.text.length, vector: c.vector, text: c.slot.segment.text })),
    { count, maxWords: options.maxWords, maxChars: options.maxChars, redundancy: options.redundancy, order: options.order },
  );
  const picked = chosen.map((i) => candidates[i] as (typeof candidates)[number]);

  const sentences: SummarySentence[] = picked.map(({ slot: { segment }, score, signals }) => {
    const out: SummarySentence = {
      text: segment.text,
      index: segment.index as number,
      paragraph: segment.paragraph,
      start: segment.start,
      end: segment.end,
      score,
    };
    return options.explain ? { ...out, signals } : out;
  });

  let words = 0;
  let tooLong = 0;
  let tooLongWords = 0;
  for (const s of seg.sentences) {
    words += s.words;
    if (s.segment.rule === 'too-long') {
      tooLong++;
      tooLongWords += s.words;
    }
  }
  let summaryWords = 0;
  for (const c of picked) summaryWords += c.slot.words;
  const warnings = summaryWarnings({
    text,
    asked: count,
    sentences: seg.sentences.length,
    words,
    tooLong,
    tooLongWords,
    maxSentenceWords: options.maxSentenceWords,
    candidates: slots.length,
    chosen: chosen.length,
    repeats,
    overflows,
    overBudget: overBudget
      ? {
        budget: [
          Number.isFinite(options.maxWords) ? `maxWords ${options.maxWords}` : '',
          Number.isFinite(options.maxChars) ? `maxChars ${options.maxChars}` : '',
        ].filter(Boolean).join(', '),
        words: (picked[0] as (typeof picked)[number]).slot.words,
        chars: (sentences[0] as SummarySentence).text.length,
      }
      : undefined,
  });

  return {
    text: sentences.map((s) => s.text).join(' '),
    sentences,
    stats: {
      paragraphs: seg.paragraphs,
      sentences: seg.sentences.length,
      candidates: slots.length,
      words,
      selected: sentences.length,
      summaryWords,
    },
    warnings,
    ...(title !== undefined ? { title } : {}),
    language: engine.language,
    ...(options.explain ? { segments: seg.segments } : {}),
  };
}

/** Every segment of `text` (see `segment()` in the public API). */
export function segmentAll(engine: Engine, text: unknown, options: ResolvedOptions): Segment[] {
  assertText(text);
  assertLength(text, options);
  return segmentText(engine, text, segmentOptions(options)).segments;
}

/**
 * Fits corpus IDF over `documents` with the same analysis as scoring (candidate sentences only).
 * `engineFor(doc)` gives the engine to read each document with.
 */
export function fitIdfOn(engineFor: (doc: string) => Engine, documents: Iterable<string>, options: ResolvedOptions): IdfModel {
  if (documents === null || typeof documents !== 'object' || !(Symbol.iterator in documents) || typeof documents === 'string') {
    throw new PrecisTypeError('ERR_INVALID_TEXT', `Expected \`documents\` to be an iterable of strings, got ${describe(documents)}`);
  }
  const segmentation = segmentOptions(options);
  const df = new Map<string, number>();
  let count = 0;
  for (const doc of documents as Iterable<unknown>) {
    assertText(doc, `documents[${count}]`);
    assertLength(doc, options, `documents[${count}]`);
    count++;
    const seen = new Set<string>();
    for (const slot of segmentText(engineFor(doc), doc, segmentation).sentences) {
      for (const term of slot.terms) seen.add(term);
    }
    for (const term of seen) df.set(term, (df.get(term) ?? 0) + 1);
  }
  return new IdfModel(count, df);
}
