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
