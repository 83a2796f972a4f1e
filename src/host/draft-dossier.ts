import { asDossierId, type DossierId } from '../core/vocabulary';
import { NOT_SUPPORTED, OfficeCallError } from './OfficeCallError';
import { callAsync, currentItem } from './office';
import { isReadItem, type OfficeComposeItem, type OfficeCustomProperties } from './office-subset';

/**
 * The internet header earlier versions set on the draft. It is not written any more: Graph does
 * not return it on the Sent Items copy, and it told every recipient the internal dossier. A draft
 * that still has it is read and cleared as before.
 */
export const DOSSIER_HEADER = 'X-Bronvast-Dossier';

/** The custom property that keeps the choice on the draft and on the sent mail. */
export const DOSSIER_PROPERTY = 'bronvastDossier';

/**
 * Records the dossier chosen for the draft being written as the add-in's custom property. Outlook
 * keeps custom properties on the item, so the copy in Sent Items still has it and the sent-items
 * sweep reads it through Graph; recipients never get it
 * (https://learn.microsoft.com/javascript/api/outlook/office.customproperties: "When a message
 * ... with custom properties is sent, its properties can be accessed from the item in the Sent
 * Items folder"). Dossier ids are kenmerken (ASCII).
 */
export async function setDraftDossier(dossier: DossierId): Promise<void> {
  const item = composeItem('setDraftDossier');
  const properties = await loadProperties(item);
  properties.set(DOSSIER_PROPERTY, dossier);
  await callAsync<void>('customProperties.saveAsync', (done) => properties.saveAsync(done));
}

/** Removes the dossier choice from the draft (the property, and a header an earlier version set). */
export async function clearDraftDossier(): Promise<void> {
  const item = composeItem('clearDraftDossier');
  const properties = await loadProperties(item);
  properties.remove(DOSSIER_PROPERTY);
  await callAsync<void>('customProperties.saveAsync', (done) => properties.saveAsync(done));
  await callAsync<void>('internetHeaders.removeAsync', (done) =>
    item.internetHeaders.removeAsync([DOSSIER_HEADER], done),
  );
}

/**
 * The dossier chosen for the draft, or null: the custom property, else the header an earlier
 * version set on a draft that is still open.
 */
export async function getDraftDossier(): Promise<DossierId | null> {
  const item = composeItem('getDraftDossier');
  const stored = (await loadProperties(item)).get(DOSSIER_PROPERTY);
  if (typeof stored === 'string' && stored.trim() !== '') return asDossierId(stored.trim());
  const headers = await callAsync<Readonly<Record<string, string>>>(
    'internetHeaders.getAsync',
    (done) => item.internetHeaders.getAsync([DOSSIER_HEADER], done),
  );
  const fromHeader = headers[DOSSIER_HEADER]?.trim() ?? '';
  return fromHeader === '' ? null : asDossierId(fromHeader);
}

function composeItem(call: string): OfficeComposeItem {
  const item = currentItem();
  if (item === null || isReadItem(item))
    throw new OfficeCallError(call, NOT_SUPPORTED, 'NoComposeItem', '');
  return item;
}

function loadProperties(item: OfficeComposeItem): Promise<OfficeCustomProperties> {
  return callAsync<OfficeCustomProperties>('loadCustomPropertiesAsync', (done) =>
    item.loadCustomPropertiesAsync(done),
  );
}
