import { asSourceId } from '../../src/core/ids';
import type { Message } from '../../src/core/message';
import { parseEml } from '../../src/mime';

/**
 * Parses a full RFC 822 message into the core's Message with the product's own MIME adapter, so
 * the model is trained on messages exactly as the add-in builds them. A message the adapter
 * cannot read becomes a bare message with the raw text as body (it still has to be scored).
 */
export async function messageFromRfc822(raw: string, fallbackId: string): Promise<Message> {
  const parsed = await parseEml(raw);
  if (parsed.ok) return parsed.message;
  return {
    kind: 'mail',
    id: asSourceId(fallbackId),
    subject: '',
    to: [],
    cc: [],
    bodyText: raw,
    headers: {},
    attachments: [],
  };
}
