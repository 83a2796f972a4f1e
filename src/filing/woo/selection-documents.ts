import {
  findDuplicates,
  groupThreads,
  type DeskDocument,
  type DeskThread,
  type DuplicateFinding,
} from '../../core/woo-desk';
import type { LoadedDocument } from './desk-record';

/** The core's view of a loaded document, for threads and duplicates. */
export function deskDocument(document: LoadedDocument): DeskDocument {
  return {
    key: document.key,
    recordId: document.recordId,
    kind: document.kind,
    ...(document.parentKey === undefined ? {} : { parentKey: document.parentKey }),
    sha256: document.sha256,
    ...(document.messageId === undefined ? {} : { messageId: document.messageId }),
    ...(document.inReplyTo === undefined ? {} : { inReplyTo: document.inReplyTo }),
    references: document.references,
    ...(document.conversationId === undefined ? {} : { conversationId: document.conversationId }),
    ...(document.date === undefined ? {} : { date: document.date }),
    text: document.body,
  };
}

/** A selection's structure: its threads (families within) and its duplicates by key. */
export interface SelectionStructure {
  readonly threads: readonly DeskThread[];
  readonly duplicates: ReadonlyMap<string, DuplicateFinding>;
}

/** Threads and duplicates of a selection's documents. */
export function selectionStructure(documents: readonly DeskDocument[]): SelectionStructure {
  return {
    threads: groupThreads(documents),
    duplicates: new Map(findDuplicates(documents).map((found) => [found.key, found])),
  };
}
