import type { UiLanguage } from '../language';

/** Every sentence of the workbench page, per language. */
export interface WorkbenchTexts {
  readonly title: string;
  readonly intro: string;
  readonly folders: string;
  readonly inbox: string;
  readonly sent: string;
  readonly archive: string;
  readonly newMail: string;
  readonly messages: string;
  readonly select: (subject: string) => string;
  readonly empty: string;
  readonly noMailOpen: string;
  readonly from: string;
  readonly to: string;
  readonly cc: string;
  readonly subject: string;
  readonly body: string;
  readonly send: string;
  readonly cancel: string;
  readonly sendAnyway: string;
  readonly sending: string;
  readonly sent_: string;
  readonly blocked: (reason: string) => string;
  readonly paneTitle: string;
  readonly records: string;
  readonly refresh: string;
  readonly noRecords: string;
  readonly recordColumns: readonly [string, string, string, string, string];
  readonly filedCategory: string;
  readonly language: string;
  readonly loadFailed: string;
  readonly noSubject: string;
  readonly unread: string;
  readonly attachment: string;
  readonly surfaces: string;
  readonly readingPane: string;
  readonly openRecord: (subject: string) => string;
}

const nl: WorkbenchTexts = {
  title: 'Bronvast werkbank',
  intro:
    'Een proefpostvak met het lokale archiefsysteem: probeer Bronvast zonder Microsoft-account.',
  folders: 'Mappen',
  inbox: 'Postvak IN',
  sent: 'Verzonden items',
  archive: 'Archief',
  newMail: 'Nieuw bericht',
  messages: 'Berichten',
  select: (subject) => `Selecteer ${subject}`,
  empty: 'Deze map is leeg.',
  noMailOpen: 'Kies een bericht in de lijst.',
  from: 'Van',
  to: 'Aan',
  cc: 'CC',
  subject: 'Onderwerp',
  body: 'Bericht',
  send: 'Verzenden',
  cancel: 'Annuleren',
  sendAnyway: 'Toch verzenden',
  sending: 'Verzendcontrole loopt…',
  sent_: 'Het bericht is verzonden.',
  blocked: (reason) => `Niet verzonden: ${reason}`,
  paneTitle: 'Bronvast-taakvenster',
  records: 'Vastgelegde records',
  refresh: 'Vernieuwen',
  noRecords: 'Nog geen records.',
  recordColumns: ['Onderwerp', 'Dossier', 'Beoordeling', 'Vastgelegd door', 'SHA-256'],
  filedCategory: 'Vastgelegd',
  language: 'Taal van Outlook',
  loadFailed: 'Het lokale archiefsysteem is niet bereikbaar.',
  noSubject: '(geen onderwerp)',
  unread: 'Ongelezen',
  attachment: 'Bijlage',
  surfaces: 'Onderdelen',
  readingPane: 'Leesvenster',
  openRecord: (subject) => `${subject} (opent in een nieuw venster)`,
};

const en: WorkbenchTexts = {
  title: 'Bronvast workbench',
  intro: 'A trial mailbox with the local record system: try Bronvast without a Microsoft account.',
  folders: 'Folders',
  inbox: 'Inbox',
  sent: 'Sent Items',
  archive: 'Archive',
  newMail: 'New mail',
  messages: 'Messages',
  select: (subject) => `Select ${subject}`,
  empty: 'This folder is empty.',
  noMailOpen: 'Choose a message in the list.',
  from: 'From',
  to: 'To',
  cc: 'Cc',
  subject: 'Subject',
  body: 'Message',
  send: 'Send',
  cancel: 'Cancel',
  sendAnyway: 'Send anyway',
  sending: 'Checking before sending…',
  sent_: 'The message was sent.',
  blocked: (reason) => `Not sent: ${reason}`,
  paneTitle: 'Bronvast task pane',
  records: 'Filed records',
  refresh: 'Refresh',
  noRecords: 'No records yet.',
  recordColumns: ['Subject', 'Dossier', 'Assessment', 'Filed by', 'SHA-256'],
  filedCategory: 'Filed',
  language: 'Outlook language',
  loadFailed: 'The local record system cannot be reached.',
  noSubject: '(no subject)',
  unread: 'Unread',
  attachment: 'Attachment',
  surfaces: 'Surfaces',
  readingPane: 'Reading pane',
  openRecord: (subject) => `${subject} (opens in a new window)`,
};

/** The workbench's sentences in a language. */
export function workbenchTexts(language: UiLanguage): WorkbenchTexts {
  return language === 'en' ? en : nl;
}
