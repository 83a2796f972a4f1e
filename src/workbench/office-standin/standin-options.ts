import type { OfficeCommandEvent, OfficeNotification } from '../../host/office-subset';

/** The draft of the workbench's compose window, as the stand-in reads and changes it. */
export interface StandInDraft {
  readonly to: readonly string[];
  readonly cc: readonly string[];
  readonly subject: string;
  readonly body: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly properties: Readonly<Record<string, string>>;
}

/** Where the stand-in gets the open draft and how it records changes to it. */
export interface StandInCompose {
  draft(): StandInDraft | null;
  updateDraft(change: Partial<Pick<StandInDraft, 'headers' | 'properties'>>): void;
}

/** Options of `createOfficeStandIn`. */
export interface OfficeStandInOptions {
  /** The local record system's Graph base URL, e.g. `http://localhost:4000/v1.0`. */
  readonly graphBaseUrl: string;
  /** The bearer token, e.g. `dev:beleid@bronvast.example`. */
  readonly token: string;
  /** The signed-in user as Office's `userProfile` reports it. */
  readonly user: { readonly emailAddress: string; readonly displayName: string };
  /** Outlook's display language (`nl-NL`, `en-US`). Default `nl-NL`. */
  readonly displayLanguage?: string;
  /** Graph id of the mail open in the reading view, or null. */
  currentItemId(): string | null;
  /** Graph ids of the selected mails (multi-select). */
  selectedItemIds(): readonly string[];
  /** The shared mailbox the selected mails are in; null (or absent) for the user's own. */
  currentMailbox?(): string | null;
  /** The compose window; while it holds a draft, the draft is the current item. */
  readonly compose?: StandInCompose;
  /** Registers for selection and draft changes; returns the unsubscribe. */
  onChange?(listener: () => void): () => void;
  /** Where `Office.actions.associate` registers its handlers. */
  associate?(name: string, handler: (event: OfficeCommandEvent) => unknown): void;
  /** Called for `notificationMessages.replaceAsync`. */
  onNotice?(key: string, notice: OfficeNotification): void;
  /** Called for `Office.addin.showAsTaskpane`. */
  showTaskpane?(): void;
  /** Default the global fetch. */
  readonly fetch?: typeof fetch;
}
