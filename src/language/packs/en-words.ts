import type { GlueWords } from '../pack';

/**
 * English words the pipeline's rules read (language data): shared by the wink engine and the
 * English pack, and free of packages, so that the wink path loads no stemmer or stopword list.
 */

/** Where blocks were glued without a space (see `seams`). */
export const ENGLISH_GLUE: GlueWords = Object.freeze({
  /** Capitalised function words that open sentences; a capitalised word glued before one of them is a seam too (`RelationsIn`). */
  openers: [
    'the', 'a', 'an', 'in', 'on', 'at', 'he', 'she', 'it', 'we', 'they', 'this', 'that', 'these', 'those',
    'his', 'her', 'their', 'our', 'its', 'but', 'and', 'no', 'as', 'after', 'when', 'while', 'for', 'if',
    'there', 'what', 'how', 'why', 'who', 'get', 'read', 'share', 'sign', 'click', 'more', 'next', 'previous',
  ],
  /** Words that end a widget or navigation line: whatever capital follows them begins another block (`ArticleSergi`). */
  widgetEnds: [
    'article', 'story', 'summary', 'video', 'videos', 'photos', 'gallery', 'comments', 'advertisement', 'newsletter',
    'share', 'save', 'news', 'image', 'images', 'caption', 'source',
    // A time stamp's day or month ends a line: `SundayThousands`, `3 MayShare`.
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
    'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  ],
});

/**
 * Capitalised words that open a sentence and are not names: after a word with no punctuation
 * between, one of them followed by a word in lower case begins a new sentence (`...in Glasgow
 * Another food bank...`). Not `It` or `Her`: titles of works (`the novel It was adapted`).
 */
export const ENGLISH_SENTENCE_OPENERS: readonly string[] = Object.freeze([
  'the', 'an', 'another', 'he', 'she', 'they', 'we', 'this', 'these', 'those', 'his',
  'their', 'our', 'its', 'but', 'no', 'in', 'there', 'however', 'meanwhile',
]);
