import { Option, type Command } from 'commander';
import { fractionFlag, integerFlag } from './parsers';
import type { SummarizeOptions } from '../options';

/** Adds the summarize options every command shares (-k, --ratio, --max-words, ...). */
export function addSummarizeOptions(command: Command): Command {
  return command
    .addOption(new Option('-k, --sentences <k>', 'number of sentences (default 3)').argParser(integerFlag('-k/--sentences', 1)).conflicts('ratio'))
    .addOption(new Option('--ratio <r>', 'fraction of the candidate sentences, 0 < r <= 1').argParser(fractionFlag('--ratio')))
    .addOption(new Option('--max-words <n>', 'word budget of the summary').argParser(integerFlag('--max-words', 1)))
    .addOption(new Option('--max-chars <n>', 'character budget of the summary').argParser(integerFlag('--max-chars', 1)))
    .addOption(new Option('--order <order>', 'order of the sentences').choices(['document', 'score']))
    .addOption(new Option('--redundancy <t>', 'skip sentences at least this similar to a chosen one (1 = off)').argParser(fractionFlag('--redundancy')))
    .addOption(new Option('--no-furniture', 'do not exclude page furniture'))
    .addOption(
      new Option('--max-input-chars <n>', 'longest text accepted, in characters, or Infinity (default 10000000)').argParser((v) =>
        v === 'Infinity' ? Infinity : integerFlag('--max-input-chars', 1)(v),
      ),
    );
}

/** The SummarizeOptions a command line asked for (only what was given, so defaults stay the library's). */
export function summarizeOptionsFrom(flags: Record<string, unknown>): SummarizeOptions {
  const out: Record<string, unknown> = {};
  for (const key of ['sentences', 'ratio', 'maxWords', 'maxChars', 'order', 'redundancy', 'title', 'maxInputChars'] as const) {
    if (flags[key] !== undefined) out[key] = flags[key];
  }
  if (flags.furniture === false) out.furniture = false;
  return out as SummarizeOptions;
}
