import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import PostalMime from 'postal-mime';
import { MANAGER, OFFICER, startTestEmulator, type TestEmulator } from '../../testing/harness';

const PROPERTY = 'String {3c5f0b7e-9a4c-4d6e-8f21-6b0a7d1e5c42} Name BronvastRecordUrl';
type Message = Record<string, unknown>;

describe('mail', () => {
  let test: TestEmulator;
  let inbox: Message[];
  beforeAll(async () => {
    test = await startTestEmulator();
    inbox = (await test.json('/me/mailFolders/inbox/messages?$top=50')).body.value ?? [];
  });
  afterAll(() => test.stop());

  const bySubject = (part: string) => {
    const found = inbox.find((message) => String(message['subject']).includes(part));
    if (found === undefined) throw new Error(`no demo mail with '${part}'`);
    return found;
  };

  it('serves the inbox newest first with Graph message JSON', async () => {
    expect(inbox.length).toBeGreaterThanOrEqual(14);
    const dates = inbox.map((message) => String(message['receivedDateTime']));
    expect(dates).toEqual([...dates].sort().reverse());
    const first = inbox[0]!;
    expect(first).toEqual(
      expect.objectContaining({
        isRead: expect.any(Boolean),
        hasAttachments: expect.any(Boolean),
        conversationId: expect.any(String),
      }),
    );
    expect((first['from'] as { emailAddress: { address: string } }).emailAddress.address).toMatch(
      /@/,
    );
    expect(first['internetMessageHeaders']).toBeUndefined();
  });

  it('pages the inbox by nextLink and honours $select', async () => {
    const page = await test.json(
      '/me/mailFolders/inbox/messages?$top=4&$select=subject,receivedDateTime&$orderby=receivedDateTime asc',
    );
    expect(Object.keys(page.body.value?.[0] ?? {}).sort()).toEqual([
      '@odata.etag',
      'id',
      'receivedDateTime',
      'subject',
    ]);
    const next = await test.json(String(page.body['@odata.nextLink']));
    expect(
      String(next.body.value?.[0]?.['receivedDateTime']) >=
        String(page.body.value?.[3]?.['receivedDateTime']),
    ).toBe(true);
  });

  it('returns the stored MIME byte for byte, which parses with its attachments', async () => {
    const advice = bySubject('Juridisch advies');
    const response = await test.call(`/me/messages/${String(advice['id'])}/$value`);
    const bytes = Buffer.from(await response.arrayBuffer());
    const mailDir = join(test.dataDir, 'mail');
    expect(bytes.equals(readFileSync(join(mailDir, `${String(advice['id'])}.eml`)))).toBe(true);
    const parsed = await PostalMime.parse(bytes);
    expect(parsed.subject).toBe(advice['subject']);
    expect(parsed.messageId).toBe(advice['internetMessageId']);
    expect(parsed.attachments.map((attachment) => attachment.filename)).toEqual([
      'Advies reikwijdte Woo bij chatberichten.pdf',
      'Nota beleidsregel berichtenapps v0.3.docx',
    ]);
    const pdf = Buffer.from(parsed.attachments[0]!.content as ArrayBuffer);
    expect(pdf.subarray(0, 8).toString('latin1')).toBe('%PDF-1.4');
    expect(parsed.text).toContain('BZK-2025-0021');
  });

  it('gives the body as text and the attachments without content, as Outlook reads a mail', async () => {
    const advice = bySubject('Juridisch advies');
    const { body } = await test.json(
      `/me/messages/${String(advice['id'])}?$select=subject,body&$expand=attachments($select=name,size)`,
      { headers: { Prefer: 'outlook.body-content-type="text"' } },
    );
    const parsed = await PostalMime.parse(
      Buffer.from(
        await (await test.call(`/me/messages/${String(advice['id'])}/$value`)).arrayBuffer(),
      ),
    );
    expect(advice['body']).toEqual(expect.objectContaining({ contentType: 'html' }));
    expect(body['body']).toEqual({ contentType: 'text', content: parsed.text?.trimEnd() });
    expect(body['attachments']).toEqual(
      parsed.attachments.map((attachment, index) =>
        expect.objectContaining({
          id: `${String(advice['id'])}:${index}`,
          name: attachment.filename,
          size: (attachment.content as ArrayBuffer).byteLength,
          contentType: attachment.mimeType,
          isInline: false,
        }),
      ),
    );
    expect(body['attachments']).toHaveLength(2);
  });

  it('carries the demo signals: List-Unsubscribe, Auto-Submitted, a meeting reply and personal data', async () => {
    const headersOf = async (part: string) => {
      const { body } = await test.json(
        `/me/messages/${String(bySubject(part)['id'])}?$select=internetMessageHeaders,subject`,
      );
      return body['internetMessageHeaders'] as { name: string; value: string }[];
    };
    expect((await headersOf('Nieuwsbrief')).map((header) => header.name)).toContain(
      'List-Unsubscribe',
    );
    expect(await headersOf('Automatisch antwoord')).toContainEqual({
      name: 'Auto-Submitted',
      value: 'auto-replied',
    });
    const mime = await (
      await test.call(`/me/messages/${String(bySubject('Geaccepteerd')['id'])}/$value`)
    ).text();
    expect(mime).toContain('text/calendar; method=REPLY');
    expect(
      String(
        bySubject('Aanvullende gegevens')['body'] &&
          (bySubject('Aanvullende gegevens')['body'] as { content: string }).content,
      ),
    ).toContain('NL91ABNA0417164300');
  });

  it('groups the three-mail conversation across inbox and sent items', async () => {
    const decision = bySubject('RE: RE: Kamerbrief');
    const conversation = await test.json(
      `/me/messages?$filter=conversationId eq '${String(decision['conversationId'])}'&$select=subject,parentFolderId`,
    );
    expect(conversation.body.value).toHaveLength(3);
  });

  it('marks a message as filed with a category and an extended property, and reads it back expanded', async () => {
    const id = String(bySubject('BZK-2025-0113')['id']);
    const patched = await test.json(`/me/messages/${id}`, {
      method: 'PATCH',
      body: {
        categories: ['Vastgelegd in Bronvast'],
        singleValueExtendedProperties: [
          { id: PROPERTY, value: 'https://bronvast.sharepoint.com/x.eml' },
        ],
      },
    });
    expect(patched.status).toBe(200);
    expect(patched.body['categories']).toEqual(['Vastgelegd in Bronvast']);
    const expanded = await test.json(
      `/me/messages/${id}?$expand=singleValueExtendedProperties($filter=id eq '${PROPERTY}')`,
    );
    expect(expanded.body['singleValueExtendedProperties']).toEqual([
      { id: PROPERTY, value: 'https://bronvast.sharepoint.com/x.eml' },
    ]);
    const other = await test.json(
      `/me/messages/${String(inbox[1]!['id'])}?$expand=singleValueExtendedProperties($filter=id eq '${PROPERTY}')`,
    );
    expect(other.body['singleValueExtendedProperties']).toBeUndefined();
    expect(
      (await test.call(`/me/messages/${id}`, { method: 'PATCH', body: { subject: 'anders' } }))
        .status,
    ).toBe(400);
  });

  it('sends mail into Sent Items as MIME with the custom headers, and delivers to seeded users, who see them', async () => {
    const sent = await test.call('/me/sendMail', {
      method: 'POST',
      scopes: ['Mail.Send'],
      body: {
        message: {
          subject: 'Besluit publicatiedatum Kamerbrief',
          body: { contentType: 'html', content: '<p>Zie het besluit in de chat.</p>' },
          toRecipients: [{ emailAddress: { name: 'Marloes Bakker', address: MANAGER } }],
          internetMessageHeaders: [{ name: 'X-Bronvast-Dossier', value: 'BZK-2025-0150' }],
          singleValueExtendedProperties: [{ id: PROPERTY, value: 'pending' }],
        },
      },
    });
    expect(sent.status).toBe(202);
    const latest = await test.json(
      '/me/mailFolders/sentitems/messages?$top=1&$select=subject,internetMessageHeaders&$expand=singleValueExtendedProperties',
    );
    const message = latest.body.value?.[0] ?? {};
    expect(message['subject']).toBe('Besluit publicatiedatum Kamerbrief');
    // Graph gives the Sent Items copy no internetMessageHeaders; its MIME still has them.
    expect(message).not.toHaveProperty('internetMessageHeaders');
    expect(message['singleValueExtendedProperties']).toEqual([{ id: PROPERTY, value: 'pending' }]);
    const mime = await (await test.call(`/me/messages/${String(message['id'])}/$value`)).text();
    expect(mime).toContain('X-Bronvast-Dossier: BZK-2025-0150');
    const received = await test.json(
      "/me/mailFolders/inbox/messages?$filter=subject eq 'Besluit publicatiedatum Kamerbrief'&$select=internetMessageHeaders",
      { as: MANAGER },
    );
    expect(received.body.value).toHaveLength(1);
    expect(received.body.value?.[0]?.['internetMessageHeaders']).toContainEqual({
      name: 'X-Bronvast-Dossier',
      value: 'BZK-2025-0150',
    });
    const badHeader = await test.json('/me/sendMail', {
      method: 'POST',
      scopes: ['Mail.Send'],
      body: {
        message: {
          subject: 'x',
          toRecipients: [{ emailAddress: { address: MANAGER } }],
          internetMessageHeaders: [{ name: 'Dossier', value: 'x' }],
        },
      },
    });
    expect(badHeader.status).toBe(400);
  });

  it("refuses another user's mailbox and unknown messages", async () => {
    expect((await test.call(`/users/${MANAGER}/messages`, { as: OFFICER })).status).toBe(403);
    expect((await test.call(`/users/${OFFICER}/messages?$top=1`, { as: OFFICER })).status).toBe(
      200,
    );
    const missing = await test.json('/me/messages/AAMkAGI2bestaatniet');
    expect(missing.status).toBe(404);
    expect((missing.body['error'] as { code: string }).code).toBe('ErrorItemNotFound');
  });
});

describe('mail folders', () => {
  it('lists the well-known folders with counts, addressable by id or well-known name', async () => {
    const test = await startTestEmulator();
    try {
      const { body } = await test.json('/me/mailFolders');
      const folders = body.value ?? [];
      expect(folders.map((folder) => folder['displayName'])).toEqual([
        'Postvak IN',
        'Verzonden items',
        'Archief',
        'Verwijderde items',
      ]);
      expect(folders[0]?.['totalItemCount']).toBe(15);
      const byId = await test.json(
        `/me/mailFolders/${String(folders[1]?.['id'])}/messages?$top=50`,
      );
      expect(byId.body.value).toHaveLength(Number(folders[1]?.['totalItemCount']));
      const message = byId.body.value?.[0];
      expect(message?.['parentFolderId']).toBe(folders[1]?.['id']);
    } finally {
      await test.stop();
    }
  });
});
