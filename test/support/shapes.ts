/**
 * Texts that grow wink's token-shape table, and texts whose sentence boundaries show when it has
 * grown too far (issue 17, item 1).
 *
 * wink stores a new token's shape index in a 14-bit field next to its abbreviation flag. Once the
 * table holds more than 16,384 shapes, the index spills into the flag: a word of an unusual script
 * reads as an abbreviation, and a sentence boundary appears after it, before a capital. A word of
 * a script wink does not map to `x`/`X`/`d` is its own shape, so every new such word is a new shape.
 */

/** A small deterministic generator (a linear congruential one), uniform in [0, 1). */
export function random(seed: number): () => number {
  let s = Math.imul(seed, 2654435761) >>> 0; // spread nearby seeds
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function word(next: () => number, first: number, count: number, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += String.fromCodePoint(first + Math.floor(next() * count));
  return out;
}

/**
 * Shape indices from 16,384 to 32,767 set the flag. 17,000 new shapes per text puts an instance
 * that has read one, or three, of these texts in that range (587 shapes as loaded: 17,587 or
 * 51,587, which is 18,819 past 32,768); two texts (34,587) would not.
 */
export const POISON_WORDS = 17_000;

/** A text of `words` distinct Hangul words (each its own new shape), in sentences of eight. */
export function poisonText(seed: number, words = POISON_WORDS): string {
  const next = random(seed);
  const seen = new Set<string>();
  const sentences: string[] = [];
  let sentence: string[] = [];
  while (seen.size < words) {
    const w = word(next, 0xac00, 11172, 2 + Math.floor(next() * 4));
    if (seen.has(w)) continue;
    seen.add(w);
    sentence.push(w);
    if (sentence.length === 8) {
      sentences.push(`${sentence.join(' ')}.`);
      sentence = [];
    }
  }
  if (sentence.length > 0) sentences.push(`${sentence.join(' ')}.`);
  return sentences.join(' ');
}

const CITIES = ['Tokyo', 'Paris', 'Nairobi', 'Lima', 'Oslo', 'Hanoi', 'Quito', 'Dakar'];
const SUBJECTS = ['trade', 'fishing rights', 'water', 'the border', 'rail links', 'tariffs'];

/**
 * A short news story in which three words of other scripts (Thai, Georgian, Devanagari, each new to
 * the model) stand before "I" or "A". Read fresh, each sentence is one sentence; once the shape
 * table has grown past 16,384 (and below 32,768) shapes, each of those words ends a sentence.
 */
export function probeText(seed: number): string {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const thai = word(next, 0x0e01, 46, 4);
  const georgian = word(next, 0x10d0, 33, 5);
  const devanagari = word(next, 0x0915, 37, 4);
  const city = pick(CITIES);
  const subject = pick(SUBJECTS);
  return [
    `Ministers met in ${city} on Monday to agree on new rules for ${subject}, officials said.`,
    `In the port of ${thai} I counted more than forty boats waiting to unload their catch.`,
    `The talks lasted three hours and ended without an agreement, according to people who took part.`,
    `Near ${georgian} A few farmers said the rules on ${subject} would decide whether they could stay.`,
    `Officials in the capital declined to comment on the talks or on the next round.`,
    `People in ${devanagari} I spoke to said they expected prices to rise before the spring.`,
  ].join(' ');
}
