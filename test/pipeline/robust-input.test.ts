import { readFileSync } from 'node:fs';
import path from 'node:path';

import { segment, summarize, type Segment } from '../../src/entries/index';
import { rouge } from '../../src/eval/rouge';
import { textShape } from '../../src/pipeline/shape';
import { seams } from '../../src/pipeline/glue';
import { ENGLISH_GLUE } from '../../src/language/packs/en-words';
import { sentencesOf } from '../support/helpers';

/**
 * Input shapes other than cased English with paragraph breaks: lower-cased and tokenized text (the
 * CNN/DailyMail release), text in capitals, text without line breaks, blocks glued by
 * `textContent`, promotions that end with a full stop, widget text and captions inside prose.
 */

const fixture = (name: string): string => readFileSync(path.join(__dirname, '..', '..', 'fixtures', name), 'utf8');
const PAGE = fixture('news-page-russia-japan.txt');

describe('the shape of a text is read from the text', () => {
  it('tells lower-cased, tokenized text from prose', () => {
    const ptb = "seoul ( cnn ) -- south korea 's actions were meant to show goodwill , president lee said thursday . lee told the parties , in a meeting , that he believed the north had not expected it , aides said .";
    expect(textShape(ptb)).toEqual({ caseless: true, tokenized: true });
    expect(textShape(PAGE)).toEqual({ caseless: false, tokenized: false });
    expect(textShape(PAGE.toUpperCase())).toEqual({ caseless: true, tokenized: false });
    expect(textShape(PAGE.toLowerCase())).toEqual({ caseless: true, tokenized: false });
    // A few words prove nothing either way.
    expect(textShape('NATO said')).toEqual({ caseless: false, tokenized: false });
  });
});

describe('sentence boundaries without capitals', () => {
  it.each([
    {
      name: 'Penn-Treebank tokens, `` and \'\' quotes',
      text: "south korea 's actions were meant to show goodwill , president lee said thursday . lee told the parties that he believed the north had not expected it . `` it 's not just linked to toulouse . it 's all over the country , '' he said . he does n't know why .",
      expected: [
        "south korea 's actions were meant to show goodwill , president lee said thursday .",
        'lee told the parties that he believed the north had not expected it .',
        "`` it 's not just linked to toulouse .",
        "it 's all over the country , '' he said .",
        "he does n't know why .",
      ],
    },
    {
      name: 'lower case with abbreviations, times and dates',
      text: 'mr. smith went to washington. he met the u.s. ambassador at 5 p.m. on jan. 5 last year. the talks lasted an hour! did they agree? nobody knows.',
      expected: ['mr. smith went to washington.', 'he met the u.s. ambassador at 5 p.m. on jan. 5 last year.', 'the talks lasted an hour!', 'did they agree?', 'nobody knows.'],
    },
    {
      name: 'capitals',
      text: 'THE MAN SAID HE WAS FINE. THEN HE LEFT THE BUILDING. DR. SMITH AGREED WITH HIM ON MONDAY.',
      expected: ['THE MAN SAID HE WAS FINE.', 'THEN HE LEFT THE BUILDING.', 'DR. SMITH AGREED WITH HIM ON MONDAY.'],
    },
    {
      name: 'quotes closed after the full stop',
      text: 'she said it was "over." the crowd left the square. he added: "we will be back."',
      expected: ['she said it was "over."', 'the crowd left the square.', 'he added: "we will be back."'],
    },
  ])('$name', ({ text, expected }) => {
    expect(sentencesOf(text)).toEqual(expected);
  });
});

