import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { segment, summarize, createSummarizer, PrecisError } from '../../src/entries/index';
import { intlEngine } from '../../src/language/intl/engine';
import { PACKS } from '../../src/language/packs/all';
import { detectLanguage } from '../../src/language/detect';
import { tinyld } from '../../src/language/tinyld';
import { LANGUAGES } from '../../src/language/languages';
import { languageArticles, type LanguageArticle } from '../support/language-fixtures';

const articles = languageArticles();
const byLanguage = new Map<string, LanguageArticle[]>();
for (const a of articles) byLanguage.set(a.language, [...(byLanguage.get(a.language) ?? []), a]);

/** The list: every one of these must have hand-checked fixtures. */
const REQUIRED = ['fr', 'de', 'es', 'pt', 'it', 'nl', 'ru', 'vi', 'id', 'zh', 'ja', 'th', 'ko', 'ar'];

describe('sentence boundaries against hand-checked articles', () => {
  it('has fixtures for every required language', () => {
    for (const code of REQUIRED) expect(byLanguage.get(code)?.length ?? 0).toBeGreaterThanOrEqual(1);
  });

  it.each([...byLanguage.keys()])('%s: at least 95% of the boundaries right, few extra', (code) => {
    let right = 0;
    let total = 0;
    let extra = 0;
    for (const a of byLanguage.get(code) as LanguageArticle[]) {
      const found = new Set(
        segment(a.text, { language: code, furniture: false, title: false, minSentenceWords: 0 })
          .filter((s) => s.kind === 'sentence' && s.paragraph > 0)
          .map((s) => s.end),
      );
      for (const b of a.boundaries) {
        total++;
        if (found.has(b)) right++;
      }
      for (const f of found) if (!a.boundaries.includes(f)) extra++;
    }
    expect(right / total).toBeGreaterThanOrEqual(0.95);
    expect(extra / total).toBeLessThanOrEqual(0.05);
  });
});

describe('text without capitals in another language', () => {
  it.each(['fr', 'de', 'es', 'ru'])('%s lower-cased: sentences still end at their periods', (code) => {
    let right = 0;
    let total = 0;
    for (const a of byLanguage.get(code) as LanguageArticle[]) {
      const lower = a.text.toLowerCase();
      expect(lower.length).toBe(a.text.length);
      const found = new Set(
        segment(lower, { language: code, furniture: false, title: false, minSentenceWords: 0 })
          .filter((s) => s.kind === 'sentence' && s.paragraph > 0)
          .map((s) => s.end),
      );
      for (const b of a.boundaries) {
        total++;
        if (found.has(b)) right++;
      }
    }
    expect(right / total).toBeGreaterThanOrEqual(0.9);
  });
});

