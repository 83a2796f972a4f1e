import type { Message } from '../../core';
import {
  variantDedupKey,
  chatSourceFileName,
  recordFileName,
  type RecordMetadata,
  type RecordMetadataDraft,
} from '../../core/records';
// The rendition alone, as the records index leaves it out (it brings the Woo categories' table).
import { recordRendition, type AttachmentText } from '../../core/records/record-rendition';
import type { GraphClient } from '../graph-client';
import type { SiteIds } from '../site-ids';
import type { GraphDriveItem } from '../wire-types';
import { hashContent, type ContentSource } from './content-source';
import { findRecordByDedupKey } from './dedup-lookup';
import { inspectExistingFile } from './existing-file';
import { areaFolder, INTAKE_FOLDER } from './record-areas';
import type { FiledRecord } from './filed-record';
import { finishFiling, type FilingWarning } from './finish-filing';
import { repairRecord } from './repair-record';
import type { UploadOutcome } from './upload-outcome';
import { uploadLarge } from './upload-session';
import { uploadSmall } from './upload-small';

/** Size limits of the upload; defaults suit Graph. */
export interface UploadOptions {
  /** Content below this many bytes goes in one PUT (default 4 MiB). */
  readonly smallUploadLimit?: number;
  /** Upload session chunk size, a multiple of 320 KiB (default 3.125 MiB = 10 x 320 KiB). */
  readonly chunkSize?: number;
}

/** What to file where. */
export interface FileRecordInput {
  readonly site: SiteIds;
  /** A mail's full MIME, or a chat message's HTML rendering. */
  readonly content: ContentSource;
  readonly message: Message;
  readonly metadata: RecordMetadataDraft;
  /** The dossier's folder, filed into the intake area of the records library (`Aanlevering/`). */
  readonly dossierFolder: string;
  readonly retentionLabel?: string;
  /** Chat only: the message's JSON source, stored beside the HTML. */
  readonly chatSource?: ContentSource;
  /** The record the caller's own dedup lookup found (null: none), so it is not looked up twice. */
  readonly existing?: FiledRecord | null;
  readonly upload?: UploadOptions;
  /** The record's file extension when the content is not MIME (`.msg`: an Outlook file as it was). */
  readonly extension?: string;
  /** What an earlier filing of this content left undone: repaired when the record is found. */
  readonly repair?: readonly FilingWarning[];
  /** The text of the attachments, where the caller could read it, for the search rendition. */
  readonly attachmentTexts?: readonly AttachmentText[];
}

/** How a filing ended; failed I/O throws GraphCallError instead. */
export type FilingResult =
  | {
      readonly kind: 'filed';
      readonly record: FiledRecord;
      readonly warnings: readonly FilingWarning[];
    }
  | {
      readonly kind: 'already-filed';
      readonly record: FiledRecord;
      /** What is still undone after the repair the input asked for; empty without one. */
      readonly warnings: readonly FilingWarning[];
    }
  /** The record's path holds a file this user may not read (403, or 404 after a 409): a colleague filed this message. */
  | { readonly kind: 'already-filed-by-other'; readonly path: string }
  | {
      readonly kind: 'conflict';
      readonly code: 'content-differs';
      readonly path: string;
      readonly existingSha256: string;
    };

type Placement =
  | { readonly kind: 'placed'; readonly item: GraphDriveItem }
  | Exclude<FilingResult, { kind: 'filed' }>;

/**
 * Files a message as a record, idempotently and losing nothing: the SHA-256 of the content
 * (streamed), a lookup by dedup key (filed by anyone with this content -> already-filed), the
 * upload to a deterministic path that fails rather than overwrites, completion of a file an
 * earlier filing left there (same SHA-256 only), then columns, retention label and audit event
 * in one `$batch`, with the record's plain-text rendition for Microsoft Search beside it
 * (`<name>.txt`, see {@link recordRendition}). Content other than the record filed under the same source id is a record of
 * its own (its key and path carry the SHA-256), flagged with `duplicateOf` for review.
 * A small mail costs 3 requests: lookup, PUT, `$batch`; a second content one lookup more.
 */
