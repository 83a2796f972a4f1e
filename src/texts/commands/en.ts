import type { CommandTexts } from './command-texts';

export const en: CommandTexts = {
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
