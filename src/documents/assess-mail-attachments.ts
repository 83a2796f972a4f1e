import { attachmentFiles, parseEml, type RawEml } from '../mime';
import { assessDocument, type DocumentAssessment } from './assess-document';
import type { ReadLimits } from './document-text';

/** Options of {@link assessMailAttachments}. */
export interface MailAttachmentOptions {
  readonly organisationDomains?: readonly string[];
  readonly limits?: ReadLimits;
}

/**
 * Each attachment of a stored mail assessed on its own text, in the order the inventory lists
 * them (inline images of the body left out); null when the bytes are no readable mail. One
 * attachment at a time, so memory holds one document's text.
 */
export async function assessMailAttachments(
  raw: RawEml,
  options: MailAttachmentOptions = {},
): Promise<DocumentAssessment[] | null> {
  const parsed = await parseEml(raw);
  const files = parsed.ok ? await attachmentFiles(raw) : null;
  if (!parsed.ok || files === null) return null;
  const assessments: DocumentAssessment[] = [];
  for (const file of files) {
    assessments.push(
      await assessDocument(file, {
        message: parsed.message,
        ...(options.organisationDomains === undefined
          ? {}
          : { organisationDomains: options.organisationDomains }),
        ...(options.limits === undefined ? {} : { limits: options.limits }),
      }),
    );
  }
  return assessments;
}
