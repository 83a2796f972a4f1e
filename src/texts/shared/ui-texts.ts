import type { DisclosureLevel, PersonalDataType } from '../../core';
import type { FilingWarning } from '../../filing';
import type { UiLanguage } from '../language';
// The module itself, not the Woo index: the pane's first chunk stays without the Woo tables.
import { disclosureLevelLabels } from '../../core/woo/levels';

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

const nl: UiTexts = {
  relevanceHeading: 'Beleidsrelevantie',
  relevant: 'Beleidsrelevant: leg dit bericht vast in een dossier.',
  notRelevant: 'Waarschijnlijk niet beleidsrelevant.',
  score: (percent) => `Score ${percent}%`,
  dossierHeading: 'Dossier',
  suggestions: 'Voorgestelde dossiers',
  noDossierFits: 'Geen dossier past duidelijk; zoek er zelf een.',
  otherDossier: 'Ander dossier',
  searchPlaceholder: 'Zoek op kenmerk of titel',
  noSearchResults: 'Geen dossier gevonden',
  wooCategoryHeading: 'Woo-informatiecategorie',
  noWooCategory: 'Geen categorie van art. 3.3 Woo herkend (art. 3.1 Woo).',
  disclosureHeading: 'Openbaarmaking',
  disclosureAdvisory: 'Voorlopige inschatting; de beoordeling bij een Woo-verzoek is leidend.',
  disclosureLevel: disclosureLevelLabels('nl'),
  groundsHeading: 'Uitzonderingsgronden',
  noGrounds: 'Geen uitzonderingsgronden gevonden.',
  personalDataHeading: 'Persoonsgegevens in de tekst',
  noPersonalData: 'Geen persoonsgegevens gevonden.',
  personalData: {
    bsn: 'burgerservicenummer',
    iban: 'IBAN',
    phone: 'telefoonnummer',
    email: 'e-mailadres',
    postcode: 'postcode',
    'date-of-birth': 'geboortedatum',
    'person-name': 'naam',
    'special-category': 'bijzonder persoonsgegeven',
  },
  stage: {
    queued: 'In de wachtrij…',
    uploading: 'Het bericht wordt geüpload…',
    metadata: 'De kenmerken worden vastgelegd…',
  },
  filedIn: (dossier) => `Vastgelegd in ${dossier}`,
  alreadyFiledIn: (dossier) => `Dit bericht is al vastgelegd in ${dossier}`,
  filedBy: (who, when) => `door ${who} op ${when}`,
  openRecord: 'Open het record',
  failed: (reason) => `Vastleggen is niet gelukt: ${reason}`,
  retry: 'Opnieuw proberen',
  warning: {
    'retention-label-not-applied': 'het bewaarlabel is niet toegekend',
    'audit-event-not-written': 'de vastlegging staat niet in het logboek',
    'search-text-not-written': 'de tekst om op te zoeken is niet opgeslagen',
  },
  filedBut: (filed, problems) => `${filed}, maar ${problems.join(' en ')}`,
  repair: 'Herstellen',
  filedUnreadable:
    'De inhoud van dit bericht kon niet worden gelezen; het is vastgelegd zoals het is, met de gegevens uit de mailbox.',
  outboxHeading: 'Vastleggingen',
  outboxEmpty: 'Nog niets vastgelegd.',
};

const en: UiTexts = {
  relevanceHeading: 'Policy relevance',
  relevant: 'Policy-relevant: file this message in a dossier.',
  notRelevant: 'Probably not policy-relevant.',
  score: (percent) => `Score ${percent}%`,
  dossierHeading: 'Dossier',
  suggestions: 'Suggested dossiers',
  noDossierFits: 'No dossier clearly fits; search for one.',
  otherDossier: 'Other dossier',
  searchPlaceholder: 'Search by reference or title',
  noSearchResults: 'No dossier found',
  wooCategoryHeading: 'Woo information category',
  noWooCategory: 'No category of Woo art. 3.3 recognised (Woo art. 3.1).',
  disclosureHeading: 'Disclosure',
  disclosureAdvisory: 'Preliminary; the assessment of a Woo request decides.',
  disclosureLevel: disclosureLevelLabels('en'),
  groundsHeading: 'Exception grounds',
  noGrounds: 'No exception grounds found.',
  personalDataHeading: 'Personal data in the text',
  noPersonalData: 'No personal data found.',
  personalData: {
    bsn: 'citizen service number',
    iban: 'IBAN',
    phone: 'phone number',
    email: 'e-mail address',
    postcode: 'postcode',
    'date-of-birth': 'date of birth',
    'person-name': 'name',
    'special-category': 'special category of personal data',
  },
  stage: {
    queued: 'Queued…',
    uploading: 'Uploading the message…',
    metadata: 'Recording the properties…',
  },
  filedIn: (dossier) => `Filed in ${dossier}`,
  alreadyFiledIn: (dossier) => `This message is already filed in ${dossier}`,
  filedBy: (who, when) => `by ${who} on ${when}`,
  openRecord: 'Open the record',
  failed: (reason) => `Filing failed: ${reason}`,
  retry: 'Try again',
  warning: {
    'retention-label-not-applied': 'the retention label was not applied',
    'audit-event-not-written': 'the filing is not in the audit log',
    'search-text-not-written': 'the text to search on was not stored',
  },
  filedBut: (filed, problems) => `${filed}, but ${problems.join(' and ')}`,
  repair: 'Repair',
  filedUnreadable:
    'The content of this message could not be read; it is filed as it is, with the mailbox data.',
  outboxHeading: 'Filings',
  outboxEmpty: 'Nothing filed yet.',
};

/** The shared components' sentences in the officer's language. */
export function uiTexts(language: UiLanguage): UiTexts {
  return language === 'en' ? en : nl;
}
