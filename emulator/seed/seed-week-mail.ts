import { saveMail } from '../mail/store-mail';
import { openDatabase } from '../store/database';
import { composeMime } from '../mime/compose-mime';
import { readMeta, writeMeta } from '../store/database';
import type { Store } from '../store/store';
import { deliver } from './mail-builder';
import { POSTBUS_WOO } from './shared-mailbox';
import { POLICY_OFFICER } from './users';
import { generateWeekMail } from './week-mail';

const WEEK_MAIL = 'week-mail';

/**
 * Gives the demo officer (and Postbus Woo) ten weeks of mail up to the moment of seeding, once
 * per data folder, so "nog vastleggen" has a realistic backlog to show. Generated with a fixed
 * seed: the same day gives the same mail. Not part of the record system's own seed (tests rely
 * on its small, fixed mailbox): `npm start` adds it to the workbench's data folder.
 */
export async function seedWeekMail(store: Store, perDay = 3): Promise<void> {
  if (readMeta(store.db, WEEK_MAIL) !== undefined) return;
  const weeks = generateWeekMail({ until: store.now(), days: 70, perDay });
  const deliveries = [
    ...weeks.inbox.map((mail) => deliver(POLICY_OFFICER.upn, 'inbox', mail)),
    ...weeks.sent.map((mail) => deliver(POLICY_OFFICER.upn, 'sentitems', mail)),
    ...weeks.postbus.map((mail) => deliver(POSTBUS_WOO.upn, 'inbox', mail)),
  ];
  const texts = await Promise.all(deliveries.map((delivery) => composeMime(delivery.mime)));
  if (readMeta(store.db, WEEK_MAIL) !== undefined) return;
  store.db.transaction(() => {
    deliveries.forEach((delivery, index) => saveMail(store, delivery, texts[index] ?? ''));
    writeMeta(store.db, WEEK_MAIL, store.now().toISOString());
  })();
}

/** Adds the ten weeks to a data folder before its record system starts (see {@link seedWeekMail}). */
export async function seedWeekMailInFolder(dataDir: string, perDay = 3): Promise<void> {
  const db = openDatabase(dataDir);
  try {
    await seedWeekMail({ db, dataDir, now: () => new Date() }, perDay);
  } finally {
    db.close();
  }
}
