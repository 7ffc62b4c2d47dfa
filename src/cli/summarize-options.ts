import { readFileSync } from 'node:fs';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { IdfModel, isPrecisError, DEFAULT_MAX_INPUT_CHARS, DEFAULT_WEIGHTS, type ScoringWeights, type SummarizeOptions } from '../entries/internal';
import { reason } from '../io/errno';
import { CliError, EXIT } from './io';
import { fractionFlag, integerFlag, nonNegativeFlag } from './parsers';

const WEIGHT_NAMES = Object.keys(DEFAULT_WEIGHTS);

/** `--weights position=0.3,quote=0`: the weights to change, by name (repeated flags add up). */
function weightsFlag(value: string, previous: ScoringWeights = {}): ScoringWeights {
  const weights: Record<string, number> = { ...previous };
  for (const part of value.split(',')) {
    const [name = '', given, ...rest] = part.split('=');
    if (given === undefined || rest.length > 0 || !WEIGHT_NAMES.includes(name.trim())) {
      throw new InvalidArgumentError(`--weights takes name=value pairs separated by commas, names among ${WEIGHT_NAMES.join(', ')}; got ${JSON.stringify(part)}.`);
    }
    weights[name.trim()] = nonNegativeFlag(`--weights ${name.trim()}`)(given.trim());
  }
  return weights;
}

/** `--stopwords-add a,b,c`: words separated by commas (or spaces). */
function wordList(flag: string) {
  return (value: string, previous: string[] = []): string[] => {
    const words = value.split(/[,\s]+/).filter((w) => w !== '');
    if (words.length === 0) throw new InvalidArgumentError(`${flag} takes words separated by commas, got ${JSON.stringify(value)}.`);
    return [...previous, ...words];
  };
}

/** Adds the summarize options every command shares (-k, --ratio, --max-words, ...). */
export function addSummarizeOptions(command: Command): Command {
  return command
    .addOption(new Option('-k, --sentences <k>', 'number of sentences (default 3)').argParser(integerFlag('-k/--sentences', 1)).conflicts('ratio'))
    .addOption(new Option('--ratio <r>', 'fraction of the candidate sentences, 0 < r <= 1').argParser(fractionFlag('--ratio')))
    .addOption(new Option('--max-words <n>', 'word budget of the summary').argParser(integerFlag('--max-words', 1)))
    .addOption(new Option('--max-chars <n>', 'character budget of the summary').argParser(integerFlag('--max-chars', 1)))
    .addOption(new Option('--order <order>', 'order of the sentences').choices(['document', 'score']))
    .addOption(new Option('--redundancy <t>', 'skip sentences at least this similar to a chosen one (1 = off)').argParser(fractionFlag('--redundancy')))
    .addOption(new Option('--min-sentence-words <n>', 'shorter sentences are not candidates (default 5)').argParser(integerFlag('--min-sentence-words', 0)))
    .addOption(new Option('--max-sentence-words <n>', 'longer sentences are not candidates (default 80)').argParser(integerFlag('--max-sentence-words', 1)))
    .addOption(new Option('--weights <name=value,...>', `scoring weights to change (${WEIGHT_NAMES.join(', ')})`).argParser(weightsFlag))
    .addOption(new Option('--stopwords-add <words>', 'more stopwords, separated by commas (repeatable)').argParser(wordList('--stopwords-add')))
    .addOption(new Option('--idf <file>', 'a corpus IDF model from `precis idf fit` (JSON)'))
    .addOption(new Option('--no-furniture', 'do not exclude page furniture'))
    .addOption(new Option('--language <tag>', "language of the text: a BCP 47 tag (fr, de, zh...) or auto (default auto: detected, English when unsure)"))
    .addOption(new Option('--engine <name>', 'how English is read: wink (wink-nlp and its model, default) or light (Intl.Segmenter, Snowball English, no model)').choices(['wink', 'light']))
    .addOption(
      new Option('--max-input-chars <n>', `longest text accepted, in characters, or Infinity (default ${DEFAULT_MAX_INPUT_CHARS})`).argParser((v) =>
        v === 'Infinity' ? Infinity : integerFlag('--max-input-chars', 1)(v),
      ),
    );
}

/** Reads `--idf FILE`: exit 2 when it cannot be read, 1 when it is not an IDF model. */
export function readIdf(file: string): IdfModel {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new CliError(`precis: --idf: cannot read ${file}: ${reason(error)}`, EXIT.unreadable);
  }
  try {
    return IdfModel.from(JSON.parse(text));
  } catch (error) {
    const why = isPrecisError(error) ? error.message : `invalid JSON (${(error as Error).message})`;
    throw new CliError(`precis: --idf ${file} is not an IDF model from \`precis idf fit\`: ${why}`, EXIT.usage);
  }
}

/** The SummarizeOptions a command line asked for (only what was given, so defaults stay the library's). */
export function summarizeOptionsFrom(flags: Record<string, unknown>): SummarizeOptions {
  const out: Record<string, unknown> = {};
  for (const key of ['sentences', 'ratio', 'maxWords', 'maxChars', 'order', 'redundancy', 'title', 'maxInputChars', 'minSentenceWords', 'maxSentenceWords', 'weights', 'language', 'engine'] as const) {
    if (flags[key] !== undefined) out[key] = flags[key];
  }
  if (flags.furniture === false) out.furniture = false;
  if (flags.stopwordsAdd !== undefined) out.stopwords = { add: flags.stopwordsAdd };
  if (typeof flags.idf === 'string') out.idf = readIdf(flags.idf);
  return out as SummarizeOptions;
}

/** The command-line flag of each library option, for messages. */
const FLAGS: Readonly<Record<string, string>> = {
  sentences: '-k/--sentences',
  ratio: '--ratio',
  maxWords: '--max-words',
  maxChars: '--max-chars',
  order: '--order',
  redundancy: '--redundancy',
  title: '--title',
  furniture: '--no-furniture',
  minSentenceWords: '--min-sentence-words',
  maxSentenceWords: '--max-sentence-words',
  weights: '--weights',
  stopwords: '--stopwords-add',
  idf: '--idf',
  maxInputChars: '--max-input-chars',
  engine: '--engine',
};

/**
 * A library message in the words of the command line: the options it names become the flags the
 * user typed (``Expected `minSentenceWords` ...`` becomes ``Expected `--min-sentence-words` ...``).
 *
 * @example
 * inFlagTerms('`maxSentenceWords` must be at least `minSentenceWords`'); // '`--max-sentence-words` must be at least `--min-sentence-words`'
 */
export function inFlagTerms(message: string): string {
  return message
    .replace(/`(\w+)(?:\.(\w+))?`/g, (whole, name: string, sub: string | undefined) => {
      const flag = FLAGS[name];
      if (flag === undefined) return whole;
      return sub === undefined ? `\`${flag}\`` : `\`${flag} ${sub}\``;
    })
    .replace(/\boption (`-)/g, '$1');
}
