import { TERMINAL } from './blocks';
import type { FurniturePhrases } from '../language/pack';
import type { SegmentRule } from '../types';
import { FNV_OFFSET, fnv1aStep } from '../text/hash';
import { isWhitespaceCode } from '../text/whitespace';

/**
 * Page furniture: what a copied news page holds besides the article (navigation and widget lines,
 * teasers of other articles, bylines, time stamps, captions, section labels, headlines). Rules are
 * data plus small predicates, written for news pages in general, and tried in the order listed.
 */

/** Whole lines that are navigation or widgets ("Previous Article", "Share this", "Sign up"...). */
const NAVIGATION: readonly RegExp[] = [
  /^(?:previous|prev|next)(?: (?:article|story|post|page|item))?$/,
  /^(?:read|see|show|load|view) (?:more|less|all|next|full (?:story|article))(?: .{0,40})?$/,
  /^continue reading(?: .{0,40})?$/,
  /^(?:share|tweet|email|print|save|copy link)(?: or comment on)?(?: (?:this|the) (?:article|story|page|post))?$/,
  /^share (?:on|via|to) .{1,30}$/,
  /^advertisement$|^advertising$|^sponsored(?: content)?$|^ad$|^promoted$/,
  /^(?:sign up|subscribe|register|log ?in|sign in|join)(?: (?:now|today|here|for free|for .{1,40}|to .{1,60}))?$/,
  /^follow us(?: .{0,40})?$/,
  /^(?:get|sign up for) (?:our|the) .{1,40}newsletter.{0,40}$/,
  /^no time to read\??$/,
  /^get (?:a|the) summary$/,
  /^(?:summarize|summarise)(?: this)?(?: article| story)?$/,
  /^skip to(?: main)? (?:content|navigation)$/,
  /^(?:back to top|menu|home|search|close|open|more|top stories|latest news)$/,
  /^(?:related|recommended|popular|trending)(?: (?:articles|stories|content|news|now|for you|topics))?$/,
  /^(?:you (?:may|might) also like|most (?:read|popular|viewed|shared)|up next|watch next|in other news)$/,
  /^more (?:from|on|about|in) .{1,40}$/,
  /^(?:\d+ )?comments?(?: \(\d+\))?$|^(?:leave|add|post|view|show) (?:a |all )?comments?$/,
  /^click here\b.{0,60}$/,
  /^(?:watch|listen)(?: (?:the|to (?:this|the)))?(?: (?:video|article|story|podcast|live))?$/,
  /^(?:image|video|photo|gallery)s?(?: \d+ of \d+)?$/,
];

/**
 * Calls to action addressed to the reader, whatever their final punctuation: links, sign-ups, app
 * and newsletter promotions, "Scroll down for video". Tested lower-cased on a sentence or line of
 * at most {@link PROMO_WORDS} words.
 */
