import { parseEml } from './parse-eml';
import type { RawEml } from './raw-bytes';

/**
 * The names of a stored mail's attachments, as the inventory lists them (images shown inline
 * in the body left out, as Outlook leaves them out); null when the bytes are no readable mail.
 */
export async function attachmentNames(raw: RawEml): Promise<string[] | null> {
  const parsed = await parseEml(raw);
  return parsed.ok ? parsed.message.attachments.map((attachment) => attachment.name) : null;
}
