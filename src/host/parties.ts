import type { Attachment, Party } from '../core';
import type { OfficeAttachment, OfficeEmailAddress } from './office-subset';
import { bareMessageId } from '../core/vocabulary';

/** Office's address to the core's party: address lower-cased, empty display names dropped. */
export function toParty(address: OfficeEmailAddress): Party {
  const name = address.displayName.trim();
  const lower = address.emailAddress.trim().toLowerCase();
  return name === '' || name.toLowerCase() === lower
    ? { address: lower }
    : { name, address: lower };
}

/** Office's attachment list to the core's: name, size and type, inline images left out. */
export function toAttachments(attachments: readonly OfficeAttachment[]): Attachment[] {
  return attachments
    .filter((attachment) => attachment.isInline !== true)
    .map((attachment) =>
      attachment.contentType === undefined
        ? { name: attachment.name, size: attachment.size }
        : { name: attachment.name, size: attachment.size, contentType: attachment.contentType },
    );
}

/** The source id of a mail: its Message-ID without angle brackets, as `parseEml` makes it. */
export function sourceIdText(internetMessageId: string): string {
  return bareMessageId(internetMessageId);
}
