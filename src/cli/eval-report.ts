import type { BootstrapInterval, Comparison, Evaluation, RougeScores, SummaryHealth } from '../entries/eval';

/** One system's corpus figures in an eval report (ROUGE as fractions 0..1). */
export interface SystemFigures extends RougeScores {
  readonly name: string;
  readonly meanWords: number;
  readonly msPerDoc: number;
  /** Empty and short summaries, mean and longest sentence in words. */
  readonly health: SummaryHealth;
}

/** A malformed line of the data file. */
export interface MalformedRecord {
  readonly line: number;
  readonly error: string;
}

/** A paired comparison of two systems in the report. */
export type NamedComparison = Comparison & { readonly system: string; readonly baseline: string };

/** What `precis eval --json` prints. */
export interface EvalReport {
  /** The data file as given on the command line. */
  readonly data: string;
  /** Records evaluated. */
  readonly documents: number;
  /** Mean words of the reference summaries. */
  readonly referenceWords: number;
  readonly malformed: { readonly count: number; readonly records: readonly MalformedRecord[] };
  /** The summarize options given on the command line (library defaults for the rest). */
  readonly options: Record<string, unknown>;
  /** Sentences per summary for the baselines: k, or `{ ratio }`. */
  readonly baselineLength: number | { readonly ratio: number };
  /** The ROUGE used: `ROUGE-1.5.5`, or `unicode (<language>)` (see `rougeUnicode`). */
  readonly rouge?: string;
  /** The k that `health.short` counts against, when k sentences were asked without a budget. */
  readonly sentences?: number;
  readonly systems: readonly SystemFigures[];
  /** `precis − baseline` on F1, paired by document, with bootstrap confidence intervals. */
  readonly comparisons: readonly NamedComparison[];
  /** Systems with more than {@link EMPTY_WARNING_SHARE} of their summaries empty. */
  readonly warnings: readonly string[];
}

/** A system with more empty summaries than this share of the documents is reported loudly. */
export const EMPTY_WARNING_SHARE = 0.01;

/** The corpus figures of a named evaluation. */
export function figures(name: string, evaluation: Evaluation): SystemFigures {
  return { name, ...evaluation.mean, meanWords: evaluation.meanWords, msPerDoc: evaluation.meanMs, health: evaluation.health };
}

const percent = (part: number, whole: number): string => `${((100 * part) / whole).toFixed(1)}%`;

/** One warning per system whose empty summaries exceed {@link EMPTY_WARNING_SHARE} of the documents. */
export function healthWarnings(systems: readonly SystemFigures[], documents: number): string[] {
  return systems
    .filter((s) => s.health.empty > EMPTY_WARNING_SHARE * documents)
    .map(
      (s) =>
        `${s.name} gave an empty summary for ${s.health.empty} of ${documents} documents (${percent(s.health.empty, documents)}): ` +
        'its sentence splitting or filtering fails on this data, and its ROUGE counts those documents as 0',
    );
}

const points = (x: number): string => (x * 100).toFixed(2);
const signed = (x: number): string => `${x >= 0 ? '+' : '-'}${Math.abs(x * 100).toFixed(2)}`;

