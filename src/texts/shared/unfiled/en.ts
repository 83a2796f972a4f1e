import type { UnfiledTexts } from './unfiled-texts';

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export const en: UnfiledTexts = {
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
