import type { Finding } from '../assessment';
import { findHeaderNames } from './header-names';
import { findLabelledNames } from './labelled-names';
import { findSalutationNames } from './salutation-names';
import { findSignatureNames } from './signature-names';
import { findTitledNames } from './titled-names';

/**
 * Finds person names where mail puts them: salutations, signatures, From/To/Cc lines, name
 * fields (Naam:, Contactpersoon:) and after a form of address. Names elsewhere in running text
 * are not looked for.
 */
export function findPersonNames(text: string): Finding[] {
  return [
    ...findSalutationNames(text),
    ...findSignatureNames(text),
    ...findHeaderNames(text),
    ...findTitledNames(text),
    ...findLabelledNames(text),
  ];
}