const PROMO: readonly RegExp[] = [
  /^(?:click|tap|press) (?:here|the link|on the link|on the image|below|through)\b/,
  /^(?:sign up|subscribe|register)(?: now| today| here| free)?(?: (?:for|to) (?:our|the|a|free|updates|alerts|newsletters?)\b.{0,60})?[.!]*$/,
  // A newsletter or alerts offer, however long its pitch: `Sign up for our morning newsletter to get ... to your inbox.`
  /^(?:sign up|subscribe|register)\b.{0,120}\b(?:newsletters?|inbox|email alerts|breaking news alerts)\b/,
  /^(?:want|get)\b.{0,100}\b(?:delivered|sent|straight) (?:to|into) your inbox\b/,
  /^(?:download|get|try) (?:it|our|the)\b.{0,60}\b(?:app|apps|android|iphone|ipad|podcast|newsletter|edition)\b/,
  /^download (?:it|now|here)\b/,
  /^(?:follow|like|find|join) us\b/,
  /^follow .{1,40} on (?:twitter|facebook|instagram|x|tiktok|threads|youtube|linkedin|bluesky)\b/,
  /^read (?:more|also|next|the full (?:story|article|report|interview)|the latest|our)\b/,
  /^(?:see|view|watch|browse) (?:more|all|the full|our)? ?(?:photos|pictures|images|videos?|gallery|galleries|coverage)\b/,
  /^scroll (?:down|up) (?:for|to)\b/,
  /^(?:share|email|tweet|print) (?:this|it)(?: (?:story|article|page|video))?(?: .{1,30})?[.!]?$/,
  /^(?:join|continue) the (?:conversation|discussion|debate)\b/,
  /^(?:have your say|tell us what you think|let us know what you think|what do you think)\b/,
  /^(?:for (?:more|the latest)\b.{0,80}, )?(?:visit|go to|head to) (?:our|the|\S+\.(?:com|org|net|co\.uk))\b/,
  /^this (?:article|story|piece) (?:was|is|has been) (?:originally |first )?(?:published|updated|amended|corrected)\b/,
  /^(?:don't|do not) miss\b/,
  /^(?:buy|shop|order) (?:now|it|here|online|today)\b/,
  /^(?:listen|watch|hear)\b.{0,80}\b(?:on|via) (?:apple podcasts|spotify|youtube|bbc sounds|iplayer|our (?:app|website|podcast|channel))\b/,
  /^(?:subscribe|sign up|register|join)(?: now| today| here)?\b.{0,60}\b(?:unlimited access|membership|subscription|premium|offer|channel)\b/,
  /^(?:support|fund) (?:our|independent|quality) (?:journalism|reporting|work|newsroom)\b/,
];

/**
 * Calls to the reader that may open with any word: a sentence that addresses the reader (`us`,
 * `our`, `you`) about the outlet's channels: an e-mail address to write to, a newsletter, the
 * outlet's social accounts; and helpline notes (`If you or someone you know is struggling, call
 * ...`). Tested lower-cased on a sentence of at most {@link PROMO_WORDS} words that no reporting
 * clause closes.
 */
const READER_CALLS: readonly RegExp[] = [
  // An e-mail address, with one of the words below. It starts where a run of its characters starts
  // (the lookbehind): `\b` alone lets it start at every `.` of a run such as `._._._`, each start
  // scanning the rest of the run, quadratic in its length.
  /(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.-]+\b/,
  /\b(?:sign up|subscribe)\b[^.?!]{0,40}\b(?:our|my|the|a) (?:free |daily |weekly |morning |evening |breaking news )*newsletters?\b/,
  /\b(?:follow(?:ing)?|join(?:ing)?|find|like) us (?:on|via|at)\b/,
  // The outlet's channel with the call to it (`Join our WhatsApp channel`): a source speaks of its
  // own page too (`we save it for our Facebook page`).
  /\b(?:follow|join|like|subscribe to|visit|check out) our (?:whatsapp|telegram|youtube|instagram|tiktok|facebook) (?:channel|page|account)\b/,
  /^if you(?: or someone you know)?(?: are| have been| is| need| feel)? (?:affected|struggling|in crisis|need(?:s)? (?:help|support)|having thoughts)\b/,
];
/**
 * The reader addressed: needed by an e-mail address to make it a call (`Email us at ...`). Tested
 * outside quotations (see {@link QUOTED}): an address a source gave for people `to "share your
 * thoughts"` is news.
 */
const ADDRESSED = /\b(?:us|our|you|your)\b/;
/** A quotation within a sentence, straight or curly. A run stops at the next opening mark too, so each character is scanned once (`“““…` without `”`). */
const QUOTED = /"[^"]*"|“[^“”]*”/g;
/**
 * A product box of a shopping article: a price with a rating (`5/10`), or a price followed by a
 * label in capitals (`£19.99 for 150ml spray CLAIMS: ...`; a label before the price is a
 * transcript's speaker, `SYLVESTER: Average price ... $3.87`).
 */
const PRICE = /[£$€]\s?\d{1,5}(?:[.,]\d{2})?\b/;
const RATING = /(?:^|\s)\d{1,2}\/10\b/;
// A label starts where a run of capitals starts (the lookbehind), so a long run is scanned once.
const LABEL = /(?<!\p{Lu})\p{Lu}{4,}:/u;
/** Longest product box: a name, a price, a claim or two. */
const PRODUCT_WORDS = 60;

/** Longest sentence a promotion is: longer, a sentence that opens like one is prose. */
const PROMO_WORDS = 25;

/**
 * A call to action: one of {@link PROMO}, a link line closed by `»` (`Watch Obama blast Wall
 * Street »`) where no `«` opened a quotation, or a product box (a price with a rating or a label).
 */
export function isPromo(text: string, words: number, insideQuote = false): boolean {
  if (words <= PRODUCT_WORDS) {
    const price = PRICE.exec(text);
    if (price !== null && (RATING.test(text) || LABEL.test(text.slice(price.index)))) return true;
  }
  if (words > PROMO_WORDS) return false;
  // Reported speech is news, not a call to the reader: `Go to the polls, the mayor urged.`
  if (ATTRIBUTED.test(text)) return false;
  // A `»` that closes a quotation opened before the sentence (`« ... Nobody goes in. »`) is no link.
  if (/\s»$/.test(text) && !text.includes('«') && !insideQuote) return true;
  const lower = text.toLowerCase();
  if (READER_CALLS.some((r, i) => r.test(lower) && (i > 0 || ADDRESSED.test(lower.replace(QUOTED, ' '))))) return true;
  // Every other call to action opens with one of a few words: most sentences are ruled out by their first.
  const first = FIRST_WORD.exec(text);
  if (first === null || !PROMO_OPENERS.has((first[1] as string).toLowerCase())) return false;
  const line = bare(text);
  return PROMO.some((r) => r.test(line));
}

