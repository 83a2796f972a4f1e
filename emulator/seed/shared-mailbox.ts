import { saveMail } from '../mail/store-mail';
import { composeMime } from '../mime/compose-mime';
import type { UserRecord } from '../store/records';
import { grantFullAccess } from '../store/mailbox-delegates';
import type { Store } from '../store/store';
import { findUser, insertUser } from '../store/users';
import { deliver, type SeedMail } from './mail-builder';
import { POLICY_OFFICER } from './users';

/**
 * The functional mailbox "Postbus Woo" where Woo requests arrive: a shared mailbox in Exchange,
 * an account nobody signs in to, opened by the officers an administrator gave Full Access.
 */
export const POSTBUS_WOO: UserRecord = {
  id: 'c41e7a90-2b6d-4f3e-a815-6d9b0e2f7a03',
  upn: 'postbus-woo@bronvast.example',
  displayName: 'Postbus Woo',
  givenName: '',
  surname: '',
  jobTitle: '',
  officeLocation: 'Den Haag, Turfmarkt',
  department: 'Directie Open Overheid',
  lookupId: 13,
};

const POSTBUS = { name: POSTBUS_WOO.displayName, address: POSTBUS_WOO.upn };

/** What arrives in the postbus: Woo requests and what follows on them. */
export const POSTBUS_INBOX: readonly SeedMail[] = [
  {
    from: { name: 'Eva Hoekstra (NRC)', address: 'e.hoekstra@nrc.example' },
    to: [POSTBUS],
    subject: 'Woo-verzoek: documenten over de vestiging van hyperscale datacenters',
    at: '2025-11-18T08:12:00Z',
    text: `Geachte heer, mevrouw,

Op grond van de Wet open overheid verzoek ik om openbaarmaking van alle documenten over de besluitvorming rond de vestiging van hyperscale datacenters in de periode januari 2023 tot en met oktober 2025, waaronder nota's aan de minister, verslagen van overleggen met provincies en e-mails met de betrokken bedrijven.

Ik ontvang de stukken graag digitaal.

Met vriendelijke groet,
Eva Hoekstra
Redactie Economie, NRC`,
  },
  {
    from: { name: 'Fatima El Idrissi', address: 'fatima.elidrissi@bronvast.example' },
    to: [POSTBUS],
    subject: 'RE: Woo-verzoek datacenters: ontvangstbevestiging en termijn BZK-2025-0177',
    at: '2025-11-19T10:30:00Z',
    text: `Collega's,

Het verzoek van mevrouw Hoekstra is geregistreerd onder BZK-2025-0177. De ontvangstbevestiging is vandaag verstuurd; de beslistermijn loopt tot 16 december. Ik stel de inventarislijst op en vraag DGDOO om de stukken.

Groet,
Fatima`,
  },
  {
    from: { name: 'Johan Bos', address: 'johan.bos@ziggo.example' },
    to: [POSTBUS],
    subject: 'Vraag over mijn Woo-verzoek van september',
    at: '2025-11-20T19:45:00Z',
    text: `Goedenavond,

In september heb ik een Woo-verzoek ingediend over de subsidieregeling lokale democratie. Ik heb nog geen besluit ontvangen. Kunt u mij laten weten wanneer ik het kan verwachten?

Met vriendelijke groet,
Johan Bos
06-12345678`,
  },
];

/**
 * Adds Postbus Woo with its mail and gives the demo policy officer Full Access to it, once: a
 * data folder that has it (or one seeded by an earlier version that lacks it) is left as it is,
 * apart from adding it.
 */
export async function seedSharedMailbox(store: Store): Promise<void> {
  if (findUser(store, POSTBUS_WOO.upn) !== undefined) return;
  const deliveries = POSTBUS_INBOX.map((mail) => deliver(POSTBUS_WOO.upn, 'inbox', mail));
  const texts = await Promise.all(deliveries.map((delivery) => composeMime(delivery.mime)));
  if (findUser(store, POSTBUS_WOO.upn) !== undefined) return;
  store.db.transaction(() => {
    insertUser(store, POSTBUS_WOO);
    grantFullAccess(store, POSTBUS_WOO.upn, POLICY_OFFICER.upn);
    deliveries.forEach((delivery, index) => saveMail(store, delivery, texts[index] ?? ''));
  })();
}
