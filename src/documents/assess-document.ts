import { assessDisclosure } from '../core/disclosure';
import type { Message, DisclosureLevel, GroundCode } from '../core';
import { loadNameLexicon, type NameLexicon } from '../core/personal-data';
import type { DocumentFile, DocumentFormat, ReadLimits, UnreadableReason } from './document-text';
import { readDocumentText } from './read-document-text';

/**
 * A document's own disclosure pre-assessment, made by the core on its own text (advisory, as
 * every assessment of the core); or, when its text cannot be read, why it stays unassessed.
 */
export type DocumentAssessment =
  | {
      readonly kind: 'assessed';
      readonly name: string;
      readonly format: DocumentFormat;
      readonly level: DisclosureLevel;
      readonly grounds: readonly GroundCode[];
      /** Only the first part of the text was assessed (the character limit). */
      readonly truncated: boolean;
    }
  | { readonly kind: 'unassessed'; readonly name: string; readonly reason: UnreadableReason };

/** What the assessment of a document takes from the mail it came with. */
export interface DocumentContext {
  /** The mail or chat message the document is attached to: its parties, kind and dates. */
  readonly message: Message;
  /** Mail domains of the organisation (art. 5.2 applies to internal deliberation only). */
  readonly organisationDomains?: readonly string[];
  readonly limits?: ReadLimits;
  /** The name lexicon; loaded (once, a chunk of its own) when not given. */
  readonly nameLexicon?: NameLexicon;
}

/**
 * Reads a document's text and assesses it with the core as a message of its own: the mail's
 * parties, the document's name as subject and its text as body. A document never takes the
 * assessment of the mail it came with.
 */
export async function assessDocument(
  file: DocumentFile,
  context: DocumentContext,
): Promise<DocumentAssessment> {
  const read = await readDocumentText(file, context.limits);
  if (read.kind === 'unreadable')
    return { kind: 'unassessed', name: file.name, reason: read.reason };
  const { kind, id, from, to, cc, sent, received } = context.message;
  const document: Message = {
    kind,
    id,
    to,
    cc,
    ...(from === undefined ? {} : { from }),
    ...(sent === undefined ? {} : { sent }),
    ...(received === undefined ? {} : { received }),
    subject: file.name,
    bodyText: read.text,
    headers: {},
    attachments: [],
  };
  const disclosure = assessDisclosure(document, {
    organisationDomains: context.organisationDomains ?? [],
    nameLexicon: context.nameLexicon ?? (await loadNameLexicon()),
  });
  return {
    kind: 'assessed',
    name: file.name,
    format: read.format,
    level: disclosure.level,
    grounds: disclosure.grounds,
    truncated: read.truncated,
  };
}
