import type { DisclosureLevel, PersonalDataType } from '../../../core';
import type { FilingWarning } from '../../../filing';

/**
 * The sentences of the shared components (assessment sections, dossier picker, filing status,
 * outbox), in one place per language (STYLE.md habit 7). A surface's own sentences live with it.
 */
export interface UiTexts {
  readonly relevanceHeading: string;
  readonly relevant: string;
  readonly notRelevant: string;
  readonly score: (percent: number) => string;
  readonly dossierHeading: string;
  readonly suggestions: string;
  readonly noDossierFits: string;
  readonly otherDossier: string;
  readonly searchPlaceholder: string;
  readonly noSearchResults: string;
  readonly wooCategoryHeading: string;
  readonly noWooCategory: string;
  readonly disclosureHeading: string;
  readonly disclosureAdvisory: string;
  readonly disclosureLevel: Readonly<Record<DisclosureLevel, string>>;
  readonly groundsHeading: string;
  readonly noGrounds: string;
  readonly personalDataHeading: string;
  readonly noPersonalData: string;
  readonly personalData: Readonly<Record<PersonalDataType, string>>;
  readonly stage: Readonly<Record<'queued' | 'uploading' | 'metadata', string>>;
  readonly filedIn: (dossier: string) => string;
  readonly alreadyFiledIn: (dossier: string) => string;
  readonly filedBy: (who: string, when: string) => string;
  readonly openRecord: string;
  readonly failed: (reason: string) => string;
  readonly retry: string;
  /** What did not work out after filing, as a clause after "but". */
  readonly warning: Readonly<Record<FilingWarning, string>>;
  readonly filedBut: (filed: string, problems: readonly string[]) => string;
  readonly repair: string;
  readonly filedUnreadable: string;
  readonly outboxHeading: string;
  readonly outboxEmpty: string;
}
