import type { Finding } from '../assessment';
import { findBsns } from './bsn';
import { findDatesOfBirth } from './date-of-birth';
import { findEmailAddresses } from './email';
import type { Detector } from './finding';
import { findIbans } from './iban';
import { findPersonNames } from './person-name';
import { findPhoneNumbers } from './phone';
import { findAddresses } from './postcode';
import { resolveOverlaps } from './resolve-overlaps';
import { findSpecialCategories } from './special-category';

const DETECTORS: readonly Detector[] = [
  findBsns,
  findIbans,
  findPhoneNumbers,
  findEmailAddresses,
  findAddresses,
  findDatesOfBirth,
  findPersonNames,
  findSpecialCategories,
];

/**
 * Finds personal data in `text`: each finding with its type, UTF-16 offsets into `text`, the
 * text itself and the exception ground it points to. Sorted by start, without overlaps (the
 * longer, else the more specific, finding wins). Linear-time regular expressions only.
 */
export function findPersonalData(text: string): Finding[] {
  return resolveOverlaps(DETECTORS.flatMap((detect) => detect(text)));
}