const FIRST_WORD = /^[^\p{L}]{0,8}(\p{L}+)/u;
/** A reporting clause after a comma or a mark: `, the mayor urged residents.`, `, police said.` */
const ATTRIBUTED = /[,!?]["”’]?\s+(?:[\p{L}.'’-]+\s+){0,5}(?:said|says|urged|urges|warned|warns|advised|advises|added|adds|told|tells|wrote|writes|insisted|asked|asks)\b/u;
/** The first words of the {@link PROMO} patterns. */
const PROMO_OPENERS = new Set([
  'click', 'tap', 'press', 'sign', 'subscribe', 'register', 'download', 'get', 'try', 'follow', 'like',
  'find', 'join', 'read', 'see', 'view', 'watch', 'browse', 'scroll', 'share', 'email', 'tweet', 'print',
  'continue', 'have', 'tell', 'let', 'what', 'for', 'visit', 'go', 'head', 'this', 'don', 'do', 'buy',
  'shop', 'order', 'want', 'listen', 'hear', 'support', 'fund',
]);

/** After one of these lines, the next short line is the headline of another article. */
const POINTERS = /^(?:previous|prev|next|related(?: topics| content| news| coverage)?|read (?:more|next|also)|see (?:also|more)|up next|more (?:from|on|about|in) .*|recommended.*|you (?:may|might) also like|most (?:read|popular|viewed))(?: (?:article|story|post|stories|articles))?:?$/;

/** Cookie banners, copyright and legal lines (tested lower-cased). */
const LEGAL: readonly RegExp[] = [
  /^(?:©|\(c\)\s*\d{4}|copyright\s+(?:©\s*)?(?:\(c\)\s*)?\d{4})/,
  /\ball rights reserved\b/,
  /\bwe use cookies\b|\bcookie (?:policy|settings|preferences|notice|consent)\b|\b(?:accept|reject|manage|allow)(?: all)? cookies\b/,
  /^(?:privacy policy|terms of (?:use|service)|terms and conditions|cookie policy)$/,
  /^(?:terms and conditions|t&cs|t&c) apply\.?$/,
  /^our standards:|\btrust principles\b/,
];

// `(?:\s*[.:])?\s+` and not `\s*[.:]?\s+`, which can split a run of n spaces n ways and is quadratic on it.
const BYLINE = /^(?:[Bb]y|(?:[Ww]ritten|[Ww]ords|[Rr]eporting|[Rr]eport|[Ss]tory|[Ii]nterview|[Tt]ext) by)(?:\s*[.:])?\s+\p{Lu}/u;
/** Only a name after "By": `By Jane van der Berg.` */
const NAME_ONLY = /^[Bb]y(?:\s*[.:])?\s+\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|van|von|der|den|da|di|du|le|la|el|bin|al|and|&))*\s*[.,]?$/u;
/** Credits closing a story: "CNN's Jane Doe contributed to this report." */
const CREDIT = /\b(?:contributed|contributing)(?: reporting)?(?: to)? this (?:report|story|article)\b|\bcontributed reporting\.?$|^(?:additional )?reporting by\b/i;
/** An editor's note opening or closing a story. */
const EDITOR_NOTE = /^(?:editor'?s?['’]? note|editors['’] note)\s*[:.-]/i;

/** "By" + capital opens many sentences ("By Christmas, prices had doubled."): a byline has no sentence after the name. */
function isByline(text: string): boolean {
  return BYLINE.test(text) && (!TERMINAL.test(text) || STAMP.test(text) || NAME_ONLY.test(text));
}
/** A whole line that is a name and an outlet or role: `Jane Smith, CNN`, `Priya Raman | Science Correspondent`. */
const BYLINE_AGENCY = /^[\p{Lu}][\p{L}.'’-]+(?: [\p{Lu}][\p{L}.'’-]+){0,3}\s*(?:,|\||—|–|-)\s*(?:CNN|Reuters|AP|AFP|BBC(?: News)?|Bloomberg|Associated Press|Agence France-Presse|(?:[\p{Lu}][\p{L}]+ )?(?:Correspondent|Reporter|Editor|Writer))\s*[.,]?$/u;
/** `PUBLISHED: 12:59 EST, 15 July 2019 | UPDATED: ...` anywhere in a line. */
const STAMP = /\b(?:published|updated|posted)\s*:/i;
/** The word that opens a time stamp line; what follows must be a date or a time. */
const TIMESTAMP = /^(?:published|updated|last updated|first published|posted|modified|last modified)\b\s*(?:on|at)?\s*[:.]?\s*/i;
const CAPTION_START = /^(?:photo|image|picture|pictured|photograph|illustration|caption|credit|video|graphic|source)s?\s*(?::|by\b|credit\b)/i;
const CAPTION_AGENCY = /^(?:getty images|reuters|ap photo|afp|epa|shutterstock|alamy|pa (?:images|media|wire))(?:\/|\s+via\b|$)/i;
/** A wire photo credit closing a caption: `... March 11, 2024. REUTERS/Jane Doe`. */
const CAPTION_CREDIT = /\b(?:REUTERS|Reuters|AP Photo|AFP|EPA|Getty Images|Photo|Photograph)\s?\/\s?\p{Lu}[\p{L}'’ -]{1,60}$/u;
const CAPTION_END = /\((?:(?:photo|image|picture|credit|source)s?:?\s*)?[^()]{0,60}(?:getty images|reuters|ap photo|afp|epa|shutterstock|alamy|pa (?:images|wire))[^()]{0,20}\)\s*$/i;
/** "(pictured)" and friends: the caption of a photo that ran into the article text. */
const PICTURED = /\(\s?pictured(?:[ ,][^()]{0,40})?\)|-lrb-\s?pictured\b|\bpictured (?:left|right|above|below|centre|center|top|bottom)\b|^pictured\b/i;
const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DAY = '(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*';
const DATE_WORD = new RegExp(`^(?:${MONTH}|${DAY}|\\d{1,4}(?:st|nd|rd|th)?|\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?|[ap]\\.?m\\.?|gmt|utc|bst|cet|cest|[ecmp][sd]t|et|pt|at|on|updated|published|posted|\\d{4}-\\d{2}-\\d{2}(?:t[\\d:.z+-]*)?|\\d{1,2}/\\d{1,2}/\\d{2,4}|ago|hours?|minutes?|mins?|days?|yesterday|today|\\|)$`, 'i');

/** Datelines opening a story: `SEOUL (CNN) -- `, `LONDON (Reuters) - `, `WASHINGTON — `, `(EW.com) -- `. */
// A place may carry the date, as wires write it: `LONDON, Nov 30 (Reuters) - `.
const PLACE = String.raw`\p{Lu}[\p{L}.'’-]*(?:[ ,]+(?:\p{Lu}[\p{L}.'’-]*|\d{1,4})){0,6},?\s*`;
// What follows a dateline: the story's first word, capitalised (or a number or a quotation).
const STORY = String.raw`(?=["'“‘(]?[\p{Lu}\d])`;
// Dashes and colons after a source, `--`, `—`, `-:`, with spaces between. One character per
// repetition: `(?:--|-)+` can split a run of n dashes in exponentially many ways, and a run not
// followed by the story (`(CNN) ------ x`) made the engine try them all.
const DASHES = String.raw`(?:\s*[-—–:])`;
// A source in brackets (not a party label such as "D-W.Va."), then a dash: `(CNN) --`, `(EW.com) --`.
const DATELINE_PAREN = new RegExp(String.raw`^(?:${PLACE})?\((?![DRI]-)(?:[\p{Lu}\d][^()\s]*(?: [^()\s]+){0,3})\)${DASHES}+\s*${STORY}`, 'u');
// A news agency in brackets, in any case, with spaces inside the brackets or as tokenized text
// writes them (`-lrb- cnn -rrb-`): `(CNN) -- iPhone screens`, `( cnn ) -- south korea`,
// `Manila to Tacloban, the Philippines (CNN) --`. The agency is evidence enough that this is a
// dateline, so whatever follows may open the story; after a place (of up to 60 characters of
// words, any case) a dash or colon must follow the bracket.
// The news agencies of the supported languages' wires, as datelines name them.
const AGENCIES = String.raw`CNN|Reuters|AP|AFP|UPI|Bloomberg|BBC|dpa|DPA|Xinhua|EFE|Europa Press|ANSA|Lusa|ANP|Belga|APA|KNA|SDA|TASS|Interfax|RIA Novosti|Kyodo|Jiji|Yonhap|PTI|IANS|Antara|ANTARA|Bernama|VNA|TTXVN|AA|PAP|CTK|MTI|AAP|CP|PA`;
const AGENCY = String.raw`(?:\(|-lrb-)\s*(?:${AGENCIES}|EW\.com|CNNMoney|CNN Money)\s*(?:\)|-rrb-)\.?`;
const DATELINE_AGENCY = new RegExp(String.raw`^(?:${PLACE})?\((?:${AGENCIES})\)\.?${DASHES}*\s*${STORY}`, 'u');
const DATELINE_AGENCY_ANY_CASE = new RegExp(String.raw`^${AGENCY}${DASHES}*\s*`, 'iu');
// A place and date in words of any language: `MOSCOU, 30 novembre (AFP) - `.
const DATELINE_AGENCY_PLACE = new RegExp(String.raw`^[\p{L}\p{N}.'’ ,-]{1,60}?${AGENCY}${DASHES}+\s*`, 'iu');
// A place in capitals and a dash, `WASHINGTON — `, `NEW DELHI: `, or with its outlet, `JAKARTA,
// KOMPAS.com - `: only on the story's first sentence.
const DATELINE_CAPS = new RegExp(String.raw`^\p{Lu}{2}[\p{Lu} .,'’-]{1,40}?(?:, \p{Lu}[\p{L}]*(?:\.[a-z]{2,3}){1,2})?(?:(?:\s*(?:--|—|–))+|:| -)\s*${STORY}`, 'u');
// In a script without capitals (Tamil, Arabic, Hindi...), one word and a colon or a dash at the
// story's start is its place: `சென்னை: `, `القاهرة - `. One word only: `قال الوزير: ` (the minister
// said:) opens a quotation.
const DATELINE_CASELESS = /^(?=[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}])[\p{Lo}][\p{L}\p{M}]{1,30}(?::| [-—–]) +(?=[\p{L}\p{N}"“«(])/u;

/**
 * A tabloid's header run into the story's first line when the page lost its line breaks: a
 * byline and time stamps, `By JANE DOE FOR MAILONLINE PUBLISHED: 12:01 EST, 3 May 2014 | UPDATED:
 * 14:22 EST, 3 May 2014 A mother-of-two ...`. The stamps must read as a date and a time, and the
 * story must follow, capitalised.
 */
const MONTH_NAME = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const STAMP_TIME = String.raw`\d{1,2}[:.]\d{2}(?: ?[AaPp]\.?[Mm]\.?)?(?: (?:[ECMP][SD]T|GMT|BST|UTC|ET|PT|CET|CEST|HKT))?`;
const STAMP_DATE = String.raw`(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,? )?(?:\d{1,2} ${MONTH_NAME}|${MONTH_NAME} \d{1,2},?) \d{4}`;
const STAMP_WHEN = String.raw`(?:${STAMP_TIME},? (?:on )?${STAMP_DATE}|${STAMP_DATE},? (?:at )?${STAMP_TIME}|${STAMP_DATE})`;
const STAMP_LABEL = String.raw`(?:PUBLISHED|Published|UPDATED|Updated|LAST UPDATED|Last updated|POSTED|Posted)`;
const HEADER = new RegExp(String.raw`^(?:By [^|:\n]{1,100}? )?${STAMP_LABEL} ?:? ?${STAMP_WHEN}(?: ?\| ?${STAMP_LABEL} ?:? ?${STAMP_WHEN})*\s+${STORY}`, 'u');

/** Length of a tabloid header at the start of `line` with the story after it (see {@link HEADER}), or 0. */
export function headerLength(line: string): number {
  const m = HEADER.exec(line);
  return m !== null && m[0].length < line.length ? m[0].length : 0;
}

/** A line that is a header and then a sentence of the story: prose, once the header is cut off. */
function storyAfterHeader(text: string): boolean {
  const cut = headerLength(text);
  return cut > 0 && TERMINAL.test(text) && text.slice(cut).split(/\s+/).length >= 5;
}

/** Context a line rule may look at. */
export interface LineContext {
  /** Zero-based position among the document's blocks. */
  readonly block: number;
  /** True when no article prose has been seen before this line. */
  readonly beforeProse: boolean;
  /** The rule that matched the previous block, if it was furniture. */
  readonly previousRule: SegmentRule | 'title' | undefined;
  /** The previous block's text, lower-cased. */
  readonly previousText: string;
  /** How many blocks of the document have this same text (case and spacing ignored). */
  readonly occurrences: number;
  /** Words in the line. */
  readonly words: number;
  /** True once a title has been found. */
  readonly titleSeen: boolean;
  /** The title the caller gave, normalised, or `false` when title detection is off. */
  readonly title: string | false | undefined;
  /** The language's navigation, pointer and byline phrases (English's are the rules' own). */
  readonly phrases?: FurniturePhrases | undefined;
  /** The language writes no sentence punctuation (Thai): an unpunctuated line may be prose. */
  readonly unpunctuated?: boolean | undefined;
}

/** Lower-cases and collapses whitespace, for comparing lines. */
export function lineKey(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * A key for a long block, equal for two blocks whose {@link lineKey}s are equal (ASCII letters
 * folded, whitespace runs collapsed, ends trimmed), without building a lower-cased copy of the
 * block: its length and two 32-bit hashes. It never equals a `lineKey`.
 */
export function longLineKey(text: string): string {
  let h1 = FNV_OFFSET;
  let h2 = 5381; // djb2
  let length = 0;
  let pendingSpace = false;
  const mix = (c: number): void => {
    h1 = fnv1aStep(h1, c);
    h2 = (Math.imul(h2, 33) + c) | 0;
    length++;
  };
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (isWhitespaceCode(c)) {
      pendingSpace = length > 0;
      continue;
    }
    if (pendingSpace) mix(32);
    pendingSpace = false;
    if (c >= 65 && c <= 90) c |= 32;
    mix(c);
  }
  return `\u0000${length}:${(h1 >>> 0).toString(36)}:${(h2 >>> 0).toString(36)}`;
}

const DECORATION = new Set([...' |•·»>›<‹◂◀▶►→←:-']);

/** The line lower-cased, without the arrows, bullets and bars that decorate widget lines. */
function bare(text: string): string {
  const key = lineKey(text);
  let start = 0;
  let end = key.length;
  while (start < end && DECORATION.has(key[start] as string) && key[start] !== ':' && key[start] !== '<' && key[start] !== '‹') start++;
  while (end > start && DECORATION.has(key[end - 1] as string)) end--;
  return key.slice(start, end);
}

/** A widget or navigation line: short, not a sentence, and one of the known forms. */
function isNavigation(text: string, words: number, phrases?: FurniturePhrases): boolean {
  if (words > 8 || /\.$/.test(text)) return false;
  const line = bare(text);
  return NAVIGATION.some((r) => r.test(line)) || (phrases !== undefined && isPhrase(line, phrases.navigation));
}

/** The line is one of the phrases, or one of them and a colon before a headline (`Lire aussi : ...`). */
function isPhrase(line: string, phrases: readonly string[]): boolean {
  for (const p of phrases) {
    if (line === p) return true;
    if (line.startsWith(p) && /^\s*[:：]/.test(line.slice(p.length))) return true;
  }
  return false;
}

/**
 * `Par Jean Dupont`, `Von Anna Keller`: a byline word of the language and a name, nothing more;
 * or a byline shape of the language (`记者 张三 报道`, `홍길동 기자`).
 */
function isPhraseByline(text: string, phrases: FurniturePhrases | undefined): boolean {
  if (phrases === undefined) return false;
  const trimmed = text.trim();
  if (phrases.bylineShapes?.some((r) => r.test(trimmed)) === true) return true;
  if (phrases.bylines.length === 0) return false;
  const m = /^(\p{L}+)\s+(\p{Lu}[\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){0,4})\s*[.,]?$/u.exec(text.trim());
  return m !== null && phrases.bylines.includes((m[1] as string).toLowerCase());
}

/** A date and time, optionally after "Published"/"Updated": every word a date word, with a digit. */
function isTimestamp(text: string): boolean {
  const rest = text.replace(TIMESTAMP, '');
  // Parts without a letter or digit (`-`, `|`, the ` . ` of tokenized text) are separators.
  const parts = rest.toLowerCase().split(/[\s,]+/).filter((p) => /[\p{L}\p{N}]/u.test(p));
  return parts.length > 0 && parts.length <= 14 && parts.some((p) => /\d/.test(p)) && parts.every((p) => DATE_WORD.test(p));
}

/** A photo caption or credit line (the "(pictured)" fragments are judged per sentence). */
/**
 * A photo credit closing a caption of one or two sentences: `Pupils at a school in London.
 * Photograph: Jane Doe/PA`, `... on Sunday. Image: Getty Images`.
 */
const CAPTION_TAIL = /[.!?]["”’]?\s+(?:Photograph|Photo|Picture|Image|Illustration|Composite|Graphic)s?(?: by)?:\s?[^.!?]{1,80}$/u;

function isCaption(text: string): boolean {
  return CAPTION_START.test(text) || CAPTION_AGENCY.test(text) || CAPTION_END.test(text) || CAPTION_CREDIT.test(text) || CAPTION_TAIL.test(text);
}

/** Two sentences or more: a line like this is a paragraph of prose, whatever its last character. */
const SENTENCE_INSIDE = /[.!?…]["'”’)\]]*\s+["'“‘(]?[\p{Lu}\p{Lo}]|[。！？][」』”）]*\S/u;

/**
 * A rule over a whole line that stands alone. Returns true when the line is furniture of that kind.
 * Exported so tests and `explain` can name each rule.
 */
export interface LineRule {
  readonly name: SegmentRule;
  readonly test: (text: string, context: LineContext) => boolean;
}

export const LINE_RULES: readonly LineRule[] = [
  { name: 'navigation', test: (text, c) => isNavigation(text, c.words, c.phrases) },
  // One sentence: in a line of several, the sentence rules find the promotion.
  { name: 'promo', test: (text, c) => !SENTENCE_INSIDE.test(text) && isPromo(text, c.words) },
  { name: 'legal', test: (text, c) => c.words <= 40 && LEGAL.some((r) => r.test(text.toLowerCase())) },
  {
    // The headline after "Previous Article" / "Most read", and the run of unpunctuated headlines
    // after it. A headline is short; a full sentence after "Read more" is prose, and so is a
    // line of two sentences.
    name: 'teaser',
    test: (text, c) =>
      c.words <= 20 &&
      !SENTENCE_INSIDE.test(text) &&
      (!/\.$/.test(text) || c.words <= 10) &&
      (((c.previousRule === 'navigation' || c.previousRule === 'promo') &&
        (POINTERS.test(bare(c.previousText)) || (c.phrases !== undefined && isPhrase(bare(c.previousText), c.phrases.pointers)))) ||
        (c.previousRule === 'teaser' && !TERMINAL.test(text))),
  },
  {
    name: 'byline',
    test: (text, c) => (c.words <= 12 || (c.words <= 40 && STAMP.test(text) && !storyAfterHeader(text))) && (isByline(text) || BYLINE_AGENCY.test(text) || isPhraseByline(text, c.phrases)),
  },
  { name: 'editor-note', test: (text) => EDITOR_NOTE.test(text) },
  { name: 'timestamp', test: (text, c) => (c.words <= 14 && isTimestamp(text)) || (c.words <= 40 && STAMP.test(text) && !storyAfterHeader(text)) },
  { name: 'caption', test: (text, c) => c.words <= 40 && (isCaption(text) || (PICTURED.test(text) && !SENTENCE_INSIDE.test(text))) },
  { name: 'repeated', test: (_text, c) => c.occurrences > 1 },
  {
    name: 'section-label',
    // Upper case only where the script has case (a Chinese or Korean line is its own upper case).
    test: (text, c) => c.words <= 5 && !TERMINAL.test(text) && ((text === text.toUpperCase() && text !== text.toLowerCase()) || /\s[|/›»>]\s/.test(text)),
  },
  // A headline-like line: one sentence at most, no final punctuation. (A paragraph of several
  // sentences that only lost its last period is prose.)
  // In a language without sentence punctuation (Thai), only a short line.
  { name: 'no-terminal-punctuation', test: (text, c) => !TERMINAL.test(text) && c.words <= (c.unpunctuated === true ? UNPUNCTUATED_LINE_WORDS : 40) && !SENTENCE_INSIDE.test(text) },
];

/** In a language without sentence punctuation, a line of more words than this is prose. */
const UNPUNCTUATED_LINE_WORDS = 8;

/** Longer than any furniture line: 40 words of 25 characters, with room for a long URL or two. */
export const MAX_FURNITURE_CHARS = 1_000;

/**
 * Classifies a line that stands alone: `'title'` for the headline, a furniture rule name, or
 * `undefined` for article prose.
 */
export function classifyLine(text: string, context: LineContext): SegmentRule | 'title' | undefined {
  if (typeof context.title === 'string' && lineKey(text) === context.title) return 'title';
  // Furniture is short: a line this long is prose (or junk for the sentence filters), and the rules
  // below need not scan it; only a verbatim repeat of it is dropped.
  if (text.length > MAX_FURNITURE_CHARS) return context.occurrences > 1 ? 'repeated' : undefined;
  if (context.title === undefined && context.block === 0 && isQuestionHeadline(text, context)) return 'title';
  for (const rule of LINE_RULES) {
    if (rule.name === 'no-terminal-punctuation' && context.title === undefined && looksLikeTitle(text, context)) return 'title';
    if (rule.test(text, context)) return rule.name;
  }
  return undefined;
}

/**
 * The headline: the first line before any prose that no other rule claims, without final
 * punctuation, of 3 to 30 words.
 */
function looksLikeTitle(text: string, context: LineContext): boolean {
  return context.beforeProse && !context.titleSeen && !TERMINAL.test(text) && context.words >= 3 && context.words <= (context.unpunctuated === true ? 20 : 30) &&
    !SENTENCE_INSIDE.test(text);
}

/** A headline that asks or exclaims: the text's very first line, one short sentence ending in `?` or `!`. */
function isQuestionHeadline(text: string, context: LineContext): boolean {
  return /[?!？！]["'”’」]?$/.test(text) && context.words >= 3 && context.words <= 20 && !SENTENCE_INSIDE.test(text) && !isNavigation(text, context.words, context.phrases);
}

/**
 * Length of a dateline at the start of `sentence` (`SEOUL (CNN) -- `), or 0. Datelines are
 * stripped from the sentence and become furniture of their own.
 */
export function datelineLength(sentence: string, storyStart = true, phrases?: FurniturePhrases): number {
  for (const pattern of storyStart ? [DATELINE_PAREN, DATELINE_AGENCY, DATELINE_AGENCY_ANY_CASE, DATELINE_AGENCY_PLACE, DATELINE_CAPS, DATELINE_CASELESS] : [DATELINE_PAREN, DATELINE_AGENCY, DATELINE_AGENCY_ANY_CASE, DATELINE_AGENCY_PLACE]) {
    const m = pattern.exec(sentence);
    if (m === null || m[0].length >= sentence.length) continue;
    // Capitals and a dash are a place only where the story after them is not in capitals too: in
    // a text written in capitals, `THE PRESIDENT — WHO HAD ...` is the story.
    if (pattern === DATELINE_CAPS && !/\p{Ll}/u.test(sentence.slice(m[0].length, m[0].length + 60))) continue;
    return m[0].length;
  }
  // The language's own shapes (`【新华社北京11月30日电】`, `(서울=연합뉴스) 홍길동 기자 =`).
  for (const pattern of phrases?.datelineShapes ?? []) {
    const m = pattern.exec(sentence);
    if (m !== null && m.index === 0 && m[0].length > 0 && m[0].length < sentence.length) return m[0].length;
  }
  // At the story's start, a headline glued before the dateline (`textContent` of a page in a
  // script without spaces or capitals to show the seam: `国务院常务会议部署稳就业措施新华社北京11月30日电（记者
  // 张三）国务院总理...`): the headline goes with the dateline.
  if (storyStart) {
    const head = sentence.slice(0, GLUED_HEADLINE_CHARS);
    for (const pattern of phrases?.datelineShapes ?? []) {
      const m = unanchored(pattern).exec(head);
      if (m === null || m[0].length === 0 || m.index + m[0].length >= sentence.length) continue;
      if (m.index > 0 && !/[.!?。！？]/.test(head.slice(0, m.index))) return m.index + m[0].length;
    }
  }
  return 0;
}

/** Longest headline, in characters, looked for before a dateline it was glued to. */
const GLUED_HEADLINE_CHARS = 120;
const UNANCHORED = new WeakMap<RegExp, RegExp>();
/** `pattern` without its leading `^` (and without the `g`/`y` flags), made once. */
function unanchored(pattern: RegExp): RegExp {
  let found = UNANCHORED.get(pattern);
  if (found === undefined) {
    found = new RegExp(pattern.source.replace(/^\^/, ''), pattern.flags.replace(/[gy]/g, ''));
    UNANCHORED.set(pattern, found);
  }
  return found;
}

/**
 * Widget text that ran into the prose when the page lost its line breaks (`textContent`, a
 * flattened tabloid block): `... normalization No time to read? Get a summary In a recent ...`,
 * `... the council said. Scroll down for video The mayor ...`. Only phrases that never occur in
 * a sentence of news prose.
 */
const INLINE = /(?<![\p{L}\p{N}])(?:scroll (?:down|up) for (?:videos?|more)|no time to read\?|get a summary|share or comment on this (?:article|story)|share this (?:article|story)|(?:previous|next) article)(?![\p{L}\p{N}])/giu;

/** Longest headline, in characters, taken with the inline phrase that points to it. */
const MAX_POINTED_HEADLINE = 60;

/**
 * Offsets `[start, end)` of the widget phrases that ran into `text` (see {@link INLINE}), and of
 * the language's own (`phrases.inline`, with the colon that may follow them), in order.
 */
export function inlineFurniture(text: string, phrases?: FurniturePhrases): [number, number][] {
  const out: [number, number][] = [];
  INLINE.lastIndex = 0;
  for (let m = INLINE.exec(text); m !== null; m = INLINE.exec(text)) out.push([m.index, m.index + m[0].length]);
  for (const phrase of phrases?.inline ?? []) {
    for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + phrase.length)) {
      let end = at + phrase.length;
      const colon = /^\s*[:：]/.exec(text.slice(end));
      if (colon !== null) end += colon[0].length;
      // What follows to the end without a sentence mark is the headline it points to (`相关阅读：多地出台…`).
      const rest = text.slice(end);
      if (rest.trim().length <= MAX_POINTED_HEADLINE && !/[.!?。！？]/.test(rest)) end = text.length;
      if (!out.some(([a, b]) => at < b && end > a)) out.push([at, end]);
    }
  }
  return out.sort((a, b) => a[0] - b[0]);
}

/**
 * Classifies a sentence of article prose: a furniture rule name when it is a byline, a time stamp
 * or a photo caption that ran into the text, else `undefined`. `insideQuote`: a quotation opened
 * by an earlier sentence is still open.
 */
export function classifySentence(text: string, words: number, insideQuote = false, phrases?: FurniturePhrases): SegmentRule | undefined {
  if (words <= 12 && (isByline(text) || isPhraseByline(text, phrases))) return 'byline';
  if (words <= 30 && CREDIT.test(text)) return 'byline';
  if (EDITOR_NOTE.test(text)) return 'editor-note';
  if (/^(?:published|updated)\s*:/i.test(text) || (words <= 25 && isTimestamp(text))) return 'timestamp';
  if (isCaption(text) || PICTURED.test(text)) return 'caption';
  if (isPromo(text, words, insideQuote)) return 'promo';
  // A widget line that ran into the prose: `No time to read?` in text with its line breaks lost.
  if (isNavigation(text.replace(/[.!]$/, ''), words)) return 'navigation';
  return undefined;
}
