import { asRestItemId, type EwsItemId, type RestItemId } from '../core/vocabulary';
import { office } from './office';

/**
 * Converts an Office.js (EWS) item id to the REST id Graph wants. Outlook mobile already gives
 * REST ids, and `convertToRestId` hands those back unchanged.
 */
export function toRestId(itemId: EwsItemId): RestItemId {
  return asRestItemId(office().context.mailbox.convertToRestId(itemId, 'v2.0'));
}
