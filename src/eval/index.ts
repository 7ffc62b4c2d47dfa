/**
 * precis/eval: ROUGE as the official ROUGE-1.5.5 script computes it (`-m`, summary-level ROUGE-L),
 * for researchers who measure summaries.
 */
export { rouge, tokenize, stem, porterStem, type RougeInput, type RougeScore, type RougeScores } from './rouge';
