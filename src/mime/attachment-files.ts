import PostalMime from 'postal-mime';
import { documentParts, nameOf } from './attachments';
import { recodeEightBitHeaders } from './header-bytes';
import { checkMimeShape, trimMessageStart } from './mime-shape';
import { toBytes, type RawEml } from './raw-bytes';

/** One attachment of a stored mail with its bytes, as a document reader needs it. */
export interface AttachmentFile {
  /** The name the inventory lists (`attachment-N.ext` for a part without a file name). */
  readonly name: string;
  readonly contentType: string;
  readonly bytes: Uint8Array;
}

/**
 * The attachments of a stored mail with their content, in the order and with the names that
 * `attachmentNames` gives (images shown inline in the body left out); null when the bytes are no
 * readable mail. Runs in the browser and in Node.
 */
export async function attachmentFiles(raw: RawEml): Promise<AttachmentFile[] | null> {
  const message = trimMessageStart(toBytes(raw));
  if (checkMimeShape(message) !== null) return null;
  try {
    const email = await PostalMime.parse(recodeEightBitHeaders(message), {
      attachmentEncoding: 'arraybuffer',
    });
    return documentParts(email.attachments).map((part, index) => ({
      name: nameOf(part, index),
      contentType: part.mimeType,
      bytes: contentBytes(part.content),
    }));
  } catch {
    return null; // the parser rejects input beyond its limits: a property of the input
  }
}

function contentBytes(content: ArrayBuffer | Uint8Array | string): Uint8Array {
  if (typeof content === 'string') return new TextEncoder().encode(content);
  return content instanceof Uint8Array ? content : new Uint8Array(content);
}