describe('a sentence longer than maxSentenceWords', () => {
  const clause = (i: number): string => `the committee examined proposal number ${i} in great detail for several hours`;
  const run = Array.from({ length: 12 }, (_, i) => clause(i)).join('; ') + '.';

  it('is cut at secondary boundaries into candidates, not dropped', () => {
    const sentences = segment(run).filter((s) => s.kind === 'sentence');
    expect(sentences.length).toBeGreaterThan(1);
    for (const s of sentences) {
      expect(s.candidate).toBe(true);
      expect(run.slice(s.start, s.end)).toBe(s.text);
    }
    expect(summarize(run, { sentences: 2 }).sentences).toHaveLength(2);
  });

  it('stays whole in ordinary prose, where it is a list run together, and is reported', () => {
    const squad = 'Backs: ' + Array.from({ length: 30 }, (_, i) => `Player Number${i} (Club ${i})`).join(', ') + '; Forwards: ' +
      Array.from({ length: 30 }, (_, i) => `Forward Number${i} (Club ${i})`).join(', ') + '.';
    const text = `The coach named his squad for the opening match of the tournament on Monday. ${squad} The team flies out on Friday morning.`;
    const long = segment(text).filter((s) => s.rule === 'too-long');
    expect(long.map((s) => s.text)).toEqual([squad]);
  });

  it('warns when no boundary is found at all', () => {
    const words = Array.from({ length: 300 }, (_, i) => `word${i % 17}`).join(' ');
    const summary = summarize(`${words}.`);
    expect(summary.sentences).toHaveLength(0);
    expect(summary.warnings.map((w) => w.code)).toContain('SEGMENTATION_SUSPECT');
  });
});

describe('quotations over several sentences', () => {
  it('gives the quote signal to a sentence inside a quotation opened before it', () => {
    const text = 'The mayor spoke to reporters outside the town hall on Monday morning. “We will rebuild every home that was lost. It will take years of work,” she said. The council meets again next week to vote on the plan.';
    const summary = summarize(text, { sentences: 4, explain: true });
    const quote = Object.fromEntries(summary.sentences.map((s) => [s.text.slice(0, 12), s.signals?.quote]));
    expect(quote).toEqual({ 'The mayor sp': 0, '“We will reb': 1, 'It will take': 1, 'The council ': 0 });
  });

  it('reads a straight quote as opening or closing by the characters around it', () => {
    const quote = (text: string): number[] => summarize(text, { sentences: 5, explain: true, language: 'en' }).sentences.map((s) => s.signals?.quote ?? -1);
    // An inch mark closes nothing and opens nothing.
    expect(quote('The suspect is 5\'10" tall and was last seen near the station on Friday. Police said he was wearing a dark jacket and jeans at the time.'))
      .toEqual([0, 0]);
    // A quotation over two paragraphs run together: the second paragraph's mark opens again, it does not close.
    expect(quote('"We will rebuild every home that was lost in the fire. "But it will take us many years of work," the mayor said on Monday. The council approved the spending plan on Monday night.'))
      .toEqual([1, 1, 0]);
  });

  it('closes the quotation at the end of its paragraph', () => {
    const text = '“We will rebuild every home that was lost in the fire this year.\n\nThe council meets again next week to vote on the whole plan.';
    const summary = summarize(text, { sentences: 2, explain: true });
    expect(summary.sentences.map((s) => s.signals?.quote)).toEqual([1, 0]);
  });
});

describe('datelines in every variant', () => {
  it.each([
    ['(CNN) -- iPhone screens crack when dropped on stone, a study found.', '(CNN) --'],
    ['Manila to Tacloban, the Philippines (CNN) -- The road north was cut by the storm.', 'Manila to Tacloban, the Philippines (CNN) --'],
    ["seoul ( cnn ) -- south korea 's president said thursday that talks would go on .", 'seoul ( cnn ) --'],
    ['london -lrb- reuters -rrb- - prices rose again in may , official figures showed .', 'london -lrb- reuters -rrb- -'],
  ])('%s', (text, dateline) => {
    const segments = segment(text);
    expect(segments[0]).toMatchObject({ kind: 'furniture', rule: 'dateline', text: dateline });
    expect(segments[1]?.kind).toBe('sentence');
  });

  it('keeps every character of a token the dateline cut falls inside', () => {
    const text = 'LONDON (Reuters) -2,000 people said the fire on Tuesday was the worst in years, police said.';
    const sentence = segment(text).find((s) => s.kind === 'sentence');
    expect(sentence?.text).toBe('2,000 people said the fire on Tuesday was the worst in years, police said.');
  });

  it('does not take a mention of an agency for a dateline', () => {
    expect(segment('He told reporters (CNN) that the deal was done and the vote would follow.').some((s) => s.rule === 'dateline')).toBe(false);
  });
});

