import { rm } from 'node:fs/promises';
import type { Actor } from '../../context';
import { failure, success, type EmulatorResponse, type Outcome } from '../../http/exchange';
import { accessDenied, invalidRequest, nameAlreadyExists } from '../../http/graph-error';
import { mimeTypeOf, renamed } from '../../names';
import { commitContent, keepContent, type WrittenFile } from '../../store/content-files';
import { indexDriveItem } from '../../store/search-index';
import { findChild } from '../../store/drive-items';
import { saveDriveItem } from '../../store/save-drive-item';
import { findListItem, saveListItem } from '../../store/list-items';
import type { DriveItemRecord } from '../../store/records';
import { timestamp } from '../../store/store';
import {
  checkNames,
  createEntry,
  ensureFolders,
  mayAccessDriveItem,
  type DriveRef,
  type FileFacts,
} from './drive-paths';
import { isContentLocked, resourceLocked } from './record-lock';

/** What to do when the name is taken: Graph's `@microsoft.graph.conflictBehavior`. */
export type ConflictBehavior = 'fail' | 'replace' | 'rename';

/** Reads a conflict behaviour, with the default of the call (replace for PUT, fail for sessions). */
export function parseConflictBehavior(
  value: unknown,
  fallback: ConflictBehavior,
): Outcome<ConflictBehavior> {
  if (value === undefined || value === null || value === '') return success(fallback);
  if (value === 'fail' || value === 'replace' || value === 'rename') return success(value);
  return failure(
    invalidRequest(`Invalid value for @microsoft.graph.conflictBehavior: '${String(value)}'.`),
  );
}

/** Where a file goes: the start item, the folder names below it and the file name. */
export interface Placement {
  readonly parent: DriveItemRecord;
  readonly folders: readonly string[];
  readonly name: string;
}

/**
 * Refuses an upload before any bytes are read (and before an upload session exists): 409 when
 * `fail` meets an existing name, 403 when the caller may not write the existing file or, for a
 * new file, the folder it goes into, 423 when it is a locked record.
 */
export function refusedEarly(
  actor: Actor,
  drive: DriveRef,
  placement: Placement,
  behavior: ConflictBehavior,
): EmulatorResponse | undefined {
  const existing = existingTarget(actor, drive, placement);
  if (existing === undefined) return mayAdd(actor, drive, placement) ? undefined : accessDenied();
  if (behavior === 'fail' || existing.isFolder) return nameAlreadyExists(placement.name);
  if (behavior === 'rename') return undefined;
  if (!mayAccessDriveItem(actor, drive, existing, 'write')) return accessDenied();
  return isContentLocked(existing) ? resourceLocked(existing.name) : undefined;
}

/**
 * Whether the caller may add the file (and the folders it needs): `write` on the deepest folder
 * of its path that exists, which the new items inherit their permissions from.
 */
function mayAdd(actor: Actor, drive: DriveRef, placement: Placement): boolean {
  let folder = placement.parent;
  for (const name of placement.folders) {
    const next = findChild(actor.store, drive.driveId, folder.id, name);
    if (next === undefined) break;
    folder = next;
  }
  return mayAccessDriveItem(actor, drive, folder, 'write');
}

function existingTarget(
  actor: Actor,
  drive: DriveRef,
  placement: Placement,
): DriveItemRecord | undefined {
  let current: DriveItemRecord | undefined = placement.parent;
  for (const name of placement.folders) {
    current =
      current === undefined ? undefined : findChild(actor.store, drive.driveId, current.id, name);
  }
  return current === undefined
    ? undefined
    : findChild(actor.store, drive.driveId, current.id, placement.name);
}

/**
 * Puts finished content in place: creates missing folders, applies the conflict behaviour and
 * moves the temp file into the content store. The temp file is removed when the answer is no.
 */
export async function placeFile(
  actor: Actor,
  drive: DriveRef,
  placement: Placement,
  written: WrittenFile,
  behavior: ConflictBehavior,
): Promise<Outcome<{ item: DriveItemRecord; created: boolean }>> {
  const decided = actor.store.db.transaction(() =>
    decide(actor, drive, placement, written, behavior),
  )();
  if (!decided.ok) {
    await rm(written.path, { force: true });
    return decided;
  }
  const { item, created, kept } = decided.value;
  if (!created && kept !== undefined) await keepContent(actor.store, item.id, kept);
  await commitContent(actor.store, written.path, item.id);
  indexDriveItem(actor.store, item, true);
  return success({ item, created });
}

function decide(
  actor: Actor,
  drive: DriveRef,
  placement: Placement,
  written: WrittenFile,
  behavior: ConflictBehavior,
): Outcome<{ item: DriveItemRecord; created: boolean; kept?: number }> {
  const names = checkNames(actor, drive, placement.parent, [...placement.folders, placement.name]);
  if (!names.ok) return names;
  if (existingTarget(actor, drive, placement) === undefined && !mayAdd(actor, drive, placement))
    return failure(accessDenied());
  const folder = ensureFolders(actor, drive, placement.parent, placement.folders);
  if (!folder.ok) return folder;
  let name = placement.name;
  let existing = findChild(actor.store, drive.driveId, folder.value.id, name);
  if (existing !== undefined && behavior === 'rename') {
    for (let attempt = 1; existing !== undefined; attempt += 1) {
      name = renamed(placement.name, attempt);
      existing = findChild(actor.store, drive.driveId, folder.value.id, name);
    }
  }
  const facts = {
    size: written.size,
    mimeType: mimeTypeOf(name),
    sha256: written.sha256,
    quickXorHash: written.quickXorHash,
  };
  if (existing === undefined)
    return success({
      item: createEntry(actor, drive, folder.value.id, name, facts),
      created: true,
    });
  if (behavior === 'fail' || existing.isFolder) return failure(nameAlreadyExists(name));
  if (!mayAccessDriveItem(actor, drive, existing, 'write')) return failure(accessDenied());
  if (isContentLocked(existing)) return failure(resourceLocked(existing.name));
  const kept = existing.contentVersion ?? 1;
  return success({ item: replaceContent(actor, drive, existing, facts), created: false, kept });
}

function replaceContent(
  actor: Actor,
  drive: DriveRef,
  existing: DriveItemRecord,
  facts: FileFacts,
): DriveItemRecord {
  const now = timestamp(actor.store);
  const item: DriveItemRecord = {
    ...existing,
    ...facts,
    contentVersion: (existing.contentVersion ?? 1) + 1,
    version: existing.version + 1,
    modifiedAt: now,
    modifiedBy: actor.user.upn,
  };
  saveDriveItem(actor.store, item);
  const listItem =
    existing.listItemId === undefined
      ? undefined
      : findListItem(actor.store, drive.list.id, existing.listItemId);
  if (listItem !== undefined) {
    saveListItem(actor.store, {
      ...listItem,
      contentSize: facts.size,
      contentVersion: item.contentVersion ?? 1,
      version: listItem.version + 1,
      modifiedAt: now,
      modifiedBy: actor.user.upn,
    });
  }
  return item;
}
