import { readMeta, writeMeta } from '../store/database';
import { newGuid } from '../store/ids';
import { listItems, saveListItem } from '../store/list-items';
import { findList, nextListItemId } from '../store/sites';
import type { Store } from '../store/store';
import { DOSSIERS } from './dossiers';
import { DEMO_SITE } from './seed';
import { RECORDS_MANAGER } from './users';

/**
 * Fills the provisioned Dossiers list with the demo registry, once per data folder: as the
 * records manager wrote them when the site was set up.
 */
export function seedDossiers(store: Store): void {
  if (readMeta(store.db, 'dossiers-seeded') !== undefined) return;
  const list = findList(store, DEMO_SITE.id, 'Dossiers');
  if (list === undefined) throw new Error('the demo site has no Dossiers list');
  store.db.transaction(() => {
    if (listItems(store, list.id).length === 0) {
      for (const dossier of DOSSIERS) {
        const at = '2025-09-01T07:00:00Z';
        saveListItem(store, {
          listId: list.id,
          id: nextListItemId(store, list.id),
          guid: newGuid(),
          contentType: 'Item',
          fields: {
            Title: dossier.title,
            Kenmerk: dossier.kenmerk,
            Description: dossier.description,
            Keywords: dossier.keywords.join(';'),
            Owner: dossier.owner,
            Status: dossier.status,
            DefaultCategory: dossier.defaultCategory,
            RetentionLabel: dossier.retentionLabel,
          },
          createdBy: RECORDS_MANAGER.upn,
          createdAt: at,
          modifiedBy: RECORDS_MANAGER.upn,
          modifiedAt: at,
          version: 1,
        });
      }
    }
    writeMeta(store.db, 'dossiers-seeded', store.now().toISOString());
  })();
}
