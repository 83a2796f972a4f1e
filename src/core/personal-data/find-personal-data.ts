import type { Finding } from '../assessment';
import { findBsns } from './bsn';
import { findDatesOfBirth } from './date-of-birth';
import { findEmailAddresses } from './email';
import { findIbans } from './iban';
import type { NameLexicon } from './lexicon/name-lexicon';
import { findPersonNames } from './person-name';
import { findPhoneNumbers } from './phone';
import { findAddresses } from './postcode';
import { resolveOverlaps } from './resolve-overlaps';
import { findSpecialCategories } from './special-category';

/**
 * Finds personal data in `text`: each finding with its type, UTF-16 offsets into `text`, the
 * text itself and the exception ground it points to. Sorted by start, without overlaps (the
 * longer, else the more specific, finding wins). Linear-time regular expressions only.
 * @param lexicon the name lexicon (see `loadNameLexicon`); without it names are found by the
 *   built-in cues and lists alone, which is the first view a surface draws while it loads
 */
export function findPersonalData(text: string, lexicon?: NameLexicon): Finding[] {
  return resolveOverlaps([
    ...findBsns(text),
    ...findIbans(text),
    ...findPhoneNumbers(text),
    ...findEmailAddresses(text),
    ...findAddresses(text),
    ...findDatesOfBirth(text),
    ...findPersonNames(text, lexicon),
    ...findSpecialCategories(text),
  ]);
}
