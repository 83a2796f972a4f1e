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