/** Lays out rows as a Markdown table with aligned columns (readable in a terminal as it is). */
export function table(header: readonly string[], rows: readonly (readonly string[])[], alignLeft = 1): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const cell = (text: string, c: number): string => (c < alignLeft ? text.padEnd(widths[c] as number) : text.padStart(widths[c] as number));
  const line = (cells: readonly string[]): string => `| ${cells.map(cell).join(' | ')} |`;
  const rule = `|${widths.map((w, c) => (c < alignLeft ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

/**
 * The systems table: `system | R-1 | R-2 | R-L | words | empty | short | sentence words | longest |
 * ms/doc`, F1 × 100. `short` is `-` when no fixed k was asked.
 */
export function systemsTable(systems: readonly SystemFigures[], sentences: number | undefined): string {
  return table(
    ['system', 'R-1', 'R-2', 'R-L', 'words', 'empty', 'short', 'sentence words', 'longest', 'ms/doc'],
    systems.map((s) => [
      s.name,
      points(s.rouge1.f),
      points(s.rouge2.f),
      points(s.rougeL.f),
      s.meanWords.toFixed(1),
      String(s.health.empty),
      sentences === undefined ? '-' : String(s.health.short),
      s.health.meanSentenceWords.toFixed(1),
      String(s.health.maxSentenceWords),
      s.msPerDoc.toFixed(2),
    ]),
  );
}

function interval(i: BootstrapInterval): string[] {
  return [signed(i.difference), `[${signed(i.low)}, ${signed(i.high)}]`];
}

/** The paired differences table: `measure | difference | 95% CI`, F1 × 100. */
export function comparisonTable(c: Comparison): string {
  const ci = `${+(c.confidence * 100).toFixed(1)}% CI`;
  return table(
    ['', 'difference', ci],
    [['R-1', ...interval(c.rouge1)], ['R-2', ...interval(c.rouge2)], ['R-L', ...interval(c.rougeL)]],
  );
}

/** A sentence that reads the comparison: which measures differ significantly, and which way. */
export function comparisonVerdict(c: NamedComparison): string {
  const parts = (['rouge1', 'rouge2', 'rougeL'] as const).map((m, i) => {
    const name = ['R-1', 'R-2', 'R-L'][i] as string;
    const x = c[m];
    if (x.low > 0) return `${name} higher`;
    if (x.high < 0) return `${name} lower`;
    return `${name} not significantly different`;
  });
  return `${c.system} vs ${c.baseline}: ${parts.join(', ')} (interval excludes 0 = significant at this level).`;
}

/** Malformed line numbers listed in the text report; stderr has them all. */
const MAX_LISTED = 10;

/** The plain-text report `precis eval` prints. */
export function formatReport(report: EvalReport): string {
  const length = typeof report.baselineLength === 'number' ? `${report.baselineLength} sentences` : `ratio ${report.baselineLength.ratio}`;
  const lines = [
    `precis eval: ${report.documents} document${report.documents === 1 ? '' : 's'} from ${report.data} (baselines: ${length}; references ${report.referenceWords.toFixed(1)} words on average)`,
    '',
    systemsTable(report.systems, report.sentences),
    '',
  ];
  for (const c of report.comparisons) {
    lines.push(`${c.system} − ${c.baseline}, paired bootstrap (${c.resamples} resamples, seed ${c.seed}), F1 × 100:`, '', comparisonTable(c), '', comparisonVerdict(c), '');
  }
  lines.push(
    report.rouge !== undefined && report.rouge !== 'ROUGE-1.5.5'
      ? `ROUGE F1 × 100 on Unicode words (${report.rouge}: Intl.Segmenter words, Snowball stems, characters for zh/ja/th; ROUGE-1.5.5 counting), plain means over documents.`
      : 'ROUGE F1 × 100 with ROUGE-1.5.5 rules (-m, summary-level ROUGE-L), plain means over documents.',
    `lead/random: the plain splitter (precis/eval plainSentences); "filtered": precis's candidate sentences. words: mean words of a summary;` +
      ` empty: summaries without a sentence; short: fewer sentences than asked; sentence words, longest: mean and longest summary sentence.`,
  );
  for (const warning of report.warnings) lines.push(`WARNING: ${warning}`);
  const { count, records } = report.malformed;
  if (count > 0) {
    const shown = records.slice(0, MAX_LISTED).map((m) => m.line).join(', ');
    const more = count > MAX_LISTED ? `, … (see stderr)` : '';
    lines.push(`${count} malformed record${count === 1 ? '' : 's'} skipped (line${count === 1 ? '' : 's'} ${shown}${more})`);
  }
  return `${lines.join('\n')}\n`;
}
