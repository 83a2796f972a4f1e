import { randomBytes, randomUUID } from 'node:crypto';

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** A GUID as SharePoint writes them. */
export const newGuid = (): string => randomUUID();

/** A drive item id in SharePoint's shape: `01` and 32 base32 characters. */
export function newDriveItemId(): string {
  const bytes = randomBytes(32);
  let id = '01';
  for (const byte of bytes) id += BASE32[byte % 32];
  return id;
}

/** A drive id in SharePoint's shape: `b!` and base64url. */
export const newDriveId = (): string => `b!${randomBytes(48).toString('base64url')}`;

/** An Exchange-style REST id for a message or folder. */
export const newMailId = (): string => `AAMkAGI2${randomBytes(66).toString('base64url')}`;

/** An immutable Exchange id for a message (`restImmutableEntryId` shape). */
export const newImmutableMailId = (): string => `AAkALgAA${randomBytes(45).toString('base64url')}`;

/** An opaque upload session token. */
export const newUploadToken = (): string => randomBytes(24).toString('base64url');
