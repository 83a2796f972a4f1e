import type { UiLanguage } from '../language';

/** The sentences of "nog vastleggen", per language. */
export interface UnfiledTexts {
  readonly open: string;
  readonly back: string;
  readonly title: (count: number, done: boolean) => string;
  readonly period: string;
  readonly weeks: (weeks: number) => string;
  readonly reading: (read: number) => string;
  readonly readDone: (read: number) => string;
  readonly failed: string;
  readonly noDossier: string;
  readonly chooseDossier: string;
  readonly selectAll: (group: string) => string;
  readonly showAll: (count: number) => string;
  readonly file: (count: number) => string;
  readonly prive: (count: number) => string;
  readonly notRelevant: (count: number) => string;
  readonly queued: (count: number) => string;
  readonly dismissed: (count: number) => string;
  readonly needDossier: (count: number) => string;
  readonly nothing: string;
  readonly sharedMailbox: (mailbox: string) => string;
  readonly sent: string;
}

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

const nl: UnfiledTexts = {
  open: 'Nog vastleggen',
  back: 'Terug naar het bericht',
  title: (n, done) =>
    `${count(n, 'bericht', 'berichten')} nog niet vastgelegd${done ? '' : ' (bezig met lezen)'}`,
  period: 'Periode',
  weeks: (weeks) => `Laatste ${weeks} weken`,
  reading: (read) => `${read} berichten gelezen, bezig…`,
  readDone: (read) => `Klaar: ${read} berichten gelezen.`,
  failed: 'De mail kon niet worden gelezen. Probeer het later opnieuw.',
  noDossier: 'Geen passend dossier',
  chooseDossier: 'Dossier voor deze berichten',
  selectAll: (group) => `Alle berichten van ${group} selecteren`,
  showAll: (n) => `Alle ${n} tonen`,
  file: (n) => `${count(n, 'bericht', 'berichten')} vastleggen`,
  prive: (n) => `Privé (${n})`,
  notRelevant: (n) => `Niet relevant (${n})`,
  queued: (n) => `${count(n, 'bericht', 'berichten')} in de wachtrij om vast te leggen.`,
  dismissed: (n) => `${count(n, 'bericht', 'berichten')} terzijde gelegd.`,
  needDossier: (n) =>
    `${count(n, 'bericht', 'berichten')} zonder dossier: kies eerst een dossier voor die groep.`,
  nothing: 'Alles is vastgelegd of terzijde gelegd. Goed bezig!',
  sharedMailbox: (mailbox) => `in ${mailbox}`,
  sent: 'verzonden',
};

const en: UnfiledTexts = {
  open: 'Still to file',
  back: 'Back to the message',
  title: (n, done) =>
    `${count(n, 'message', 'messages')} not filed yet${done ? '' : ' (still reading)'}`,
  period: 'Period',
  weeks: (weeks) => `Last ${weeks} weeks`,
  reading: (read) => `${read} messages read, reading on…`,
  readDone: (read) => `Done: ${read} messages read.`,
  failed: 'The mail could not be read. Please try again later.',
  noDossier: 'No matching dossier',
  chooseDossier: 'Dossier for these messages',
  selectAll: (group) => `Select all messages of ${group}`,
  showAll: (n) => `Show all ${n}`,
  file: (n) => `File ${count(n, 'message', 'messages')}`,
  prive: (n) => `Private (${n})`,
  notRelevant: (n) => `Not relevant (${n})`,
  queued: (n) => `${count(n, 'message', 'messages')} queued for filing.`,
  dismissed: (n) => `${count(n, 'message', 'messages')} set aside.`,
  needDossier: (n) =>
    `${count(n, 'message', 'messages')} without a dossier: choose a dossier for that group first.`,
  nothing: 'Everything is filed or set aside. Well done!',
  sharedMailbox: (mailbox) => `in ${mailbox}`,
  sent: 'sent',
};

/** The sentences of "nog vastleggen" in a language. */
export function unfiledTexts(language: UiLanguage): UnfiledTexts {
  return language === 'en' ? en : nl;
}
