import type { FilingWarning } from '../filing/index';
import type { UiLanguage } from '../host/index';
// The sentences alone: the UI's index brings its React components, which the commands (run
// without a DOM in classic Outlook) must not load.
import { describeFilingError, type FailureCode } from '../ui/messages/filing-errors';
// As above: the sentences without the components.
import { uiMessages } from '../ui/messages/ui-messages';
import type { RibbonDecision } from './ribbon-decision';

/** The sentences the ribbon command and the on-send check show, per language. */
export interface CommandTexts {
  readonly filed: (dossier: string) => string;
  readonly alreadyFiled: string;
  /** `reason` is the shared sentence for the failure code (see {@link failureSentence}). */
  readonly filingFailed: (reason: string) => string;
  readonly review: Readonly<Record<Extract<RibbonDecision, { kind: 'review' }>['why'], string>>;
  readonly unreadable: string;
  readonly openPane: string;
  readonly sendPrompt: (suggested: string | null) => string;
  readonly chooseDossier: string;
}

const nl: CommandTexts = {
  filed: (dossier) => `Vastgelegd in dossier ${dossier}.`,
  alreadyFiled: 'Deze e-mail is al vastgelegd.',
  filingFailed: (reason) => `Vastleggen is niet gelukt: ${reason}`,
  review: {
    'not-relevant':
      'Deze e-mail lijkt niet beleidsrelevant. Open Bronvast als u hem toch wilt vastleggen.',
    'no-dossier': 'Bronvast vond geen passend dossier. Kies een dossier in het Bronvast-venster.',
    uncertain:
      'Bronvast is niet zeker genoeg van het dossier. Controleer de beoordeling in het venster.',
  },
  unreadable: 'Bronvast kon deze e-mail niet lezen.',
  openPane: 'Bronvast openen',
  sendPrompt: (suggested) =>
    'Deze e-mail lijkt beleidsrelevant, maar er is nog geen dossier gekozen. ' +
    (suggested === null ? '' : `Voorgesteld dossier: ${suggested}. `) +
    'Kies "Dossier kiezen" om het dossier vast te leggen; na verzending wordt de e-mail dan vanzelf gearchiveerd. ' +
    'U kunt ook zonder dossier verzenden.',
  chooseDossier: 'Dossier kiezen',
};

const en: CommandTexts = {
  filed: (dossier) => `Filed in dossier ${dossier}.`,
  alreadyFiled: 'This e-mail has already been filed.',
  filingFailed: (reason) => `Filing failed: ${reason}`,
  review: {
    'not-relevant':
      'This e-mail does not look policy-relevant. Open Bronvast if you want to file it anyway.',
    'no-dossier': 'Bronvast found no matching dossier. Choose one in the Bronvast pane.',
    uncertain: 'Bronvast is not sure enough about the dossier. Check the assessment in the pane.',
  },
  unreadable: 'Bronvast could not read this e-mail.',
  openPane: 'Open Bronvast',
  sendPrompt: (suggested) =>
    'This e-mail looks policy-relevant, but no dossier has been chosen. ' +
    (suggested === null ? '' : `Suggested dossier: ${suggested}. `) +
    'Choose "Choose dossier" to set it; the e-mail is then filed automatically once sent. ' +
    'You can also send without a dossier.',
  chooseDossier: 'Choose dossier',
};

/** The texts in the user's language. */
export function commandTexts(language: UiLanguage): CommandTexts {
  return language === 'en' ? en : nl;
}

/** The shared sentence for a failure code, never the raw code. */
export function failureSentence(code: FailureCode, language: UiLanguage): string {
  return describeFilingError(code, language);
}

/** "Filed in X, but the retention label was not applied.", in the shared words. */
export function filedWithWarnings(
  filed: string,
  warnings: readonly FilingWarning[],
  language: UiLanguage,
): string {
  const ui = uiMessages(language);
  return `${ui.filedBut(
    filed.replace(/\.$/, ''),
    warnings.map((warning) => ui.warning[warning]),
  )}.`;
}
