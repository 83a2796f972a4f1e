import type { Attachment } from '../message';
import { foldText } from './tokenize';
import type { NamedFeature } from './named-feature';

const DOCUMENT_EXTENSION = /\.(docx?|pdf|odt|rtf|xlsx?|ods|pptx?|odp|msg|eml)$/;
const POLICY_DOCUMENT_NAME =
  /(^|[^a-z])(nota|beslisnota|brief|kamerbrief|advies|besluit|concept|memo|notitie|rapport|verslag|voorstel|offerte|contract|overeenkomst|report|draft|proposal|minutes)/;
const IMAGE_OR_CALENDAR = /\.(png|jpe?g|gif|bmp|tiff?|svg|ics|vcs|vcf)$/;

function isImageOrCalendar(attachment: Attachment, name: string): boolean {
  const type = attachment.contentType?.toLowerCase() ?? '';
  return IMAGE_OR_CALENDAR.test(name) || type.startsWith('image/') || type === 'text/calendar';
}

/**
 * Attachments by name: documents (office files, PDFs, mails), documents whose name says they
 * are part of decision-making (nota, brief, advies, besluit, concept, memo, rapport, ...), and
 * images or calendar files (logos, signatures, invitations). Content is never read.
 */
export function attachmentSignals(attachments: readonly Attachment[]): NamedFeature[] {
  const features: NamedFeature[] = [];
  const named = attachments.map((attachment) => ({ attachment, name: foldText(attachment.name) }));
  const document = named.find(({ name }) => DOCUMENT_EXTENSION.test(name));
  const policy = named.find(({ name }) => POLICY_DOCUMENT_NAME.test(name));
  const image = named.find(({ attachment, name }) => isImageOrCalendar(attachment, name));
  if (document !== undefined) {
    features.push({
      key: 'document-attachment',
      value: 1,
      params: { name: document.attachment.name },
    });
  }
  if (policy !== undefined && image !== policy) {
    const params = { name: policy.attachment.name };
    features.push({ key: 'policy-document-attachment', value: 1, params });
  }
  if (image !== undefined) {
    features.push({ key: 'image-attachment', value: 1, params: { name: image.attachment.name } });
  }
  return features;
}
