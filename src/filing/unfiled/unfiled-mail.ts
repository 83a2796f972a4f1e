import type { DossierId, ImmutableItemId, Party, SourceId } from '../../core';
import type { MailFolderName } from '../../graph/mail';

/** A policy-relevant mail not filed and not set aside, as "nog vastleggen" lists it. */
export interface UnfiledMail {
  readonly id: ImmutableItemId;
  /** The shared mailbox it is in; absent for the officer's own. */
  readonly mailbox?: string;
  readonly folder: MailFolderName;
  readonly sourceId: SourceId;
  readonly subject: string;
  readonly from?: Party;
  /** Received (sent, for sent mail): what the list sorts on. */
  readonly received: Date;
  /** The core's first dossier suggestion; null when no dossier fits. */
  readonly dossier: DossierId | null;
  /** The relevance score, 0..1. */
  readonly score: number;
}
