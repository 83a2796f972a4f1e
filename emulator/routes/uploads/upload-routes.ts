import { accessOf } from '../../access';
import { rm } from 'node:fs/promises';
import type { GraphContext, UploadContext } from '../../context';
import type { EmulatorResponse } from '../../http/exchange';
import { graphError, invalidRequest, itemNotFound } from '../../http/graph-error';
import { empty, json } from '../../http/respond';
import type { Route } from '../../http/router';
import { hashFile } from '../../store/content-files';
import { findDriveItem } from '../../store/drive-items';
import {
  deleteUploadSession,
  findUploadSession,
  type UploadSessionRecord,
} from '../../store/upload-sessions';
import { findUser } from '../../store/users';
import { driveItemResponse } from '../drives/drive-item-response';
import { placeFile } from '../drives/place-file';
import { resolveDrive } from '../resolve';
import { failChunk, writeChunk } from './upload-chunk';
import {
  parseContentRange,
  sessionStatus,
  UPLOAD_PREFIX,
  UPLOAD_SESSION_TTL_MS,
} from './upload-session-state';

export { UPLOAD_PREFIX };

const MAX_CHUNK = 60 * 1024 * 1024;
type Params = Readonly<Record<string, string>>;

function liveSession(context: UploadContext, token: string): UploadSessionRecord | undefined {
  const session = findUploadSession(context.store, token);
  if (session === undefined) return undefined;
  if (Date.parse(session.expiresAt) > context.store.now().getTime()) return session;
  deleteUploadSession(context.store, token);
  void rm(session.tempFile, { force: true });
  return undefined;
}

const sessionNotFound = (): EmulatorResponse =>
  itemNotFound('The upload session was not found or has expired.');

async function putChunk(context: UploadContext, params: Params): Promise<EmulatorResponse> {
  const session = liveSession(context, params['token'] ?? '');
  if (session === undefined) return sessionNotFound();
  const range = parseContentRange(context.request.headers['content-range']);
  if (range === undefined)
    return invalidRequest(
      'The Content-Range header is missing or malformed; expected bytes {start}-{end}/{total}.',
    );
  if (range.end - range.start + 1 > MAX_CHUNK)
    return invalidRequest('A fragment may be at most 60 MiB.');
  if (
    range.start !== session.nextOffset ||
    (session.total !== undefined && session.total !== range.total)
  ) {
    return graphError(
      416,
      'invalidRange',
      `The fragment does not match the expected range ${sessionStatus(session)['nextExpectedRanges']}.`,
    );
  }
  if (context.request.chunkFault !== 'none')
    return failChunk(context.request.body, range, context.request.chunkFault);
  const expiresAt = new Date(context.store.now().getTime() + UPLOAD_SESSION_TTL_MS).toISOString();
  const advanced = await writeChunk(context, session, range, expiresAt);
  if (advanced === 'short')
    return invalidRequest('The number of bytes received does not match the Content-Range header.');
  if (advanced.nextOffset < range.total) return json(202, sessionStatus(advanced));
  return finish(context, advanced);
}

async function finish(
  context: UploadContext,
  session: UploadSessionRecord,
): Promise<EmulatorResponse> {
  deleteUploadSession(context.store, session.token);
  const user = findUser(context.store, session.upn);
  const drive = resolveDrive(context, session.driveId);
  const parent = findDriveItem(context.store, session.driveId, session.parentId);
  if (user === undefined || !drive.ok || parent === undefined) {
    await rm(session.tempFile, { force: true });
    return itemNotFound('The upload target no longer exists.');
  }
  const hashes = await hashFile(session.tempFile);
  const written = { path: session.tempFile, size: session.total ?? session.nextOffset, ...hashes };
  const placement = { parent, folders: session.folders, name: session.name };
  // The session's URL is the authorization: the scopes were checked when it was created.
  const graphContext: GraphContext = {
    ...context,
    user,
    access: accessOf(context.store, user),
    scopes: new Set(),
    dispatchInner: async () => sessionNotFound(),
  };
  const placed = await placeFile(
    graphContext,
    drive.value,
    placement,
    written,
    session.conflictBehavior,
  );
  if (!placed.ok) return placed.response;
  return driveItemResponse(
    graphContext,
    drive.value,
    placed.value.item.id,
    placed.value.created ? 201 : 200,
  );
}

async function getStatus(context: UploadContext, params: Params): Promise<EmulatorResponse> {
  const session = liveSession(context, params['token'] ?? '');
  return session === undefined ? sessionNotFound() : json(200, sessionStatus(session));
}

async function cancel(context: UploadContext, params: Params): Promise<EmulatorResponse> {
  const session = liveSession(context, params['token'] ?? '');
  if (session === undefined) return sessionNotFound();
  deleteUploadSession(context.store, session.token);
  await rm(session.tempFile, { force: true });
  return empty(204);
}

const TOKEN = new RegExp(`^${UPLOAD_PREFIX}(?<token>[A-Za-z0-9_-]+)$`);

/** The upload URL: chunks, status and cancel, without Authorization. */
export const uploadRoutes: readonly Route<UploadContext>[] = [
  { method: 'PUT', pattern: TOKEN, handle: putChunk },
  { method: 'GET', pattern: TOKEN, handle: getStatus },
  { method: 'DELETE', pattern: TOKEN, handle: cancel },
];