describe('the language option', () => {
  it('detects each fixture language and reports it', () => {
    for (const a of articles) expect(summarize(a.text).language).toBe(a.language);
  });

  it('summarizes every supported language with sentences exactly as written', () => {
    for (const a of articles) {
      const s = summarize(a.text, { language: a.language, sentences: 2 });
      expect(s.sentences).toHaveLength(2);
      expect(s.warnings).toEqual([]);
      for (const x of s.sentences) {
        expect(a.text.slice(x.start, x.end)).toBe(x.text);
        expect(a.sentences).toContain(x.text); // a whole hand-checked sentence, never the headline
      }
    }
  });

  it('takes BCP 47 tags and keeps English on wink', () => {
    const fr = byLanguage.get('fr')?.[0] as LanguageArticle;
    expect(summarize(fr.text, { language: 'fr-CA' }).language).toBe('fr');
    expect(summarize('The cabinet met on Monday. It agreed a budget for the coming year after a long debate.').language).toBe('en');
  });

  it('fails on an unsupported language asked for, naming the supported ones', () => {
    let error: unknown;
    try {
      summarize('Hyvää huomenta.', { language: 'fi' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PrecisError);
    expect((error as PrecisError).code).toBe('ERR_UNSUPPORTED_LANGUAGE');
    expect((error as Error).message).toMatch(/`language`.*'auto'.*fr.*got `"fi"`/);
    expect(() => createSummarizer({ language: 'xx-YY' })).toThrow(/language/);
    expect(() => summarize('x', { language: 42 as never })).toThrow(/Expected `language`/);
  });

  it('reads a detected unsupported language neutrally, with a warning', () => {
    const finnish = [
      'Hallitus esitteli tiistaina uuden talousarvion, jossa leikataan menoja useilla aloilla.',
      'Valtiovarainministerin mukaan säästöt ovat välttämättömiä velkaantumisen hillitsemiseksi.',
      'Oppositio arvosteli esitystä jyrkästi ja vaati lisää rahaa kouluille ja sairaaloille.',
      'Eduskunta käsittelee talousarviota ensi viikolla, ja äänestys on joulukuussa.',
    ].join(' ');
    const s = summarize(finnish, { sentences: 2 });
    expect(s.language).toBe('und');
    expect(s.warnings.map((w) => w.code)).toContain('UNSUPPORTED_LANGUAGE');
    expect(s.sentences).toHaveLength(2);
    for (const x of s.sentences) expect(x.text).toMatch(/^\p{Lu}.*\.$/u);
  });

  it('uses English when the text is too short to tell', () => {
    expect(summarize('Oui.').language).toBe('en');
    expect(summarize('').language).toBe('en');
  });
});

describe('language packs', () => {
  it('every supported language but English has an Intl pack with furniture phrases', () => {
    for (const code of Object.keys(LANGUAGES)) {
      const pack = PACKS[code as keyof typeof PACKS];
      expect(pack.code).toBe(code);
      if (code !== 'en') expect(pack.furniture.navigation.length).toBeGreaterThan(3);
    }
  });

  it('stems with Snowball where it has the language, and strips Korean particles', () => {
    const stem = (code: keyof typeof PACKS, text: string): string[] => {
      const engine = intlEngine(PACKS[code]);
      const { tokens } = engine.split(text, 0, text.length);
      return tokens.value.map((_, i) => tokens.stem(i));
    };
    expect(stem('fr', 'nationales gouvernements')).toEqual(['national', 'gouvern']);
    expect(stem('de', 'Regierungen')).toEqual(['regier']);
    expect(stem('ko', '정부는 정부의 정부에서')).toEqual(['정부', '정부', '정부']);
  });

  it('flags stopwords of the language', () => {
    const text = 'Le gouvernement et les syndicats';
    const { tokens } = intlEngine(PACKS.fr).split(text, 0, text.length);
    expect(tokens.stop).toEqual([true, false, true, true, false]);
  });

  it('words of Chinese, Japanese and Thai come from the segmenter dictionaries, offsets exact', () => {
    for (const [code, text] of [['zh', '中国经济增长放缓。'], ['ja', '東京都は新たな支援策を発表した。'], ['th', 'นายกรัฐมนตรีกล่าวว่ารัฐบาลจะช่วยเหลือประชาชน']] as const) {
      const { tokens } = intlEngine(PACKS[code]).split(text, 0, text.length);
      expect(tokens.value.length).toBeGreaterThan(3);
      tokens.value.forEach((v, i) => expect(text.slice(tokens.start[i], tokens.end[i])).toBe(v));
    }
  });
});

describe('furniture in other languages', () => {
  it('drops navigation and pointer lines and the teaser after them, and bylines by the language words', () => {
    const fr = byLanguage.get('fr')?.[0] as LanguageArticle;
    const [first, ...rest] = fr.text.split('\n\n');
    const page = [first, 'Par Jeanne Morel', rest[0], 'Lire aussi :', 'Retraites : ce qui change au 1er janvier', rest[1], 'Partager', ...rest.slice(2)].join('\n\n');
    const segs = segment(page, { language: 'fr' });
    const rule = (t: string): string | undefined => segs.find((s) => s.text === t)?.rule;
    expect(rule('Par Jeanne Morel')).toBe('byline');
    expect(rule('Lire aussi :')).toBe('navigation');
    expect(rule('Retraites : ce qui change au 1er janvier')).toBe('teaser');
    expect(rule('Partager')).toBe('navigation');
    const de = 'Bahnstreik legt Fernverkehr lahm\n\nMehr zum Thema\n\nStreik bei der Bahn: Was Reisende jetzt wissen müssen\n\nDie Gewerkschaft hat am Mittwoch zu einem bundesweiten Streik aufgerufen.';
    const deSegs = segment(de, { language: 'de' });
    expect(deSegs.find((s) => s.text === 'Mehr zum Thema')?.rule).toBe('navigation');
    expect(deSegs.find((s) => s.text.startsWith('Streik bei'))?.rule).toBe('teaser');
  });

  it('does not end a Thai sentence at a space after a word it cannot end on (ว่า, และ, โดย...)', () => {
    const said = 'นายกรัฐมนตรีเปิดเผยว่า คณะรัฐมนตรีมีมติอนุมัติกรอบงบประมาณรายจ่ายประจำปี 2568 วงเงิน 3.75 ล้านล้านบาท เพื่อใช้ในการพัฒนาประเทศ';
    const two = `${said} กระทรวงการคลังคาดว่าเศรษฐกิจไทยจะขยายตัวร้อยละ 3 ในปีหน้า จากการฟื้นตัวของการท่องเที่ยว`;
    const sentences = (text: string): string[] => segment(text, { language: 'th' }).filter((s) => s.kind === 'sentence').map((s) => s.text);
    expect(sentences(said)).toEqual([said]);
    // The space between two sentences still ends the first.
    expect(sentences(two)).toEqual([said, two.slice(said.length + 1)]);
    // Whole words only: `พื้นที่` (area) ends with ที่ but ends a sentence.
    const area = 'ผู้ว่าราชการจังหวัดเชียงใหม่สั่งอพยพประชาชนออกจากพื้นที่';
    const rescue = 'เจ้าหน้าที่กู้ภัยกำลังช่วยเหลือผู้ประสบภัยน้ำท่วมหลายร้อยครัวเรือน';
    expect(sentences(`${area} ${rescue}`)).toEqual([area, rescue]);
  });

  it('keeps one-sentence paragraphs of Chinese and Thai (no final period in Thai)', () => {
    for (const code of ['zh', 'th']) {
      const a = byLanguage.get(code)?.[0] as LanguageArticle;
      const prose = segment(a.text, { language: code }).filter((s) => s.kind === 'sentence');
      expect(prose.length).toBe(a.sentences.length);
    }
  });
});

describe('detection', () => {
  it('tells the fixture languages apart on whole paragraphs', () => {
    let right = 0;
    let total = 0;
    for (const a of articles) {
      for (const p of a.paragraphs) {
        total++;
        if (detectLanguage(p.join(' '), tinyld).language === a.language) right++;
      }
    }
    expect(right / total).toBeGreaterThanOrEqual(0.97);
  });

  it('reads lower-cased, tokenized English news as English (the function-word profile)', () => {
    const stories = readFileSync(resolve('fixtures', 'cnn-dev-sample.lower-ptb.jsonl'), 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { text: string }).text);
    expect(stories.filter((t) => detectLanguage(t, tinyld).language !== 'en')).toEqual([]);
  });

  it('is not misled by names or by base64', () => {
    expect(detectLanguage('Seoul  CNN  South Korea s actions toward Pyongyang after the death of the North Korean leader Kim Jong Il were intended to show that Seoul does not have animosity', tinyld).language).toBe('en');
    expect(detectLanguage(Buffer.from('The president said on Monday that talks would continue.'.repeat(20)).toString('base64'), tinyld).confident).toBe(false);
  });
});
