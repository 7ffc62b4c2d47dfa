import { classifyLine, classifySentence, datelineLength, headerLength, LINE_RULES, lineKey, longLineKey, type LineContext } from '../../src/pipeline/furniture';
import { segment } from '../../src/entries/index';

const base: LineContext = {
  block: 5,
  beforeProse: false,
  previousRule: undefined,
  previousText: '',
  occurrences: 1,
  words: 0,
  titleSeen: true,
  title: undefined,
};
const words = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
const line = (text: string, context: Partial<LineContext> = {}) => classifyLine(text, { ...base, words: words(text), ...context });

describe('line rules', () => {
  it.each([
    ['navigation', 'Previous Article'],
    ['navigation', 'Next Story'],
    ['navigation', 'No time to read?'],
    ['navigation', 'Get a summary'],
    ['navigation', 'Read more'],
    ['navigation', 'Share this article'],
    ['navigation', 'Advertisement'],
    ['navigation', 'Sign up for our newsletter'],
    ['navigation', 'Follow us on Twitter'],
    ['navigation', 'Comments (14)'],
    ['navigation', 'Skip to content'],
    ['navigation', 'Most Read'],
    ['legal', '© 2024 Example Media Ltd. All rights reserved.'],
    ['legal', 'We use cookies to improve your experience. By continuing you accept our cookie policy.'],
    ['byline', 'By Jane Smith'],
    ['byline', 'By . Daniel Hart . PUBLISHED: . 12:59 EST, 15 July 2019 .'],
    ['byline', 'Reporting by Jane Smith; Editing by Tom Jones'],
    ['byline', 'Jane Smith, CNN'],
    ['editor-note', "Editor's note: This story contains graphic images."],
    ['timestamp', 'Updated 10:32 GMT, 12 March 2024'],
    ['timestamp', 'Published: 3 May 2023'],
    ['timestamp', 'Mon 12 Mar 2024 10.32 GMT'],
    ['caption', 'Photo: Jane Smith/Reuters'],
    ['caption', 'Cranes stand idle at the port, March 11, 2024. REUTERS/Jane Doe'],
    ['caption', 'Protesters gather outside parliament (Getty Images)'],
    ['caption', 'The aircraft (pictured) flew 200 survey lines'],
    ['section-label', 'WORLD NEWS'],
    ['section-label', 'Politics | Europe'],
    ['no-terminal-punctuation', 'Transparent skirts lead spring fashion'],
  ])('%s: %s', (rule, text) => {
    expect(line(text)).toBe(rule);
  });

  it('does not take a full sentence after "Read more" for a teaser', () => {
    const after = { previousRule: 'navigation' as const, previousText: 'read more' };
    expect(line('Residents said the water rose faster than in 2020, when Storm Dennis flooded hundreds of homes.', after)).toBeUndefined();
    expect(line('Storm Dennis: two years on, what has changed?', { previousRule: 'navigation', previousText: 'more on this story' })).toBe('teaser');
  });

  it('marks the headline after a pointer line, and the run of headlines after it, as teasers', () => {
    expect(line('Why the sky is blue.', { previousRule: 'navigation', previousText: 'next article' })).toBe('teaser');
    expect(line('The town that banned cars', { previousRule: 'teaser' })).toBe('teaser');
    expect(line('A real sentence of prose follows here.', { previousRule: 'teaser' })).toBeUndefined();
  });

  it('marks repeated short lines, but not a repeated line counted once', () => {
    expect(line('Click to see the offer today.', { occurrences: 2 })).toBe('repeated');
    expect(line('Click to see the offer today.', { occurrences: 1 })).toBeUndefined();
  });

  it('leaves article prose alone', () => {
    for (const text of [
      'The minister said the talks would resume next week.',
      'By the end of the year, prices had doubled.',
      'Share prices fell sharply on Tuesday after the announcement.',
      '"We will not give up," she said.',
      'Follow-up tests showed no sign of the virus.',
      'Published in 1962, the novel sold two million copies in its first year.',
      'Updated guidance from the health ministry says masks are no longer required.',
      'Posted to social media on Monday, the video has been viewed a million times.',
      'Biden leads Trump by four points among registered voters, according to a Reuters/Ipsos poll.',
      'Earlier, CNN reported that the talks had stalled over funding.',
      'Copyright lawsuits against AI companies have multiplied this year.',
      'Terms and conditions of the loan were not disclosed.',
      'The bakery sells cookies to local schools and has a policy of using only organic flour.',
      'Register to vote by October 15 at your county election office or online.',
      'The storm hit the coast overnight, officials said. Power was restored by noon on Tuesday',
    ]) {
      expect(line(text)).toBeUndefined();
    }
  });

  it('takes a first line that asks for the headline, but not a paragraph that opens with a question', () => {
    const first = { beforeProse: true, titleSeen: false, block: 0 };
    expect(line('Is the housing market about to crash?', first)).toBe('title');
    expect(line('What if you could change history? Would you go back and stop the war?', first)).toBeUndefined();
    expect(line('Is the housing market about to crash?', { ...first, block: 1 })).toBeUndefined();
  });

  it('detects the title: the first headline-like line before prose, unless turned off or given', () => {
    const first = { beforeProse: true, titleSeen: false, block: 0 };
    expect(line('Storm hits the coast overnight', first)).toBe('title');
    expect(line('Storm hits the coast overnight', { ...first, title: false })).toBe('no-terminal-punctuation');
    expect(line('Storm hits the coast overnight', { ...first, titleSeen: true })).toBe('no-terminal-punctuation');
    expect(line('Storm', first)).toBe('no-terminal-punctuation');
    expect(line('A given headline.', { title: 'a given headline.' })).toBe('title');
  });

  it('names every rule once', () => {
    const names = LINE_RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('datelines', () => {
  it.each([
    ['Seoul (CNN) -- South Korea said.', 'Seoul (CNN) -- '],
    ['(CNN) -- Swedish prosecutors asked.', '(CNN) -- '],
    ['LONDON (Reuters) - Inflation rose.', 'LONDON (Reuters) - '],
    ['Kabul, Afghanistan (CNN) -- A man opened fire.', 'Kabul, Afghanistan (CNN) -- '],
    ['(EW.com) -- Stephen King said.', '(EW.com) -- '],
    ['(CNN)The storm hit.', '(CNN)'],
    ['WASHINGTON — The Senate voted.', 'WASHINGTON — '],
    ['Munich Germany (CNN) -- -- I am here.', 'Munich Germany (CNN) -- -- '],
    ['LONDON, Nov 30 (Reuters) - British inflation fell.', 'LONDON, Nov 30 (Reuters) - '],
    ['WASHINGTON, March 3, 2024 (AP) — The Senate voted.', 'WASHINGTON, March 3, 2024 (AP) — '],
    ['MADRID, 30 Nov. (EFE).- El Gobierno aprobó el presupuesto.', 'MADRID, 30 Nov. (EFE).- '],
    ['MOSCOU, 30 novembre (AFP) - La Russie a annoncé.', 'MOSCOU, 30 novembre (AFP) - '],
    ['ROMA (ANSA) - Il governo ha approvato la legge.', 'ROMA (ANSA) - '],
    ['SEOUL, Nov. 30 (Yonhap) -- South Korea said.', 'SEOUL, Nov. 30 (Yonhap) -- '],
    ['JAKARTA, KOMPAS.com - Presiden Joko Widodo mengatakan.', 'JAKARTA, KOMPAS.com - '],
    ['NEW DELHI: The government said on Monday.', 'NEW DELHI: '],
    ['Hà Nội (TTXVN) - Sáng 30/11, Quốc hội đã thông qua.', 'Hà Nội (TTXVN) - '],
  ])('%s', (sentence, dateline) => {
    expect(sentence.slice(0, datelineLength(sentence))).toBe(dateline);
  });

  it('does not cut ordinary openings', () => {
    for (const s of [
      'The company (AAPL) rose 3%.',
      'President Obama said on Monday.',
      'In 2010 (a year of crisis) it failed.',
      'NATO said it would act.',
      "Sen. Joe Manchin (D-W.Va.) — the chamber's most conservative Democrat — said on Sunday he would vote no.",
      'I — like most people — was surprised.',
      'NATO — which has 32 members — met in Brussels.',
      'Harrisburg (PA) officials said the road was closed.',
      'NATO - the alliance - met in Brussels.',
      'The AP said on Monday.',
      'BREAKING NEWS about the storm came late.',
    ]) {
      expect(datelineLength(s)).toBe(0);
    }
  });

  it('cuts a capitals-and-dash dateline only at the start of the story', () => {
    expect(datelineLength('WASHINGTON — The Senate voted.', false)).toBe(0);
    expect(datelineLength('(CNN) -- The Senate voted.', false)).toBe(9);
  });

  it('reads one word and a colon or dash as the place in scripts without capitals, at the story\'s start', () => {
    expect(datelineLength('சென்னை: சென்னை மற்றும் சுற்றுவட்டார பகுதிகளில் கனமழை பெய்தது.')).toBe('சென்னை: '.length);
    expect(datelineLength('القاهرة - أعلنت الحكومة المصرية اليوم عن خطة جديدة.')).toBe('القاهرة - '.length);
    expect(datelineLength('मुंबई: महाराष्ट्र सरकार ने आज घोषणा की।')).toBe('मुंबई: '.length);
    // Two words and a colon are a reporting clause (the minister said:); later sentences keep theirs.
    expect(datelineLength('قال الوزير: إن الحكومة ستعلن القرار.')).toBe(0);
    expect(datelineLength('சென்னை: சென்னை மற்றும் சுற்றுவட்டார பகுதிகளில் கனமழை பெய்தது.', false)).toBe(0);
    // Chinese, Japanese and Korean datelines are their packs' shapes.
    expect(datelineLength('北京：今天天气很好。')).toBe(0);
  });

  it('reads capitals and a dash as a place only before a story in lower case', () => {
    expect(datelineLength('THE HAGUE — The court ruled on Monday.')).toBe('THE HAGUE — '.length);
    expect(datelineLength('THE PRESIDENT — WHO HAD BEEN IN OFFICE FOR SIX WEEKS — RESIGNED ON TUESDAY.')).toBe(0);
    // An agency names a dateline whatever the case.
    expect(datelineLength('WASHINGTON (AP) — THE SENATE PASSED THE BILL.')).toBe('WASHINGTON (AP) — '.length);
  });
});

describe('tabloid headers run into the story', () => {
  const header = 'By JANE DOE FOR MAILONLINE PUBLISHED: 12:01 EST, 3 May 2014 | UPDATED: 14:22 EST, 3 May 2014 ';
  const lead = 'A mother-of-two who bought a scratchcard on her way to work has won a million pounds, she said yesterday.';

  it('cuts the byline and stamps off the first sentence, which stays a candidate', () => {
    const segments = segment(`Mother-of-two wins a million on a scratchcard\n\n${header}${lead}\n\nShe plans to pay off her mortgage and take her children away.`);
    expect(segments.map((s) => [s.kind, s.rule ?? null, s.text])).toEqual([
      ['title', null, 'Mother-of-two wins a million on a scratchcard'],
      ['furniture', 'byline', header.trim()],
      ['sentence', null, lead],
      ['sentence', null, 'She plans to pay off her mortgage and take her children away.'],
    ]);
  });

  it('keeps offsets exact with the header cut off a page glued without line breaks, quotations at its seams', () => {
    const text = `${header}${lead}"I still can't believe it," she said.“We will go to Spain.”Her husband said: "It's life-changing."The couple have two children.`;
    const segments = segment(text);
    for (const s of segments) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(segments.map((s) => [s.kind, s.rule ?? null, s.text])).toEqual([
      ['furniture', 'byline', header.trim()],
      ['sentence', null, lead],
      ['sentence', null, '"I still can\'t believe it," she said.'],
      ['sentence', null, '“We will go to Spain.”'],
      ['sentence', null, 'Her husband said: "It\'s life-changing."'],
      ['sentence', null, 'The couple have two children.'],
    ]);
  });

  it('needs a date, a time and a story after them', () => {
    expect(line(header.trim())).toBe('byline'); // the header alone is still a line of furniture
    expect(line('PUBLISHED: 12:01 EST, 3 May 2014 | UPDATED: 14:22 EST, 3 May 2014')).toBe('timestamp');
    expect(headerLength(`${header}${lead}`)).toBe(header.length);
    expect(headerLength(`By Jane Doe Published: the council's plan ${lead}`)).toBe(0);
    expect(headerLength(`${header}and then the rest of it, in lower case.`)).toBe(0);
    expect(headerLength(header)).toBe(0);
  });
});

describe('calls to the reader that open with any word', () => {
  it.each([
    'Email us at news@example.com.',
    'You can contact the reporter at jane@example.com.',
    'Listen to the full episode on Apple Podcasts or Spotify.',
    'Support our journalism by becoming a member today.',
    'If you or someone you know is struggling, call the Samaritans on 116 123.',
    'To get the latest news straight to your inbox, sign up to our newsletter.',
    'Stay up to date with all the latest news by following us on Facebook.',
    'Subscribe now for unlimited access.',
    'Join our WhatsApp channel for breaking news.',
    'Share your story with us by sending an e-mail to realstories@example.com , and you could be profiled in an upcoming segment.',
    'Follow our Instagram account for more pictures from the festival.',
  ])('%s', (text) => {
    expect(classifySentence(text, words(text))).toBe('promo');
  });

  it.each([
    'The officer was told to follow us to the station, the driver said.',
    'Readers were asked to email the council with their views.',
    'The suspect sent messages from jdoe@example.com to the victim over several months.',
    'The president said on Twitter that the talks had failed.',
    'Listen to the people, the mayor urged councillors.',
    'If you look at the figures, the economy is slowing, the minister said.',
    'Subscriptions to the service rose by a third last year.',
    'She told us she would support the bill when it came to a vote.',
    'Supporters of the plan say it will fund our schools for a decade.',
    // From the development set: the reader is addressed only inside a quotation, or a source speaks of its own page.
    'In its statement announcing the CEO\'s death, Apple provided an email address -- rememberingsteve@apple.com -- for people wishing to "share your thoughts, memories, and condolences."',
    '"If you look at our foundation and our Facebook page, there\'s discussion constantly among thousands of people, but it just isn\'t sexy for the media."',
    "If it's a flattering picture, we save it for our Facebook page or give it to our partner.",
  ])('leaves news alone: %s', (text) => {
    expect(classifySentence(text, words(text))).toBeUndefined();
  });

  it('takes "Terms and conditions apply." for a legal line', () => {
    expect(line('Terms and conditions apply.')).toBe('legal');
  });
});

describe('captions closed by a photo credit', () => {
  it('takes the whole caption, not only its credit', () => {
    expect(line('Pupils at a primary school in London. The new report cards will grade schools on several areas. Photograph: Jane Doe/PA')).toBe('caption');
    expect(line('Rescue teams searched the rubble on Sunday. Image: Getty Images')).toBe('caption');
    // A paragraph that mentions a photograph is prose.
    expect(line('The photograph was taken in 1945. It shows soldiers raising a flag: the image became famous.')).toBeUndefined();
  });
});

describe('calls to subscribe, however long their pitch', () => {
  it.each([
    "Sign up for our morning newsletter to get the day's top stories delivered straight to your inbox.",
    'Subscribe to our weekly briefing for the best of our politics coverage, analysis and opinion, in your inbox every Friday morning.',
    'Want the biggest stories of the day delivered to your inbox every morning?',
  ])('%s', (text) => {
    expect(classifySentence(text, words(text))).toBe('promo');
  });

  it.each([
    'Subscribers to the newsletter rose by a tenth last year, the company said.',
    'Sign-up sheets for the newsletter were handed out to volunteers, the organiser said.',
    'Register offices in the city will close on Friday for the bank holiday.',
  ])('leaves news alone: %s', (text) => {
    expect(classifySentence(text, words(text))).toBeUndefined();
  });
});

describe('sentence rules', () => {
  it('finds bylines, stamps and captions that ran into the prose', () => {
    expect(classifySentence('By Jane Smith.', 3)).toBe('byline');
    expect(classifySentence('PUBLISHED: 12:59 EST, 15 July 2019.', 6)).toBe('timestamp');
    expect(classifySentence('Tragic: John Smith (pictured) died at the scene', 9)).toBe('caption');
    expect(classifySentence('John Smith died at the scene on Friday.', 8)).toBeUndefined();
    expect(classifySentence("CNN's Jane Doe and John Roe contributed to this report.", 10)).toBe('byline');
    expect(classifySentence('The Associated Press contributed reporting.', 5)).toBe('byline');
    expect(classifySentence('Her research contributed to the report on climate policy published in May.', 12)).toBeUndefined();
    expect(classifySentence("Editor's note: Jane Doe is a professor of history at Yale.", 11)).toBe('editor-note');
  });
});

describe('bylines are not sentences that open with "By"', () => {
  it.each(['By Christmas, prices had doubled.', 'By Monday the water had receded.', 'By 2030, half of all cars will be electric.'])('%s', (text) => {
    expect(line(text)).toBeUndefined();
    expect(classifySentence(text, words(text))).toBeUndefined();
  });
});

describe('datelines in the pipeline', () => {
  it('cuts a dateline that opens a paragraph near the top, after an editor\'s note', () => {
    const text = "Editor's note: Jane Doe teaches history at a university in Ohio.\n\n(CNN) -- In their latest statement, the rebels said they would hold talks. Officials agreed.";
    const segments = segment(text);
    expect(segments.map((s) => [s.kind, s.rule ?? null, s.text])).toEqual([
      ['furniture', 'editor-note', "Editor's note: Jane Doe teaches history at a university in Ohio."],
      ['furniture', 'dateline', '(CNN) --'],
      ['sentence', null, 'In their latest statement, the rebels said they would hold talks.'],
      ['sentence', 'too-short', 'Officials agreed.'],
    ]);
  });

  it('keeps a caption that lost its line break furniture when a dateline opens it', () => {
    const story = 'Police at the scene in Glasgow Another independent food bank organisation warned of rising demand this winter. The charity said more families were struggling than ever.';
    const caption = (text: string): Array<[string, string | null]> =>
      segment(text).filter((s) => s.text.startsWith('Police')).map((s) => [s.kind, s.rule ?? null]);
    expect(caption(story)).toEqual([['furniture', 'no-terminal-punctuation']]);
    expect(caption(`WASHINGTON (CNN) -- ${story}`)).toEqual([['furniture', 'no-terminal-punctuation']]);
  });

  it('leaves a parenthesis in a later paragraph alone', () => {
    const late = ['One.', 'Two.', 'Three.', 'Four.', 'Five.', 'Six.'].map((w) => `Paragraph ${w} has enough words in it.`).join('\n\n');
    const text = `${late}\n\nLONDON (Reuters) -- quoted in a later paragraph stays.`;
    expect(segment(text).some((s) => s.rule === 'dateline')).toBe(false);
  });
});

describe('repeated long paragraphs', () => {
  const long = Array.from({ length: 12 }, (_, i) => `The council debated clause ${i} of the budget at length before the vote on Monday night.`).join(' ');
  const other = 'Critics of the plan said the cuts would fall hardest on the poorest districts of the city.';

  it('drops the second copy of a paragraph over 1,000 characters, as for a short one', () => {
    expect(long.length).toBeGreaterThan(1_000);
    const text = [long, other, other.replace('Critics', 'Supporters'), long.replace(/ /g, '  ').toUpperCase()].join('\n\n');
    const segments = segment(text);
    const repeated = segments.filter((s) => s.kind === 'furniture' && s.rule === 'repeated');
    expect(repeated).toHaveLength(1);
    expect(repeated[0]?.start).toBe(text.lastIndexOf('\n\n') + 2); // the last block, the copy
  });

  it('keys long lines as lineKey compares them, without a copy', () => {
    const a = `  ${long}\t`;
    const b = long.replace(/ /g, ' \n ').toUpperCase();
    expect(lineKey(a)).toBe(lineKey(b));
    expect(longLineKey(a)).toBe(longLineKey(b));
    expect(longLineKey(long)).not.toBe(longLineKey(`${long}!`));
    expect(longLineKey(long)).not.toBe(longLineKey(long.replace('clause 3', 'clause 4')));
    expect(longLineKey(long)).not.toBe(lineKey(long));
  });
});
