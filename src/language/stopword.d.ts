/**
 * `stopword` ships no types. Its ES sources hold one module per language, each exporting one array
 * of lower-case words: the packs import those files, and the build bundles each list into the chunk
 * of its language (one module for every language otherwise: about 14 KB gzip for any of them).
 */
declare module 'stopword/src/stopwords_ara.js' {
  export const ara: string[];
}
declare module 'stopword/src/stopwords_deu.js' {
  export const deu: string[];
}
declare module 'stopword/src/stopwords_eng.js' {
  export const eng: string[];
}
declare module 'stopword/src/stopwords_fra.js' {
  export const fra: string[];
}
declare module 'stopword/src/stopwords_ind.js' {
  export const ind: string[];
}
declare module 'stopword/src/stopwords_ita.js' {
  export const ita: string[];
}
declare module 'stopword/src/stopwords_jpn.js' {
  export const jpn: string[];
}
declare module 'stopword/src/stopwords_kor.js' {
  export const kor: string[];
}
declare module 'stopword/src/stopwords_nld.js' {
  export const nld: string[];
}
declare module 'stopword/src/stopwords_por.js' {
  export const por: string[];
}
declare module 'stopword/src/stopwords_rus.js' {
  export const rus: string[];
}
declare module 'stopword/src/stopwords_spa.js' {
  export const spa: string[];
}
declare module 'stopword/src/stopwords_tha.js' {
  export const tha: string[];
}
declare module 'stopword/src/stopwords_vie.js' {
  export const vie: string[];
}
declare module 'stopword/src/stopwords_zho.js' {
  export const zho: string[];
}
