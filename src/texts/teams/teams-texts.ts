import type { UiLanguage } from '../language';

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

const EN_REACTIONS: ReadonlyMap<string, string> = new Map([
  ['like', 'thumbs up'],
  ['heart', 'heart'],
  ['laugh', 'laugh'],
  ['surprised', 'surprised'],
  ['sad', 'sad'],
  ['angry', 'angry'],
]);
/** The tab's own sentences; the shared components bring theirs. */
export interface TeamsTexts {
  readonly title: string;
  readonly intro: string;
  readonly loading: string;
  readonly earlier: string;
  readonly noMessages: string;
  readonly systemMessage: string;
  readonly deletedMessage: string;
  readonly decision: string;
  readonly context: string;
  readonly showReplies: string;
  readonly hideReplies: string;
  readonly attachment: string;
  readonly reactions: string;
  /** A reaction in words: Graph's six named reactions; an emoji as it is. */
  readonly reaction: (type: string) => string;
  readonly filedIn: (dossier: string) => string;
  readonly chooseDecision: string;
  readonly selection: (count: number) => string;
  readonly note: string;
  readonly noteHint: string;
  readonly notePlaceholder: string;
  readonly reply: string;
  readonly replyHint: string;
  readonly file: string;
  readonly fileAgain: string;
  readonly chooseDossierFirst: string;
  readonly replyText: (dossier: string) => string;
  readonly replySent: string;
  readonly replyFailed: string;
  readonly notMember: string;
  readonly notFound: string;
  readonly readFailed: string;
  readonly personal: string;
  readonly configTitle: string;
  readonly configText: string;
  readonly messagesLabel: string;
  readonly assessmentLabel: string;
}

const NL: TeamsTexts = {
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

const EN: TeamsTexts = {
  title: 'Bronvast',
  intro: 'Choose the message with the decision and tick the messages that explain it.',
  loading: 'Loading messages…',
  earlier: 'Earlier messages',
  noMessages: 'No messages yet.',
  systemMessage: 'System message (for example: members added)',
  deletedMessage: 'This message was deleted.',
  decision: 'Decision',
  context: 'Context',
  showReplies: 'Show replies',
  hideReplies: 'Hide replies',
  attachment: 'Attachment',
  reactions: 'Reactions',
  reaction: (type) => EN_REACTIONS.get(type) ?? type,
  filedIn: (dossier) => `Filed in ${dossier}`,
  chooseDecision: 'First choose the message with the decision.',
  selection: (count) => (count === 1 ? '1 message chosen' : `${count} messages chosen`),
  note: 'Note (toelichting)',
  noteHint: 'For example: "Decision: the letter goes to Parliament on 2 December."',
  notePlaceholder: 'Decision: …',
  reply: 'Post in the chat that the decision was filed',
  replyHint: 'Bronvast then posts a short message on your behalf.',
  file: 'File',
  fileAgain: 'File again (with this context)',
  chooseDossierFirst: 'Choose a dossier first.',
  replyText: (dossier) => `This decision was filed in dossier ${dossier} (Bronvast).`,
  replySent: 'The message was posted in the chat.',
  replyFailed: 'The message could not be posted in the chat; the decision was filed.',
  notMember: 'You are not a member of this chat or channel, so Bronvast cannot read its messages.',
  notFound: 'This chat or channel was not found.',
  readFailed: 'The messages could not be read. Please try again later.',
  personal:
    'Open Bronvast as a tab in a chat or channel to file a decision. Below is your policy-relevant mail that is not filed yet.',
  configTitle: 'Add Bronvast',
  configText:
    'With Bronvast the team files decisions from this conversation as records in their dossier. Choose Save to add the tab.',
  messagesLabel: 'Messages',
  assessmentLabel: 'Assessment and filing',
};

/** The tab's sentences in a language. */
export function teamsTexts(language: UiLanguage): TeamsTexts {
  return language === 'en' ? EN : NL;
}