export async function fileRecord(
  client: GraphClient,
  input: FileRecordInput,
): Promise<FilingResult> {
  const sha256 = await hashContent(input.content);
  const metadata: RecordMetadata = { ...input.metadata, sha256 };
  const existing =
    input.existing !== undefined
      ? input.existing
      : await findRecordByDedupKey(client, input.site, metadata.dedupKey);
  if (existing === null) {
    const first = await fileAt(client, input, metadata, undefined);
    // A half-done file with other content at the first path: this content is its own record.
    if (first.kind !== 'conflict') return first;
  } else if (sameContent(existing, sha256)) {
    return alreadyFiled(client, input, existing);
  }
  const variant: RecordMetadata = {
    ...metadata,
    dedupKey: variantDedupKey(metadata.dedupKey, sha256),
    duplicateOf: metadata.dedupKey,
  };
  const filed = await findRecordByDedupKey(client, input.site, variant.dedupKey);
  if (filed !== null) return alreadyFiled(client, input, filed);
  return fileAt(client, input, variant, sha256);
}

/** A record filed before: repaired where the input says an earlier filing left it undone. */
async function alreadyFiled(
  client: GraphClient,
  input: FileRecordInput,
  record: FiledRecord,
): Promise<FilingResult> {
  const missing = input.repair ?? [];
  const warnings =
    missing.length === 0
      ? []
      : await repairRecord(client, input.site, record, missing, input.retentionLabel);
  return { kind: 'already-filed', record, warnings };
}

function sameContent(record: FiledRecord, sha256: string): boolean {
  const stored = record.metadata?.sha256 ?? '';
  // A record without a stored hash cannot be compared: it counts as this content.
  return stored === '' || stored === sha256;
}

/** Places the content under the metadata's key (a variant path for a second content) and finishes it. */
async function fileAt(
  client: GraphClient,
  input: FileRecordInput,
  metadata: RecordMetadata,
  variantOf: string | undefined,
): Promise<FilingResult> {
  const folder = areaFolder(INTAKE_FOLDER, input.dossierFolder.replace(/^\/+|\/+$/g, ''));
  const name = recordFileName(input.message, {
    folderPath: folder,
    ...(variantOf === undefined ? {} : { variantOf }),
    ...(input.extension === undefined ? {} : { extension: input.extension }),
  });
  const path = `${folder}/${name}`;
  const expected = { sha256: metadata.sha256, dedupKey: metadata.dedupKey };
  const placement = await placeFile(client, input, path, expected);
  if (placement.kind !== 'placed') return placement;
  if (input.chatSource !== undefined) {
    await upload(
      client,
      input.site.recordsDriveId,
      chatSourceFileName(path),
      input.chatSource,
      input.upload,
    );
  }
  const date = input.message.sent ?? input.message.received;
  const finished = await finishFiling(
    client,
    input.site,
    placement.item,
    metadata,
    input.retentionLabel,
    {
      recordPath: path,
      text: recordRendition(input.message, metadata, input.attachmentTexts),
      ...(date === undefined ? {} : { date }),
    },
  );
  return { kind: 'filed', ...finished };
}

/** Uploads the content, or adopts the file an earlier filing left at the path. */
async function placeFile(
  client: GraphClient,
  input: FileRecordInput,
  path: string,
  expected: { readonly sha256: string; readonly dedupKey: string },
): Promise<Placement> {
  const driveId = input.site.recordsDriveId;
  // Two rounds: a session that expired unfinished leaves no file, so the path is free again.
  // Taken twice yet invisible: a file this user may not see (SharePoint may answer 404 rather
  // than 403 for a colleague's record), so the message is filed by someone else.
  for (let round = 0; round < 2; round++) {
    const outcome = await upload(client, driveId, path, input.content, input.upload);
    if (outcome.kind === 'uploaded') return { kind: 'placed', item: outcome.item };
    const found = await inspectExistingFile(client, driveId, path, expected);
    if (found.kind === 'recorded')
      return { kind: 'already-filed', record: found.record, warnings: [] };
    if (found.kind === 'unreadable') return { kind: 'already-filed-by-other', path };
    if (found.kind === 'same-content') return { kind: 'placed', item: found.item };
    if (found.kind === 'different-content') {
      return {
        kind: 'conflict',
        code: 'content-differs',
        path,
        existingSha256: found.existingSha256,
      };
    }
  }
  return { kind: 'already-filed-by-other', path };
}

function upload(
  client: GraphClient,
  driveId: string,
  path: string,
  content: ContentSource,
  options: UploadOptions | undefined,
): Promise<UploadOutcome> {
  const small = options?.smallUploadLimit ?? 4 * 1024 * 1024;
  return content.size < small
    ? uploadSmall(client, driveId, path, content)
    : uploadLarge(client, driveId, path, content, options?.chunkSize ?? 10 * 320 * 1024);
}