describe('promotions whatever their final punctuation', () => {
  it.each([
    'Sign up for our newsletter.',
    'Click here to subscribe.',
    'Download our app.',
    'Read more: Japan says talks with Russia are frozen.',
    'Follow us on Twitter.',
    'Watch the rescue of the miners »',
    'Scroll down for video.',
  ])('%s', (promo) => {
    const text = `The council approved the new budget on Monday evening after a long debate. ${promo} Critics said the cuts would fall hardest on the poorest districts.`;
    const found = segment(text).find((s) => text.slice(s.start, s.end).startsWith(promo.slice(0, 10)));
    expect(found).toMatchObject({ kind: 'furniture' });
  });

  it('leaves prose that opens like a promotion alone', () => {
    for (const text of [
      'Register to vote by October 15 at your county election office or online.',
      'Read the fine print before you sign any contract with a builder, lawyers say.',
      'Watch the skies tonight: the meteor shower peaks after midnight, astronomers said.',
      // Calls to action reported as news, with who made them.
      'Go to the polls on Tuesday and vote, the mayor urged residents.',
      'Do not miss the deadline on Friday, the tax office warned.',
      'Head to the coast early if you want a parking space, police advised.',
    ]) {
      expect(segment(text).map((s) => s.kind)).toEqual(['sentence']);
    }
  });
});

describe('a « quotation over several sentences is not a link line closed by »', () => {
  const text = 'The sign read « No entry. Police only » and the crowd waited outside. Officers said the road would stay shut. ' +
    '« It is closed for the night. Nobody goes in. » The mayor disagreed with the decision on Monday.';

  it('keeps the quotation\'s sentences as prose and does not cut at its »', () => {
    const segments = segment(text, { language: 'en' });
    expect(segments.filter((s) => s.kind === 'furniture')).toEqual([]);
    expect(segments.map((s) => s.text)).toContain('Police only » and the crowd waited outside.');
    expect(segments.map((s) => s.text)).toContain('Nobody goes in. »');
  });

  it('still takes a » after the quotation closed for a link', () => {
    const withLink = `${text} Watch the rescue of the miners »`;
    expect(segment(withLink, { language: 'en' }).filter((s) => s.kind === 'furniture').map((s) => [s.rule, s.text]))
      .toEqual([['promo', 'Watch the rescue of the miners »']]);
  });
});

