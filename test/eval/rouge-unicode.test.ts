import { rouge, rougeUnicode, tokenizeUnicode } from '../../src/entries/eval';
import { snowballFor } from '../../src/language/stemmers/snowball';

describe('rougeUnicode', () => {
  it('keeps accented letters that ROUGE-1.5.5 splits on', () => {
    expect(tokenizeUnicode('Les élèves ont réussi à l’examen.', { language: 'fr' })).toEqual(['les', 'élèves', 'ont', 'réussi', 'à', 'l’examen']);
    // ROUGE-1.5.5 reads both `élèves` and `lèves` as `l ves`: two different words match.
    expect(rouge('élèves', 'lèves').rouge1.f).toBe(1);
    expect(rougeUnicode('élèves', 'lèves', { language: 'fr' }).rouge1.f).toBe(0);
  });

  it('composes decomposed accents (NFC) before comparing', () => {
    expect(rougeUnicode('re\u0301forme', 'réforme', { language: 'fr' }).rouge1.f).toBe(1);
  });

  it('scores Chinese, Japanese and Thai by characters, where ROUGE-1.5.5 sees nothing', () => {
    expect(tokenizeUnicode('经济增长5.3%。', { language: 'zh' })).toEqual(['经', '济', '增', '长', '5.3']);
    expect(rouge('经济增长', '经济放缓').rouge1.f).toBe(0);
    expect(rougeUnicode('经济增长', '经济放缓', { language: 'zh' }).rouge1).toEqual({ p: 0.5, r: 0.5, f: 0.5 });
    expect(rougeUnicode('รัฐบาลไทย', 'รัฐบาล', { language: 'th' }).rouge1.r).toBe(1);
  });

  it('stems with the function it is given (Snowball from precis eval --language)', () => {
    const stem = snowballFor('fr') as (word: string) => string;
    expect(stem).toBeDefined();
    expect(rougeUnicode('réformes nationales', 'réforme nationale', { language: 'fr' }).rouge1.f).toBe(0);
    expect(rougeUnicode('réformes nationales', 'réforme nationale', { language: 'fr', stem }).rouge1.f).toBe(1);
    expect(snowballFor('vi')).toBeUndefined();
  });

  it('counts as ROUGE-1.5.5 does: on short ASCII words (not stemmed by either) the scores are equal', () => {
    const pairs: [string, string][] = [
      ['the cat sat on a mat\nit ran off', 'a cat sat on the mat'],
      ['one two\nthree four two', 'two one four\nsix two'],
      ['a b c d e', 'e d c b a'],
    ];
    for (const [s, r] of pairs) expect(rougeUnicode(s, r)).toEqual(rouge(s, r));
  });
});
