import { composeMime } from '../../../emulator/mime/compose-mime';

/** An attachment of a test mail. */
export interface TestAttachment {
  readonly name: string;
  readonly contentType: string;
  readonly bytes: Uint8Array;
}

/** A mail between two officials of one ministry, as MIME, with the given attachments. */
export async function aMailWithAttachments(
  attachments: readonly TestAttachment[],
  options: { readonly from?: string; readonly text?: string } = {},
): Promise<string> {
  return composeMime({
    from: { name: 'Pieter Jansen', address: options.from ?? 'p.jansen@minbzk.nl' },
    to: [{ name: 'Sanne Vermeulen', address: 's.vermeulen@minbzk.nl' }],
    cc: [],
    subject: 'Nota stikstofaanpak',
    date: new Date('2024-03-14T10:30:00Z'),
    messageId: `<nota-${attachments.length}@minbzk.nl>`,
    headers: [],
    text: options.text ?? 'Beste Sanne,\r\n\r\nHierbij de stukken.\r\n',
    attachments: attachments.map((attachment) => ({
      name: attachment.name,
      contentType: attachment.contentType,
      content: Buffer.from(attachment.bytes),
    })),
  });
}
