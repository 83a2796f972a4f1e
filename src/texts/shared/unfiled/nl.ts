import type { UnfiledTexts } from './unfiled-texts';

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export const nl: UnfiledTexts = {
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
