import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import type { GraphContext } from '../../context';
import type { GraphRoute } from '../../context';
import { DRIVE_ITEM_PUT, UPLOAD_SESSION } from '../../scopes/route-scopes';

import { asRecord, readJsonObject } from '../../http/body';
import type { EmulatorResponse } from '../../http/exchange';
import { graphError } from '../../http/graph-error';
import { json } from '../../http/respond';
import { streamToTempFile, tempPath } from '../../store/content-files';
import { newUploadToken } from '../../store/ids';
import { saveUploadSession, type UploadSessionRecord } from '../../store/upload-sessions';
import { driveItemResponse } from '../drives/drive-item-response';
import { ADDRESS_BEFORE_ACTION } from '../drives/drive-routes';
import { parseConflictBehavior, placeFile, refusedEarly } from '../drives/place-file';
import { uploadPlacement } from './upload-placement';
import { UPLOAD_PREFIX, UPLOAD_SESSION_TTL_MS } from './upload-session-state';

const SIMPLE_UPLOAD_LIMIT = 250 * 1024 * 1024;

async function putContent(
  context: GraphContext,
  params: Readonly<Record<string, string>>,
): Promise<EmulatorResponse> {
  const target = uploadPlacement(context, params);
  if (!target.ok) return target.response;
  const { drive, placement, replacesItself } = target.value;
  const behavior = parseConflictBehavior(
    replacesItself
      ? 'replace'
      : (context.request.query.get('@microsoft.graph.conflictBehavior') ?? undefined),
    'replace',
  );
  if (!behavior.ok) return behavior.response;
  const refused = refusedEarly(context, drive, placement, behavior.value);
  if (refused !== undefined) return refused;
  const written = await streamToTempFile(context.store, context.request.body, SIMPLE_UPLOAD_LIMIT);
  if (written === 'too-large') {
    return graphError(
      413,
      'requestTooLarge',
      'The file is larger than a simple upload allows; use an upload session.',
    );
  }
  const placed = await placeFile(context, drive, placement, written, behavior.value);
  if (!placed.ok) return placed.response;
  return driveItemResponse(context, drive, placed.value.item.id, placed.value.created ? 201 : 200);
}

async function createUploadSession(
  context: GraphContext,
  params: Readonly<Record<string, string>>,
): Promise<EmulatorResponse> {
  const target = uploadPlacement(context, params);
  if (!target.ok) return target.response;
  const body = await readJsonObject(context.request.body);
  if (!body.ok) return body.response;
  const item = asRecord(body.value['item']) ?? {};
  const behavior = parseConflictBehavior(item['@microsoft.graph.conflictBehavior'], 'fail');
  if (!behavior.ok) return behavior.response;
  const { drive, placement } = target.value;
  const refused = refusedEarly(context, drive, placement, behavior.value);
  if (refused !== undefined) return refused;
  const fileSize = item['fileSize'];
  const session: UploadSessionRecord = {
    token: newUploadToken(),
    driveId: drive.driveId,
    parentId: placement.parent.id,
    folders: placement.folders,
    name: placement.name,
    conflictBehavior: behavior.value,
    upn: context.user.upn,
    tempFile: tempPath(context.store, `session-${randomUUID()}`),
    nextOffset: 0,
    ...(typeof fileSize === 'number' ? { total: fileSize } : {}),
    expiresAt: new Date(context.store.now().getTime() + UPLOAD_SESSION_TTL_MS).toISOString(),
  };
  writeFileSync(session.tempFile, '');
  saveUploadSession(context.store, session);
  return json(200, {
    '@odata.context': `${context.request.origin}/v1.0/$metadata#microsoft.graph.uploadSession`,
    uploadUrl: `${context.request.origin}${UPLOAD_PREFIX}${session.token}`,
    expirationDateTime: session.expiresAt,
    nextExpectedRanges: ['0-'],
  });
}

const DRIVE = '^/drives/(?<drive>[^/]+)';

/** Simple upload and upload session creation. */
export const uploadGraphRoutes: readonly GraphRoute[] = [
  {
    method: 'PUT',
    pattern: new RegExp(`${DRIVE}/${ADDRESS_BEFORE_ACTION}/content$`),
    handle: putContent,
    scopes: DRIVE_ITEM_PUT,
  },
  {
    method: 'POST',
    pattern: new RegExp(`${DRIVE}/${ADDRESS_BEFORE_ACTION}/createUploadSession$`),
    handle: createUploadSession,
    scopes: UPLOAD_SESSION,
  },
];
