import { composeMime } from '../../../emulator/mime/compose-mime';
import type { MimeAttachment } from '../../../emulator/mime/mime-message';
import { recordMetadataFromAssessment } from '../../../src/core/records/record-metadata';
import { assessMessage, prepareContext } from '../../../src/core';
import { asDossierId } from '../../../src/core/ids';
import { contentFromBytes, fileRecord, type GraphClient, type SiteIds } from '../../../src/graph';
import { parseEml } from '../../../src/mime';

/** A mail to file for a Woo test: who, when, what, and its attachments. */
export interface TestMail {
  readonly id: string;
  readonly from: { readonly name: string; readonly address: string };
  readonly subject: string;
  readonly text: string;
  readonly date: string;
  readonly inReplyTo?: string;
  readonly attachments?: readonly MimeAttachment[];
  readonly dossier?: string;
}

/** Composes a mail as MIME with nodemailer and files it as a record; returns the record id. */
export async function fileTestMail(
  client: GraphClient,
  site: SiteIds,
  mail: TestMail,
  filedBy: string,
): Promise<string> {
  const mime = await composeMime({
    from: mail.from,
    to: [{ name: 'Sanne de Vries', address: 'beleid@bronvast.example' }],
    cc: [],
    subject: mail.subject,
    date: new Date(mail.date),
    messageId: `<${mail.id}>`,
    headers:
      mail.inReplyTo === undefined
        ? []
        : [
            ['In-Reply-To', `<${mail.inReplyTo}>`],
            ['References', `<${mail.inReplyTo}>`],
          ],
    text: mail.text,
    attachments: mail.attachments ?? [],
  });
  const bytes = new TextEncoder().encode(mime);
  const parsed = await parseEml(bytes);
  if (!parsed.ok) throw new Error(parsed.error);
  const message = parsed.message;
  const dossier = asDossierId(mail.dossier ?? 'BZK-2025-0113');
  const assessment = assessMessage(message, prepareContext({ dossiers: [], history: [] }));
  const metadata = recordMetadataFromAssessment({
    message,
    assessment,
    choices: { dossier },
    filedBy,
    filedAt: new Date(),
  });
  const result = await fileRecord(client, {
    site,
    content: contentFromBytes(bytes),
    message,
    metadata,
    dossierFolder: dossier,
  });
  if (result.kind !== 'filed' && result.kind !== 'already-filed') throw new Error(result.kind);
  return result.record.id;
}
