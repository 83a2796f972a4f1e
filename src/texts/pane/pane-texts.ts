import type { UiLanguage } from '../language';

/** The task pane's own sentences, in one place per language (STYLE.md habit 7). */
export interface PaneTexts {
  readonly paneTitle: string;
  readonly loading: string;
  readonly noItem: string;
  readonly readFailed: string;
  readonly toelichting: string;
  readonly toelichtingHint: string;
  readonly file: string;
  readonly chooseDossierFirst: string;
  readonly fileAgain: string;
  readonly selectionHeading: (count: number) => string;
  readonly fileSelection: (count: number) => string;
  readonly fileConversation: string;
  readonly composeHeading: string;
  readonly composeDossier: string;
  readonly composeExplanation: string;
  readonly composeSaved: (dossier: string) => string;
  readonly saveDossier: string;
  readonly reassess: string;
  readonly adjustmentUnreadable: string;
  /** The stored adjustment is not a records manager's, or holds weights learning never writes. */
  readonly adjustmentUntrusted: string;
  readonly openUnfiled: string;
  readonly backToItem: string;
}

const nl: PaneTexts = {
  paneTitle: 'Bronvast',
  openUnfiled: 'Nog vastleggen',
  backToItem: 'Terug naar het bericht',
  loading: 'Het bericht wordt beoordeeld…',
  noItem: 'Open een e-mail om die te beoordelen en vast te leggen.',
  readFailed: 'Het bericht kon niet worden gelezen.',
  toelichting: 'Toelichting',
  toelichtingHint: 'Optioneel: waarom dit bericht ertoe doet.',
  file: 'Vastleggen',
  chooseDossierFirst: 'Kies eerst een dossier.',
  fileAgain: 'Opnieuw vastleggen',
  selectionHeading: (count) => `${count} berichten geselecteerd`,
  fileSelection: (count) => `${count} berichten vastleggen`,
  fileConversation: 'Het hele gesprek vastleggen',
  composeHeading: 'Nieuw bericht',
  composeDossier: 'Dossier voor deze e-mail',
  composeExplanation: 'Het dossier gaat mee met de e-mail; na verzenden wordt die vastgelegd.',
  composeSaved: (dossier) => `Dossier ${dossier} staat bij het concept.`,
  saveDossier: 'Dossier koppelen',
  reassess: 'Beoordeling bijwerken',
  adjustmentUnreadable:
    'Wat de informatiebeheerders Bronvast leerden over beleidsrelevantie is onleesbaar; de beoordeling gebruikt de standaardweging.',
  adjustmentUntrusted:
    'Wat Bronvast zou hebben geleerd over beleidsrelevantie is niet door een informatiebeheerder vastgelegd of valt buiten wat leren schrijft; de beoordeling gebruikt de standaardweging.',
};

const en: PaneTexts = {
  paneTitle: 'Bronvast',
  openUnfiled: 'Still to file',
  backToItem: 'Back to the message',
  loading: 'Assessing the message…',
  noItem: 'Open an e-mail to assess and file it.',
  readFailed: 'The message could not be read.',
  toelichting: 'Note (toelichting)',
  toelichtingHint: 'Optional: why this message matters.',
  file: 'File',
  chooseDossierFirst: 'Choose a dossier first.',
  fileAgain: 'File again',
  selectionHeading: (count) => `${count} messages selected`,
  fileSelection: (count) => `File ${count} messages`,
  fileConversation: 'File the whole conversation',
  composeHeading: 'New message',
  composeDossier: 'Dossier for this e-mail',
  composeExplanation: 'The dossier travels with the e-mail; it is filed once sent.',
  composeSaved: (dossier) => `Dossier ${dossier} is stored on the draft.`,
  saveDossier: 'Link dossier',
  reassess: 'Update assessment',
  adjustmentUnreadable:
    'What the records managers taught Bronvast about policy relevance cannot be read; the assessment uses the shipped weights.',
  adjustmentUntrusted:
    'What Bronvast would have learnt about policy relevance was not stored by a records manager, or lies beyond what learning writes; the assessment uses the shipped weights.',
};

/** The task pane's own sentences in the officer's language. */
export function paneTexts(language: UiLanguage): PaneTexts {
  return language === 'en' ? en : nl;
}
