/** Every language pack, imported statically: the synchronous API (Node) has them all at hand. */
import ar from './ar';
import de from './de';
import en from './en';
import es from './es';
import fr from './fr';
import id from './id';
import it from './it';
import ja from './ja';
import ko from './ko';
import nl from './nl';
import pt from './pt';
import ru from './ru';
import ta from './ta';
import th from './th';
import vi from './vi';
import zh from './zh';
import type { LanguageCode } from '../languages';
import type { LanguagePack } from '../pack';

export const PACKS: Readonly<Record<LanguageCode, LanguagePack>> = Object.freeze({ ar, de, en, es, fr, id, it, ja, ko, nl, pt, ru, ta, th, vi, zh });
