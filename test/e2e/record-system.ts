import { createHash } from 'node:crypto';
import { normaliseInternetMessageId } from '../../src/core/records/dedup-key';

const OFFICER = 'Bearer dev:beleid@bronvast.example';
const MANAGER = 'Bearer dev:informatiebeheer@bronvast.example';
/**
 * The records manager writes to the officer (the only other mailbox of the demo tenant), from
 * Outlook: its token may send mail.
 */
const COLLEAGUE = 'Bearer dev:informatiebeheer@bronvast.example;scp=Mail.Send';
const SITE = 'bronvast.sharepoint.com:/sites/informatiebeheer';

/** A record's columns as the records library holds them. */
export type RecordFields = Readonly<Record<string, unknown>>;

async function getJson<T>(url: string, token = OFFICER): Promise<T> {
  const response = await fetch(url, { headers: { Authorization: token } });
  if (!response.ok) throw new Error(`${response.status} ${url}: ${await response.text()}`);
  return (await response.json()) as T;
}

/** A mail as a folder lists it. */
export interface FolderMail {
  readonly id: string;
  readonly subject: string;
  readonly internetMessageHeaders?: readonly { readonly name: string; readonly value: string }[];
}

/** Reads the local record system the way a records manager (or the mailbox owner) would. */
export class RecordSystem {
  constructor(private readonly baseUrl: () => string) {}

  /** The full MIME of a mail in the officer's mailbox. */
  async mime(messageId: string): Promise<Buffer> {
    const response = await fetch(
      `${this.baseUrl()}/me/messages/${encodeURIComponent(messageId)}/$value`,
      {
        headers: { Authorization: OFFICER },
      },
    );
    return Buffer.from(await response.arrayBuffer());
  }

  /** The dedup key of a mail in the officer's mailbox. */
  async dedupKey(messageId: string): Promise<string> {
    const message = await getJson<{ internetMessageId: string }>(
      `${this.baseUrl()}/me/messages/${encodeURIComponent(messageId)}?$select=internetMessageId`,
    );
    return `mail:${normaliseInternetMessageId(message.internetMessageId)}`;
  }

  /** Whether a mail in the officer's mailbox is marked read. */
  async isRead(messageId: string): Promise<boolean> {
    const message = await getJson<{ isRead: boolean }>(
      `${this.baseUrl()}/me/messages/${encodeURIComponent(messageId)}?$select=isRead`,
    );
    return message.isRead;
  }

  /** All records filed under a dedup key (there should never be more than one). */
  async recordsFor(dedupKey: string): Promise<RecordFields[]> {
    const site = await getJson<{ id: string }>(`${this.baseUrl()}/sites/${SITE}`, MANAGER);
    const filter = encodeURIComponent(
      `fields/BronvastDedupKey eq '${dedupKey.replace(/'/g, "''")}'`,
    );
    const page = await getJson<{ value: { fields: RecordFields }[] }>(
      `${this.baseUrl()}/sites/${site.id}/lists/Records/items?$expand=fields&$filter=${filter}`,
      MANAGER,
    );
    return page.value.map((item) => item.fields);
  }

  /** The inbox of a shared mailbox the officer is delegated to, with categories. */
  async sharedInbox(
    mailbox: string,
  ): Promise<{ id: string; subject: string; internetMessageId: string; categories: string[] }[]> {
    const page = await getJson<{
      value: { id: string; subject: string; internetMessageId: string; categories: string[] }[];
    }>(
      `${this.baseUrl()}/users/${mailbox}/mailFolders/inbox/messages?$select=id,subject,internetMessageId,categories&$top=100`,
    );
    return page.value;
  }

  /** The mails of a folder: id, subject, and the internet headers Graph gives for them. */
  async folder(folder: 'inbox' | 'sentitems'): Promise<FolderMail[]> {
    const page = await getJson<{ value: FolderMail[] }>(
      `${this.baseUrl()}/me/mailFolders/${folder}/messages?$select=id,subject,internetMessageHeaders&$top=100`,
    );
    return page.value;
  }
}

/** SHA-256 of bytes, lower-case hex. */
export const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/** Polls until `check` returns a value (not undefined) or the time is up. */
export async function eventually<T>(
  check: () => Promise<T | undefined>,
  timeoutMs = 30_000,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** Delivers a mail from the records manager to the officer's inbox (unread), as Graph's sendMail does. */
export async function deliverToOfficer(
  baseUrl: string,
  mail: { readonly subject: string; readonly body?: string },
): Promise<void> {
  const response = await fetch(`${baseUrl}/me/sendMail`, {
    method: 'POST',
    headers: { Authorization: COLLEAGUE, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      message: {
        subject: mail.subject,
        body: { contentType: 'Text', content: mail.body ?? 'Ter informatie.' },
        toRecipients: [{ emailAddress: { address: 'beleid@bronvast.example' } }],
      },
      saveToSentItems: false,
    }),
  });
  if (!response.ok) throw new Error(`${response.status} sendMail: ${await response.text()}`);
}
