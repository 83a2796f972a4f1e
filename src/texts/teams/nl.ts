import type { TeamsTexts } from './teams-texts';

/**
 * Graph's reaction types: Unicode characters, and six names kept for compatibility
 * (https://learn.microsoft.com/graph/api/resources/chatmessagereaction).
 */
const NL_REACTIONS: ReadonlyMap<string, string> = new Map([
  ['like', 'duim omhoog'],
  ['heart', 'hartje'],
  ['laugh', 'lach'],
  ['surprised', 'verbaasd'],
  ['sad', 'verdrietig'],
  ['angry', 'boos'],
]);

export const NL: TeamsTexts = {
  title: 'Bronvast',
  intro: 'Kies het bericht met het besluit en vink de berichten aan die het toelichten.',
  loading: 'De berichten worden geladen…',
  earlier: 'Eerdere berichten',
  noMessages: 'Nog geen berichten.',
  systemMessage: 'Systeembericht (bijvoorbeeld: deelnemers toegevoegd)',
  deletedMessage: 'Dit bericht is verwijderd.',
  decision: 'Besluit',
  context: 'Context',
  showReplies: 'Antwoorden tonen',
  hideReplies: 'Antwoorden verbergen',
  attachment: 'Bijlage',
  reactions: 'Reacties',
  reaction: (type) => NL_REACTIONS.get(type) ?? type,
  filedIn: (dossier) => `Vastgelegd in ${dossier}`,
  chooseDecision: 'Kies eerst het bericht met het besluit.',
  selection: (count) => (count === 1 ? '1 bericht gekozen' : `${count} berichten gekozen`),
  note: 'Toelichting',
  noteHint: 'Bijvoorbeeld: "Besluit: de brief gaat op 2 december naar de Kamer."',
  notePlaceholder: 'Besluit: …',
  reply: 'Meld in de chat dat het besluit is vastgelegd',
  replyHint: 'Bronvast plaatst dan een kort bericht namens u.',
  file: 'Vastleggen',
  fileAgain: 'Opnieuw vastleggen (met deze context)',
  chooseDossierFirst: 'Kies eerst een dossier.',
  replyText: (dossier) => `Dit besluit is vastgelegd in dossier ${dossier} (Bronvast).`,
  replySent: 'Het bericht in de chat is geplaatst.',
  replyFailed: 'Het bericht in de chat kon niet worden geplaatst; het besluit is wel vastgelegd.',
  notMember:
    'U bent geen lid van deze chat of dit kanaal, dus Bronvast kan de berichten niet lezen.',
  notFound: 'Deze chat of dit kanaal is niet gevonden.',
  readFailed: 'De berichten konden niet worden gelezen. Probeer het later opnieuw.',
  personal:
    'Open Bronvast als tabblad in een chat of kanaal om een besluit vast te leggen. Hieronder staat uw beleidsrelevante mail die nog niet is vastgelegd.',
  configTitle: 'Bronvast toevoegen',
  configText:
    'Met Bronvast legt het team besluiten uit dit gesprek vast als archiefstuk in het dossier. Kies Opslaan om het tabblad toe te voegen.',
  messagesLabel: 'Berichten',
  assessmentLabel: 'Beoordeling en vastleggen',
};
