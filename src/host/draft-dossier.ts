import { asDossierId, type DossierId } from '../core/ids';
import { NOT_SUPPORTED, OfficeCallError } from './OfficeCallError';
import { callAsync, currentItem } from './office';
import { isReadItem, type OfficeComposeItem, type OfficeCustomProperties } from './office-subset';

/** The internet header that carries the chosen dossier with the sent mail. */
export const DOSSIER_HEADER = 'X-Bronvast-Dossier';

/** The custom property that keeps the choice on the draft (read back by the on-send check). */
export const DOSSIER_PROPERTY = 'bronvastDossier';

/**
 * Records the dossier chosen for the draft being written: as a custom property (for Bronvast
 * while composing) and as the `X-Bronvast-Dossier` internet header (Mailbox 1.8), which travels
 * with the sent mail so the sent-items sweep can file it. Dossier ids are kenmerken (ASCII).
 */
export async function setDraftDossier(dossier: DossierId): Promise<void> {
  const item = composeItem('setDraftDossier');
  const properties = await loadProperties(item);
  properties.set(DOSSIER_PROPERTY, dossier);
  await callAsync<void>('customProperties.saveAsync', (done) => properties.saveAsync(done));
  await callAsync<void>('internetHeaders.setAsync', (done) =>
    item.internetHeaders.setAsync({ [DOSSIER_HEADER]: dossier }, done),
  );
}

/** Removes the dossier choice from the draft (property and header). */
export async function clearDraftDossier(): Promise<void> {
  const item = composeItem('clearDraftDossier');
  const properties = await loadProperties(item);
  properties.remove(DOSSIER_PROPERTY);
  await callAsync<void>('customProperties.saveAsync', (done) => properties.saveAsync(done));
  await callAsync<void>('internetHeaders.removeAsync', (done) =>
    item.internetHeaders.removeAsync([DOSSIER_HEADER], done),
  );
}

/** The dossier chosen for the draft, or null: the header first, the custom property otherwise. */
export async function getDraftDossier(): Promise<DossierId | null> {
  const item = composeItem('getDraftDossier');
  const headers = await callAsync<Readonly<Record<string, string>>>(
    'internetHeaders.getAsync',
    (done) => item.internetHeaders.getAsync([DOSSIER_HEADER], done),
  );
  const fromHeader = headers[DOSSIER_HEADER]?.trim() ?? '';
  if (fromHeader !== '') return asDossierId(fromHeader);
  const stored = (await loadProperties(item)).get(DOSSIER_PROPERTY);
  return typeof stored === 'string' && stored.trim() !== '' ? asDossierId(stored.trim()) : null;
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
