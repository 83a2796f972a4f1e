import type {
  Assessment,
  Dossier,
  DossierId,
  ImmutableItemId,
  Message,
  RestItemId,
  SourceId,
} from '../core';
import type { FiledLookup, LearningWarning, Outbox } from '../filing';
import type { UnfiledServices } from '../ui/unfiled/unfiled-services';

export type { FiledLookup };

/** A mail the pane can queue for filing without opening it: its REST id and subject. */
export interface MailRef {
  readonly itemId: RestItemId;
  /** Its immutable id, when it came from Graph (which the pane asks for those ids). */
  readonly mailId?: ImmutableItemId;
  readonly subject: string;
  readonly conversationId?: string;
  /** Its Message-ID, when known. */
  readonly sourceId?: SourceId;
}

/** What is open in Outlook, as the pane needs it. */
export type PaneItem =
  | { readonly kind: 'none' }
  | {
      readonly kind: 'read';
      readonly itemId: RestItemId;
      readonly message: Message;
      /** The shared mailbox the mail is in; absent for the officer's own. */
      readonly mailbox?: string;
    }
  | { readonly kind: 'compose'; readonly message: Message; readonly dossier: DossierId | null }
  | { readonly kind: 'selection'; readonly items: readonly MailRef[] };

/**
 * Everything the pane does outside React, built by the composition root (index.ts) from
 * src/host, src/graph and src/core, and by tests from fakes.
 */
export interface PaneServices {
  readonly readItem: () => Promise<PaneItem>;
  /** Calls back when the officer selects another item; returns the unsubscribe. */
  readonly onItemChanged: (handler: () => void) => () => void;
  readonly assess: (message: Message) => Promise<Assessment>;
  /**
   * The assessment for the page's first view, made before the name lexicon has loaded: the same
   * relevance as {@link assess} (the lexicon only finds names for the disclosure advice), so the
   * page can show the verdict while the rest loads. Absent: the page waits for `assess`.
   */
  readonly assessFirstView?: (message: Message) => Promise<Assessment>;
  /** What of the organisation's learning could not be used for the assessments. */
  readonly learningWarnings?: () => Promise<readonly LearningWarning[]>;
  readonly loadDossiers: () => Promise<readonly Dossier[]>;
  readonly lookupFiled: (message: Message) => Promise<FiledLookup>;
  /** The mails of a conversation in a mailbox (own: no mailbox), for "file the whole conversation". */
  readonly conversationMails: (
    conversationId: string,
    mailbox?: string,
  ) => Promise<readonly MailRef[]>;
  /** Stores the chosen dossier on the draft, so it travels with the mail when sent. */
  readonly saveDraftDossier: (dossier: DossierId) => Promise<void>;
  /** Queues the sent mails whose dossier was chosen while writing and that are not filed yet; returns how many. */
  readonly sweepSentItems: () => Promise<number>;
  readonly outbox: Outbox;
  /** "Nog vastleggen": the recent mail not yet filed; absent where the pane cannot read mail. */
  readonly unfiled?: UnfiledServices;
}
