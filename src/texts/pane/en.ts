import type { PaneTexts } from './pane-texts';

export const en: PaneTexts = {
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
