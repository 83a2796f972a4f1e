import type { RestItemId } from '../core/ids';
import { asEwsItemId } from '../core/ids';
import { NOT_SUPPORTED, OfficeCallError } from './OfficeCallError';
import { callAsync, currentItem, isSetSupported } from './office';
import { isReadItem } from './office-subset';
import { toRestId } from './item-id';

/** Fetches a message's full MIME from Graph (`GET /me/messages/{id}/$value`). */
export type FetchMessageMime = (restId: RestItemId) => Promise<Uint8Array>;

/** Where the MIME came from: Office itself (Mailbox 1.14) or Graph. */
export interface ItemMime {
  readonly bytes: Uint8Array;
  readonly via: 'getAsFileAsync' | 'graph';
}

/**
 * The open message's full MIME (.eml bytes), never a lossy copy: Mailbox 1.14 `getAsFileAsync`
 * (Base64) where the client has it, else `convertToRestId` and Graph's `$value` through the
 * given fetch. Read mode only; rejects with an `OfficeCallError` in compose or with no item.
 */
export async function getCurrentItemMime(fetchMime: FetchMessageMime): Promise<ItemMime> {
  const item = currentItem();
  if (item === null || !isReadItem(item)) {
    throw new OfficeCallError('getCurrentItemMime', NOT_SUPPORTED, 'NoReadItem', '');
  }
  const getAsFile = item.getAsFileAsync;
  if (getAsFile !== undefined && isSetSupported('Mailbox', '1.14')) {
    const base64 = await callAsync<string>('getAsFileAsync', (done) => getAsFile.call(item, done));
    return { bytes: decodeBase64(base64), via: 'getAsFileAsync' };
  }
  const bytes = await fetchMime(toRestId(asEwsItemId(item.itemId)));
  return { bytes, via: 'graph' };
}

/** Decodes Base64 (line breaks allowed) with `atob`, which every Outlook runtime has. */
export function decodeBase64(base64: string): Uint8Array {
  const binary = atob(base64.replace(/\s+/g, ''));
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}
