import { inputWarnings } from './input-checks';
import type { SummaryWarning } from '../types';

/**
 * Mean words per sentence from which a text's segmentation looks wrong: news prose averages 20
 * to 25 words a sentence (the development set: 24), so a mean of 45 means the splitter missed
 * boundaries (a text without punctuation, a list run together, a language it does not know).
 */
export const SUSPECT_MEAN_WORDS = 45;

/** Share of the words in over-long sentences from which the segmentation looks wrong. */
export const SUSPECT_TOO_LONG_SHARE = 1 / 3;

/** What the stages report about one summary, from which every warning is built. */
export interface SummaryReasons {
  /** The input, for the checks on the text itself (script, markup). */
  readonly text: string;
  /** Sentences asked for (`Infinity` when only a budget sets the length). */
  readonly asked: number;
  /** Sentences of prose (candidates or not). */
  readonly sentences: number;
  /** Words in those sentences. */
  readonly words: number;
  /** Sentences longer than `maxSentenceWords` even after cutting at secondary boundaries. */
  readonly tooLong: number;
  /** Words in those sentences. */
  readonly tooLongWords: number;
  readonly maxSentenceWords: number;
  readonly candidates: number;
  readonly chosen: number;
  /** Candidates passed over because they repeat a chosen sentence word for word. */
  readonly repeats: number;
  /** Candidates passed over because they did not fit a budget. */
  readonly overflows: number;
  /** The best sentence alone overran the budget and was returned anyway. */
  readonly overBudget: { readonly budget: string; readonly words: number; readonly chars: number } | undefined;
}

/** Every warning of a summary, in a fixed order, from the reasons the stages returned. */
export function summaryWarnings(r: SummaryReasons): SummaryWarning[] {
  const warnings: SummaryWarning[] = [];
  if (r.candidates === 0) {
    warnings.push({
      code: 'NO_CANDIDATES',
      message: `No sentence can be selected: the text has ${r.sentences} sentence(s) of prose, none of them a candidate (too short, too long or furniture).`,
    });
  } else if (Number.isFinite(r.asked) && r.candidates < r.asked) {
    warnings.push({
      code: 'FEWER_CANDIDATES',
      message: `Asked for ${r.asked} sentences but the text has only ${r.candidates} candidate sentence(s); returning ${r.chosen}.`,
    });
  } else if (r.repeats > 0 && r.overflows === 0 && Number.isFinite(r.asked) && r.chosen < r.asked) {
    // Only when the repeats alone left the summary short: a budget that stops it is not a warning.
    warnings.push({
      code: 'REPEATED_SENTENCES',
      message: `Asked for ${r.asked} sentences; returning ${r.chosen}: ${r.repeats} other candidate(s) repeat a chosen sentence word for word.`,
    });
  }
  if (r.overBudget !== undefined) {
    warnings.push({
      code: 'BUDGET_EXCEEDED',
      message: `No sentence fits the budget (${r.overBudget.budget}); returning the best sentence alone (${r.overBudget.words} words, ${r.overBudget.chars} characters).`,
    });
  }
  const mean = r.sentences === 0 ? 0 : r.words / r.sentences;
  // One over-long sentence (a list run together) is news; a third of the text in them, or a
  // summary they left short, is a segmentation that failed.
  const tooLongMatters = r.tooLong > 0 && (r.tooLongWords >= SUSPECT_TOO_LONG_SHARE * r.words || r.chosen < r.asked);
  if (r.sentences > 0 && (mean >= SUSPECT_MEAN_WORDS || tooLongMatters)) {
    warnings.push({
      code: 'SEGMENTATION_SUSPECT',
      message: `The sentences found average ${mean.toFixed(1)} words${r.tooLong > 0 ? ` and ${r.tooLong} of them run over ${r.maxSentenceWords} words (not candidates)` : ''}: sentence boundaries were probably missed, so the summary may be poor.`,
    });
  }
  warnings.push(...inputWarnings(r.text));
  return warnings;
}
