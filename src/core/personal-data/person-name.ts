import type { Finding } from '../assessment';
import { findHeaderNames } from './header-names';
import { findLabelledNames } from './labelled-names';
import { resolveOverlaps } from './resolve-overlaps';
import { findRunningTextNames } from './running-text-names';
import { findSalutationNames } from './salutation-names';
import { findSignatureNames } from './signature-names';
import { findTitledNames } from './titled-names';

/**
 * Finds person names where mail puts them: salutations, signatures, From/To/Cc lines, name
 * fields (Naam:, Contactpersoon:), after a form of address, and in running text. Each name
 * once: where two readers overlap, the longer reading stays.
 */
export function findPersonNames(text: string): Finding[] {
  return resolveOverlaps([
    ...findSalutationNames(text),
    ...findSignatureNames(text),
    ...findHeaderNames(text),
    ...findTitledNames(text),
    ...findLabelledNames(text),
    ...findRunningTextNames(text),
  ]);
}
