import { readMeta, writeMeta } from '../store/database';
import { composeMime } from '../mime/compose-mime';
import { saveMail, type MailDelivery } from '../mail/store-mail';
import { insertChat } from '../store/chats';
import type { SiteRecord } from '../store/records';
import { insertSite } from '../store/sites';
import type { Store } from '../store/store';
import { insertUser } from '../store/users';
import { DEMO_CHANNEL, DEMO_CHANNEL_MESSAGES } from './channel';
import { DEMO_CHAT, DEMO_CHAT_MESSAGES } from './chat';
import { deliver } from './mail-builder';
import { MANAGER_INBOX, MANAGER_SENT } from './mail-manager';
import { OFFICER_INBOX } from './mail-officer-inbox';
import { OFFICER_SENT } from './mail-officer-sent';
import { POLICY_OFFICER, RECORDS_MANAGER } from './users';

/** The demo site. */
export const DEMO_SITE: SiteRecord = {
  id: 'bronvast.sharepoint.com,3f6c2a1e-8b4d-4e7f-9a2c-5d1e0b7f4c31,9e2d4b6a-1c3f-4a5e-8d7b-2f0a6c4e8b92',
  hostname: 'bronvast.sharepoint.com',
  path: '/sites/informatiebeheer',
  name: 'informatiebeheer',
  displayName: 'Informatiebeheer',
  description: 'Records, dossierregister en audittrail van Bronvast',
  createdAt: '2025-09-01T07:00:00Z',
};

/**
 * Seeds the demo tenant on first start: users, the (empty) site, mailboxes and chats; does
 * nothing when the data folder was seeded before. The site's lists are made by provisioning
 * (see `prepareStore`), never here.
 */
export async function seedIfEmpty(store: Store): Promise<boolean> {
  if (readMeta(store.db, 'seeded') !== undefined) return false;
  const mails = await Promise.all(
    seedDeliveries().map(async (delivery) => ({
      delivery,
      text: await composeMime(delivery.mime),
    })),
  );
  if (readMeta(store.db, 'seeded') !== undefined) return false;
  store.db.transaction(() => {
    insertUser(store, POLICY_OFFICER);
    insertUser(store, RECORDS_MANAGER);
    insertSite(store, DEMO_SITE);
    insertChat(store, DEMO_CHAT, DEMO_CHAT_MESSAGES);
    insertChat(store, DEMO_CHANNEL, DEMO_CHANNEL_MESSAGES);
    for (const { delivery, text } of mails) saveMail(store, delivery, text);
    writeMeta(store.db, 'seeded', store.now().toISOString());
  })();
  return true;
}

function seedDeliveries(): MailDelivery[] {
  return [
    ...OFFICER_INBOX.map((mail) => deliver(POLICY_OFFICER.upn, 'inbox', mail)),
    ...OFFICER_SENT.map((mail) => deliver(POLICY_OFFICER.upn, 'sentitems', mail)),
    ...MANAGER_INBOX.map((mail) => deliver(RECORDS_MANAGER.upn, 'inbox', mail)),
    ...MANAGER_SENT.map((mail) => deliver(RECORDS_MANAGER.upn, 'sentitems', mail)),
  ];
}
