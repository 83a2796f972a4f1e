import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Message } from '../core/message';
import { parseEml } from './parse-eml';

const fixture = (name: string): Buffer =>
  readFileSync(join(__dirname, '../../test/fixtures/eml', name));

async function parsed(raw: string | Uint8Array | ArrayBuffer): Promise<Message> {
  const result = await parseEml(raw);
  if (!result.ok) throw new Error(`expected a message, got ${result.error}`);
  return result.message;
}

describe('parseEml', () => {
  it('reads a policy mail with its parties, dates, thread and PDF attachment', async () => {
    const message = await parsed(fixture('beleidsnota-met-bijlage.eml'));
    expect(message.kind).toBe('mail');
    expect(message.id).toBe('AM0PR09MB1234A1B2C3D4E5F6@AM0PR09MB1234.eurprd09.prod.outlook.com');
    expect(message.subject).toBe('Nota stikstofaanpak Veluwe - graag uw reactie voor vrijdag');
    expect(message.from).toEqual({ name: 'Vermeulen, Sanne', address: 's.vermeulen@minlnv.nl' });
    expect(message.to.map((party) => party.address)).toEqual([
      'j.bakker@minlnv.nl',
      'dir-stikstof@minlnv.nl',
    ]);
    expect(message.cc).toEqual([
      { name: 'de Vries, Anouk', address: 'a.devries@provincie-gelderland.nl' },
    ]);
    expect(message.sent?.toISOString()).toBe('2024-03-12T09:40:51.000Z');
    // The first Received header is the last hop, the moment the mailbox got it.
    expect(message.received?.toISOString()).toBe('2024-03-12T09:41:07.000Z');
    // An original is keyed by its own Message-ID: the id its replies name first in References.
    expect(message.conversationId).toBe(
      'AM0PR09MB1234A1B2C3D4E5F6@AM0PR09MB1234.eurprd09.prod.outlook.com',
    );
    expect(message.bodyText).toContain('(kenmerk LNV-2024-0311)');
    expect(message.bodyText).toContain('reactie vóór vrijdag');
    expect(message.attachments).toEqual([
      { name: 'Nota stikstofaanpak Veluwe.pdf', size: 466, contentType: 'application/pdf' },
    ]);
    expect(message.headers).toEqual({
      'x-ms-has-attach': 'yes',
      'x-mailer': 'Microsoft Outlook 16.0',
    });
  });

  it('decodes quoted-printable windows-1252 with é, ë, € and curly quotes', async () => {
    const message = await parsed(fixture('windows-1252-quoted-printable.eml'));
    expect(message.subject).toBe('Re: Subsidie café De Brüg – toekenning € 12.500');
    expect(message.from).toEqual({ name: 'Renée Baëta', address: 'r.baeta@zuiderveen.nl' });
    expect(message.bodyText).toContain('Het toegekende bedrag is € 12.500,-.');
    expect(message.bodyText).toContain(
      'De coördinatie ligt bij de afdeling Economie; de reële kosten',
    );
    expect(message.bodyText).toContain('“Uitvoeringsplan” – versie 2');
    expect(message.bodyText).not.toMatch(/[\u0080-\u009f]/);
    expect(message.conversationId).toBe('20240228163000.ABCDEF@zuiderveen.nl');
    expect(message.headers['return-path']).toBe('<r.baeta@zuiderveen.nl>');
  });

  it('decodes an iso-8859-1 subject and body', async () => {
    const raw = [
      'From: a@b.nl',
      'Subject: =?iso-8859-1?Q?Overleg_co=F6rdinatie_=E9=E9n?=',
      'Content-Type: text/plain; charset=iso-8859-1',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      'Pati=EBnt, caf=E9 en na=EFef.',
    ].join('\r\n');
    const message = await parsed(raw);
    expect(message.subject).toBe('Overleg coördinatie één');
    expect(message.bodyText.trim()).toBe('Patiënt, café en naïef.');
  });

  it('takes text/plain from multipart/alternative and keeps the HTML beside it', async () => {
    const message = await parsed(fixture('multipart-alternative.eml'));
    expect(message.bodyText).toContain('- Publicatie volgt op 14 maart.');
    expect(message.bodyText).not.toContain('<p>');
    expect(message.bodyHtml).toContain('<b>besluit</b>');
    expect(message.to).toEqual([{ address: 'beleidsteam-ruimte@gemeente-oosterhout.example.nl' }]);
    expect(message.conversationId).toBe(
      'omgevingsvisie-2040-besluit@gemeente-oosterhout.example.nl',
    );
  });

  it('derives readable text from an HTML-only newsletter and keeps its list headers', async () => {
    const message = await parsed(fixture('nieuwsbrief-alleen-html.eml'));
    expect(message.bodyText).toContain('Nieuwsbrief Omgevingswet – maart 2024');
    expect(message.bodyText).toContain('Afmelden');
    expect(message.bodyText).not.toMatch(/<|https:|font-family/);
    expect(message.headers['list-unsubscribe']).toContain('https://nieuws.example.nl/afmelden');
    expect(message.headers['list-id']).toBe(
      'Nieuwsbrief Omgevingswet <omgevingswet.nieuws.example.nl>',
    );
    expect(message.headers['precedence']).toBe('bulk');
  });

  it('keeps the headers that mark an out-of-office reply', async () => {
    const message = await parsed(fixture('afwezigheidsbericht.eml'));
    expect(message.headers).toEqual({
      'auto-submitted': 'auto-replied',
      'x-auto-response-suppress': 'All',
      'x-ms-exchange-inbox-rules-loop': 'J.Bakker@minlnv.nl',
      'x-ms-exchange-organization-autoreply': 'OOF',
    });
    // In-Reply-To points at the policy mail, so both sit in the same conversation.
    expect(message.conversationId).toBe(
      'AM0PR09MB1234A1B2C3D4E5F6@AM0PR09MB1234.eurprd09.prod.outlook.com',
    );
  });

  it('marks a meeting acceptance through Content-Class and its calendar part', async () => {
    const message = await parsed(fixture('vergaderverzoek-geaccepteerd.eml'));
    expect(message.headers['content-class']).toBe('urn:content-classes:calendarmessage');
    expect(message.headers['x-ms-exchange-calendar-series-instance-id']).toBeDefined();
    expect(message.bodyText.trim()).toBe('Anouk de Vries heeft uw uitnodiging geaccepteerd.');
    expect(message.attachments).toEqual([
      { name: 'attachment-1.ics', size: expect.any(Number), contentType: 'text/calendar' },
    ]);
  });

  it('rejects a text file that has no header block', async () => {
    expect(await parseEml(fixture('kapot-geen-kopregels.eml'))).toEqual({
      ok: false,
      error: 'not-a-mime-message',
    });
  });

  it('rejects empty input and binary files', async () => {
    expect(await parseEml('')).toEqual({ ok: false, error: 'empty-input' });
    expect(await parseEml(new ArrayBuffer(0))).toEqual({ ok: false, error: 'empty-input' });
    const zipLike = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00]);
    expect(await parseEml(zipLike)).toEqual({ ok: false, error: 'binary-content' });
  });

  it('gives a mail without Message-ID a stable id from its content', async () => {
    const raw = 'From: a@b.nl\r\nSubject: Zonder kenmerk\r\n\r\nTekst\r\n';
    const first = await parsed(raw);
    const again = await parsed(new TextEncoder().encode(raw));
    const other = await parsed(raw.replace('Tekst', 'Andere tekst'));
    expect(first.id).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(again.id).toBe(first.id);
    expect(other.id).not.toBe(first.id);
  });

  it('reads a message exported from an mbox, with its From_ line and leading blank lines', async () => {
    const raw =
      '\r\nFrom a@b.nl Mon Mar  4 10:15:00 2024\r\nFrom: A <a@b.nl>\r\nSubject: Mbox\r\n\r\nTekst\r\n';
    const message = await parsed(raw);
    expect(message.subject).toBe('Mbox');
    expect(message.from).toEqual({ name: 'A', address: 'a@b.nl' });
  });

  it('flattens address groups and omits parties without an address', async () => {
    const raw =
      'From: a@b.nl\r\nTo: Team: x@y.nl, "Z" <Z@Q.NL>;, undisclosed-recipients:;\r\nSubject: s\r\n\r\nt';
    const message = await parsed(raw);
    expect(message.to).toEqual([{ address: 'x@y.nl' }, { name: 'Z', address: 'z@q.nl' }]);
    expect(message.sent).toBeUndefined();
    expect(message.received).toBeUndefined();
  });

  it('leaves inline images of the HTML body out of the attachments, as Outlook does', async () => {
    const raw = [
      'From: a@b.nl',
      'Subject: Met logo',
      'Content-Type: multipart/related; boundary="r"',
      '',
      '--r',
      'Content-Type: text/html; charset=utf-8',
      '',
      '<p>Zie bijlage</p><img src="cid:logo@x">',
      '--r',
      'Content-Type: image/png; name="logo.png"',
      'Content-ID: <logo@x>',
      'Content-Disposition: inline; filename="logo.png"',
      'Content-Transfer-Encoding: base64',
      '',
      'iVBORw0KGgo=',
      '--r--',
    ].join('\r\n');
    const message = await parsed(raw);
    expect(message.attachments).toEqual([]);
    expect(message.bodyText).toBe('Zie bijlage');
  });
});

describe('parseEml on a Date header that names no real date', () => {
  it('leaves the date out and keeps the header text as unread, not rolled to 1 March', async () => {
    const raw =
      'From: a@b.nl\r\nSubject: x\r\nDate: Fri, 29 Feb 2023 10:00:00 +0100\r\n\r\nTekst\r\n';
    const result = await parseEml(raw);
    if (!result.ok) throw new Error(result.error);
    expect(result.message.sent).toBeUndefined();
    expect(result.unread).toEqual([
      { code: 'invalid-date', text: 'Fri, 29 Feb 2023 10:00:00 +0100' },
    ]);
  });

  it('has nothing unread for a mail whose date is fine', async () => {
    const raw =
      'From: a@b.nl\r\nSubject: x\r\nDate: Wed, 1 Mar 2023 10:00:00 +0100\r\n\r\nTekst\r\n';
    const result = await parseEml(raw);
    expect(result.ok && result.unread).toEqual([]);
  });
});
