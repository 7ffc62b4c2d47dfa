/**
 * A light Korean stemmer: Korean writes a noun and its particles (josa) as one word (`정부는`,
 * `정부의`, `정부에서`), so without this the same noun is a different term in every case. Snowball
 * has no Korean; this strips one particle, longest first, when at least one syllable is left, as
 * light stemmers for agglutinative languages do. Verb endings are left alone.
 */
const PARTICLES = [
  '에서부터', '으로부터', '에게서', '한테서', '까지는', '에서는', '에서도', '에게는', '으로는', '이라는', '라는',
  '에서', '에게', '한테', '으로', '부터', '까지', '보다', '처럼', '만큼', '마저', '조차', '이나', '이며', '이고',
  '에는', '에도', '와는', '과는', '로는', '도', '은', '는', '이', '가', '을', '를', '의', '에', '로', '와', '과', '만', '나',
].sort((a, b) => b.length - a.length);
const HANGUL = /^[\uac00-\ud7a3]+$/;

export function koreanStem(word: string): string {
  if (!HANGUL.test(word) || word.length < 2) return word;
  for (const p of PARTICLES) {
    if (word.length - p.length >= 1 && word.endsWith(p)) return word.slice(0, word.length - p.length);
  }
  return word;
}
