import type { CommandTexts } from './command-texts';

export const nl: CommandTexts = {
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
