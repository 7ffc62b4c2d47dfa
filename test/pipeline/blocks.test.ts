import { splitBlocks } from '../../src/pipeline/blocks';

const spans = (text: string) => splitBlocks(text).blocks.map((b) => [text.slice(b.start, b.end), b.paragraph, b.lines]);

describe('splitBlocks', () => {
  it('splits paragraphs on blank lines and trims each block', () => {
    expect(spans('  First para.  \n\nSecond para.\n')).toEqual([
      ['First para.', 0, 1],
      ['Second para.', 1, 1],
    ]);
    expect(splitBlocks('a.\n\nb.').paragraphs).toBe(2);
  });

  it('treats \\r\\n, \\r and whitespace-only lines as line and paragraph breaks', () => {
    expect(spans('One.\r\n\r\nTwo.\r\rThree.\n \t\nFour.').map((b) => b[0])).toEqual(['One.', 'Two.', 'Three.', 'Four.']);
    expect(spans('One.\r\n\r\nTwo.\r\rThree.\n \t\nFour.').map((b) => b[1])).toEqual([0, 1, 2, 3]);
  });

  it('keeps lines that stand alone (headline, widget lines) as blocks of their own', () => {
    expect(spans('No time to read?\nGet a summary\nPrevious Article')).toEqual([
      ['No time to read?', 0, 1],
      ['Get a summary', 0, 1],
      ['Previous Article', 0, 1],
    ]);
  });

  it('joins a line that ends mid-sentence with the next (lower-case start, function word, comma)', () => {
    expect(spans('The plan was approved by\nthe council on Monday.').map((b) => b[2])).toEqual([2]);
    expect(spans('Intro.\n\nThe minister of\nFrance spoke.').map((b) => b[2])).toEqual([1, 2]);
    expect(spans('In Paris,\nLondon and Rome, prices rose.').map((b) => b[2])).toEqual([2]);
    expect(spans('Storm hits coast\nThousands lose power.').map((b) => b[2])).toEqual([1, 1]);
    expect(spans('Intro.\n\nThe vote was set for\nMonday.').map((b) => b[2])).toEqual([1, 2]);
  });

  it('does not join a headline that ends in a word such as "up" to the lead', () => {
    expect(spans('Intro.\n\nOil prices surge as supply fears flare up\nOil prices rose 5% on Monday.').map((b) => b[2])).toEqual([1, 1, 1]);
    expect(spans('Storm warning for the\ncoast tonight').map((b) => b[2])).toEqual([2]);
  });

  it('joins hard-wrapped paragraphs whatever the first letter of each line', () => {
    const text = 'Officials in the capital confirmed on Tuesday evening that\nParliament would sit again next week to debate the budget\nproposals. Opposition leaders said they would vote no.';
    expect(spans(text)).toEqual([[text, 0, 3]]);
  });

  it('never joins list items', () => {
    expect(spans('- First item of the list here\n- Second item of the list here\n- Third one').map((b) => b[0])).toEqual([
      '- First item of the list here',
      '- Second item of the list here',
      '- Third one',
    ]);
  });

  it('returns nothing for empty or blank text', () => {
    expect(splitBlocks('').blocks).toEqual([]);
    expect(splitBlocks(' \n\n\t').blocks).toEqual([]);
  });
});
