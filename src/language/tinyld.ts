import { detectAll } from 'tinyld';
import type { NgramDetector } from './detect';

/** tinyld's 62-language n-gram detector (see README: why tinyld). */
export const tinyld: NgramDetector = (text) => detectAll(text);
