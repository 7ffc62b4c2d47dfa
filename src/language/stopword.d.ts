/** `stopword` ships no types: its per-language lists are arrays of lower-case words. */
declare module 'stopword' {
  export const ara: string[];
  export const deu: string[];
  export const eng: string[];
  export const fra: string[];
  export const ind: string[];
  export const ita: string[];
  export const jpn: string[];
  export const kor: string[];
  export const nld: string[];
  export const por: string[];
  export const rus: string[];
  export const spa: string[];
  export const tha: string[];
  export const vie: string[];
  export const zho: string[];
}
