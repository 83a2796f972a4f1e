import type { PaneTexts } from './pane-texts';

export const nl: PaneTexts = {
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