describe('glued blocks', () => {
  it('finds the seams a reader sees, not camel-cased names', () => {
    const text = 'normalizationNo time to read?Get a summaryIn a recent interview';
    expect(seams(text, 0, text.length, ENGLISH_GLUE).map((i) => text.slice(i, i + 3))).toEqual(['No ', 'Get', 'In ']);
    const names = 'The iPhone, eBay, McDonald, YouTube, PlayStation, LinkedIn, deGrom, easyJet, theGrio, xoJane, littleBits, openDemocracy, techPresident, #BlackLivesMatter, @realDonaldTrump, the U.S.Army at 5 p.m.The';
    expect(seams(names, 0, names.length, ENGLISH_GLUE)).toEqual([]);
  });

  it('finds seams at quotation marks, after abbreviations in capitals and after widget words', () => {
    const at = (text: string): string[] => seams(text, 0, text.length, ENGLISH_GLUE).map((i) => text.slice(i, i + 4));
    expect(at('new money for border security."This is what governing looks like," he said.')).toEqual(['"Thi']);
    expect(at("She believed it.'I was shaking,' she said.'Then I called my husband.'")).toEqual(["'I w", "'The"]);
    expect(at('He said.“We will win.”The crowd cheered.')).toEqual(['“We ', 'The ']);
    expect(at('these self-proclaimed "chili-heads.""The main issue is flavor," he said.')).toEqual(['"The']);
    // A quotation that runs over paragraphs opens each with a mark and closes only the last: the
    // next quotation mark, a closing one, tells that `"Nobody` opens a quotation (a count of the
    // marks so far says it closes one).
    expect(at('The mayor spoke on Monday."We have never seen water this high. We will rebuild."Nobody here has seen anything like it," she said.Officials said "at least 100 homes" were flooded.'))
      .toEqual(['"We ', '"Nob', 'Offi']);
    expect(at('Sat 30 Nov 2024 07.00 GMTShareSchools in England will change.')).toEqual(['Shar', 'Scho']);
    expect(at('much of the UK.More than 100 warnings were issued.')).toEqual(['More']);
    expect(at('By Jane Smith, BBC NewsImage source, Getty ImagesImage caption, Rivers rose on SundayThousands lost power.')).toEqual(['Imag', 'Imag', 'Thou']);
    expect(at('وقال الوزير إن الحكومة ستعلن القرار يوم الأربعاء.وأضاف أن القرار نهائي.')).toEqual(['وأضا']);
    // Plurals of abbreviations, names after a title and initials are words, not seams.
    expect(at('She won the AAAs title; NGOs and CEOs met Mr.Smith and the U.S.Army.')).toEqual([]);
  });

  it('finds no seam inside names of the development set (every line there keeps its breaks)', () => {
    const lines = [
      'At Changi Airport in Singapore, Louise Sidharta told Channel NewsAsia her fiance was on the plane.',
      'Obama told "PBS NewsHour." Both ABC News and the "PBS NewsHour" are anchored by women.',
      'An ABCNews.com headline read: "Kim Kardashian\'s Diva Delivery."',
      'Two people were killed, according to the state-run EGYNews agency.',
      'Follow @CNNPhotos on Twitter to join the conversation about photography.',
      '"Bad," "Dangerous" and "HIStory," are among the top-sellers of all time.',
    ];
    for (const line of lines) expect([line, seams(line, 0, line.length, ENGLISH_GLUE)]).toEqual([line, []]);
  });

  it('uses English words for English only: without them, only the marks and long words show a seam', () => {
    // Without a language's opening words, a lower-case word of 5 letters or more glued to a
    // capitalised one is a seam (`summaryIn`); a capitalised one is not (`RelationsIn`), nor a short one (`newsIn`).
    const text = 'normalizationNo time to read?Get a summaryIn a recent interview, the RelationsIn case, the newsIn brief';
    expect(seams(text, 0, text.length).map((i) => text.slice(i, i + 3))).toEqual(['No ', 'Get', 'In ']);
    // A Vietnamese, an Indonesian and a Tamil page glued by textContent.
    const at = (t: string): string[] => seams(t, 0, t.length).map((i) => t.slice(i, i + 4));
    expect(at('Quốc hội thông qua Luật Đất đai sửa đổi(Dân trí) - Sáng 18/1, Quốc hội đã thông qua luật tại kỳ họp lần thứ 5.Luật gồm 16 chương và thị trườngTheo Chủ nhiệm Ủy ban')).toEqual(['(Dân', 'Luật', 'Theo']);
    // A word glued to one in capitals is no seam: on cnn-dev nearly all are names (`changeFIFA`, `teachNOLA`, `SuperPACS`).
    expect(at('Pemerintah Naikkan Upah Minimum 6,5 PersenJAKARTA, KOMPAS.com - Presiden Prabowo mengumumkan')).toEqual([]);
    expect(at('மாவட்ட ஆட்சியர் இந்த அறிவிப்பை வெளியிட்டார்.வானிலை ஆய்வு மையம் எச்சரிக்கை')).toEqual(['வானி']);
    // Not decimals, versions, initials or a bracket after a space.
    expect(at('Growth was 3.5 per cent in 2024, the U.S.1.The figure (The Times reported) rose.')).toEqual([]);
    // A French page: `Article` and `La` mean nothing to the English lists.
    const french = 'Le président a parlé.Il a ajouté que la négociationLa suite demain.';
    expect(seams(french, 0, french.length).map((i) => french.slice(i, i + 3))).toEqual(['Il ', 'La ']);
    const widget = 'Share this ArticleSergi Ivanov said';
    expect(seams(widget, 0, widget.length)).toEqual([]);
    expect(seams(widget, 0, widget.length, ENGLISH_GLUE)).toEqual([18]);
  });

  it('reads a glued page as a reader does: the story, without its header, captions or widgets', () => {
    const story = [
      'Thousands of homes remain without power after Storm Bert brought heavy rain and strong winds to much of the UK.',
      'More than 100 flood warnings are in place across England and Wales, the Environment Agency said.',
      '"We have never seen water this high," said one resident of the village.',
      'Wales was among the worst hit areas, with one village flooded for the second time in five years.',
    ];
    const page = [
      'Storm Bert: Thousands without power as flood warnings remain', '2 hours ago', 'Share', 'Save',
      'By Jane Smith, BBC News', 'Image source, Getty Images', 'Image caption, Rivers burst their banks in several towns on Sunday',
      ...story,
      'Related topics', 'Weather', 'Flooding',
    ].join('');
    const sentences = segment(page).filter((s) => s.kind === 'sentence').map((s) => s.text);
    expect(sentences).toEqual(story);
    const summary = summarize(page, { sentences: 3 });
    expect(summary.sentences).toHaveLength(3);
    expect(summary.warnings).toEqual([]);
    for (const s of summary.sentences) expect(page.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('a capitalised word after an unpunctuated one', () => {
  it('ends a caption before a sentence opener, not a title of a work', () => {
    const text = 'Stephen King wrote the novel It was adapted for the screen twice, in 1990 and in 2017, to great success.';
    expect(segment(text).map((s) => s.kind)).toEqual(['sentence']);
  });
});

describe('inline furniture of a flattened tabloid block', () => {
  const block = 'Food banks across Scotland reported record demand this winter, according to new figures. ' +
    'Scroll down for video ' +
    'Queues formed outside food banks such as this one in Glasgow ' +
    'Another independent food bank organisation warned that donations had fallen sharply since the summer. ' +
    'The charity said it expected demand to keep rising well into the new year.';

  it('takes the widget and the caption out of the prose', () => {
    const segments = segment(block);
    const furniture = segments.filter((s) => s.kind === 'furniture').map((s) => s.text);
    expect(furniture).toEqual(['Scroll down for video', 'Queues formed outside food banks such as this one in Glasgow']);
    expect(segments.filter((s) => s.kind === 'sentence').map((s) => s.text)).toEqual([
      'Food banks across Scotland reported record demand this winter, according to new figures.',
      'Another independent food bank organisation warned that donations had fallen sharply since the summer.',
      'The charity said it expected demand to keep rising well into the new year.',
    ]);
  });
});

describe('a tabloid story in the tokenized release\'s shape', () => {
  const story = "by . daniel hart . published : . 12:59 est , 15 july 2019 . | . updated : . 13:41 est , 15 july 2019 . " +
    'a great-grandmother from kent has become the oldest woman to swim the english channel , completing the crossing to france in just under 18 hours on sunday . ' +
    'determined : margaret ellis -lrb- pictured -rrb- trained for two years in the cold waters off folkestone . ' +
    'she had trained for two years , swimming in the sea near her home in folkestone throughout the winter . scroll down for video . ' +
    "` i just kept thinking about getting to the other side and having a cup of tea , ' she said after stepping onto the beach . " +
    'the channel swimming association confirmed that mrs ellis had beaten the previous record , set by a 73-year-old swimmer from australia .';

  it('takes the time stamps, the caption and the widget for furniture', () => {
    const rules = segment(story).filter((s) => s.kind === 'furniture').map((s) => [s.rule, s.text]);
    expect(rules).toEqual([
      ['timestamp', 'published : .'],
      ['timestamp', '12:59 est , 15 july 2019 .'],
      ['timestamp', 'updated : .'],
      ['timestamp', '13:41 est , 15 july 2019 .'],
      ['caption', 'determined : margaret ellis -lrb- pictured -rrb- trained for two years in the cold waters off folkestone .'],
      ['navigation', 'scroll down for video'],
    ]);
    const chosen = summarize(story).sentences.map((s) => s.text);
    expect(chosen).toHaveLength(3);
    for (const text of chosen) expect(text).not.toMatch(/^by |est ,|pictured|scroll/);
  });
});

describe('product boxes of a shopping article', () => {
  it('are furniture, and prices in news prose are not', () => {
    const text = 'Dermatologists say that you should protect your skin every day of the year. ' +
      '5/10 Ladival Sun Protection, SPF 30 £19.99 for 150ml spray CLAIMS: Dermatologically tested and free of perfume. ' +
      'The brand says its formula, which costs £19.99, is gentle enough for children and for sensitive skin.';
    expect(segment(text).map((s) => [s.kind, s.rule ?? null])).toEqual([['sentence', null], ['furniture', 'promo'], ['sentence', null]]);
  });
});

/** The article's own text (its paragraphs between the widget lines), in one spacing and case. */
const key = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();
const ARTICLE = key(PAGE.split('Get a summary')[1]?.split('No time to read?')[0] ?? '');
const PROMOS = ['Sign up for our newsletter.', 'Click here to subscribe.', 'Read more: Japan says talks with Russia remain frozen.', 'Download our app.', 'Follow us on Twitter.'];

/** The bundled page in the shapes users hand us. */
const SHAPES: Record<string, string> = {
  text: PAGE,
  'glued (textContent of a minified page)': PAGE.split(/\n+/).map((l) => l.trim()).join(''),
  'flattened (no line breaks)': PAGE.replace(/\s*\n\s*/g, ' '),
  'lower-cased': PAGE.toLowerCase(),
  'lower-cased and flattened': PAGE.toLowerCase().replace(/\s*\n\s*/g, ' '),
  'in capitals': PAGE.toUpperCase(),
  'with promotions after each paragraph': PAGE.split('\n\n').map((p, i) => (i > 1 && i < 7 ? `${p} ${PROMOS[i - 2]}` : p)).join('\n\n'),
  'with promotions as lines': PAGE.split('\n\n').map((p, i) => (i > 1 && i < 7 ? `${p}\n\n${PROMOS[i - 2]}` : p)).join('\n\n'),
};

describe('the bundled page in every shape: article sentences only', () => {
  it.each(Object.entries(SHAPES))('%s', (_name, text) => {
    const summary = summarize(text);
    expect(summary.sentences).toHaveLength(3);
    for (const s of summary.sentences) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(ARTICLE).toContain(key(s.text));
    }
  });
});

interface Story {
  readonly id: string;
  readonly text: string;
  readonly summary: string;
}
const stories = (name: string): Story[] => fixture(name).split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as Story);

/**
 * Lead-3 on a plain splitter that shares nothing with precis: a sentence ends at ` . `, ` ? ` or
 * ` ! ` (with a closing `''`) in tokenized text.
 */
function plainLead3(text: string): string[] {
  return text.split(/(?<= [.?!](?: '')?) /).slice(0, 3);
}

describe('the lower-cased, tokenized development sample (303 stories)', () => {
  const lower = stories('cnn-dev-sample.lower-ptb.jsonl');
  const summaries = lower.map((s) => summarize(s.text));

  it('never leaves a story without a summary', () => {
    expect(lower).toHaveLength(303);
    expect(summaries.filter((s) => s.sentences.length < 3)).toHaveLength(0);
    expect(summaries.filter((s) => s.warnings.some((w) => w.code === 'SEGMENTATION_SUSPECT'))).toHaveLength(0);
  });

  it('chooses sentences of ordinary length', () => {
    const words = summaries.flatMap((s) => s.sentences.map((x) => x.text.split(/\s+/).length));
    expect(words.reduce((a, b) => a + b, 0) / words.length).toBeLessThan(40);
  });

  it('scores above Lead-3 on a plain splitter, and near precis on the cased stories', () => {
    const mean = (values: number[]): number => values.reduce((a, b) => a + b, 0) / values.length;
    const ours = mean(lower.map((s, i) => rouge(summaries[i]!.sentences.map((x) => x.text), s.summary.split('\n')).rouge1.f));
    const lead = mean(lower.map((s) => rouge(plainLead3(s.text), s.summary.split('\n')).rouge1.f));
    const cased = stories('cnn-dev-sample.jsonl');
    const casedScore = mean(cased.map((s) => rouge(summarize(s.text).sentences.map((x) => x.text), s.summary.split('\n')).rouge1.f));
    expect(ours).toBeGreaterThan(lead);
    expect(ours).toBeGreaterThan(casedScore - 0.015);
  });
});

describe('segments cover the text', () => {
  it.each(Object.entries(SHAPES))('%s: every non-space character is in exactly one segment', (_name, text) => {
    const owner = new Int32Array(text.length).fill(-1);
    segment(text).forEach((s: Segment, i: number) => {
      for (let c = s.start; c < s.end; c++) {
        expect(owner[c]).toBe(-1);
        owner[c] = i;
      }
    });
    for (let c = 0; c < text.length; c++) if (!/\s/.test(text[c] as string)) expect(owner[c]).not.toBe(-1);
  });
});
