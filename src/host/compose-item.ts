import { asConversationId, asSourceId } from '../core/vocabulary';
import type { Attachment, Message } from '../core';
import { callAsync, isSetSupported, office } from './office';
import type { OfficeAttachment, OfficeComposeItem, OfficeEmailAddress } from './office-subset';
import { toAttachments, toParty } from './parties';

/** The source id a draft gets until it is sent and has a Message-ID. */
export const DRAFT_SOURCE_ID = 'draft';

/**
 * Reads a message being written into the core's `Message`, for the on-send check and the pane in
 * compose mode. The sender is the signed-in user; the draft has no Message-ID yet.
 */
export async function readComposeItem(
  item: OfficeComposeItem,
  now: Date = new Date(),
): Promise<Message> {
  const [subject, to, cc, bodyText, attachments] = await Promise.all([
    callAsync<string>('subject.getAsync', (done) => item.subject.getAsync(done)),
    callAsync<readonly OfficeEmailAddress[]>('to.getAsync', (done) => item.to.getAsync(done)),
    callAsync<readonly OfficeEmailAddress[]>('cc.getAsync', (done) => item.cc.getAsync(done)),
    callAsync<string>('body.getAsync', (done) => item.body.getAsync('text', done)),
    readComposeAttachments(item),
  ]);
  const profile = office().context.mailbox.userProfile;
  return {
    kind: 'mail',
    id: asSourceId(DRAFT_SOURCE_ID),
    ...(item.conversationId ? { conversationId: asConversationId(item.conversationId) } : {}),
    subject,
    from: toParty({ displayName: profile.displayName, emailAddress: profile.emailAddress }),
    to: to.map(toParty),
    cc: cc.map(toParty),
    sent: now,
    bodyText,
    headers: {},
    attachments,
  };
}

/** Attachments of a draft (Mailbox 1.8); a client without them gives none rather than failing. */
async function readComposeAttachments(item: OfficeComposeItem): Promise<Attachment[]> {
  const getAttachments = item.getAttachmentsAsync;
  if (getAttachments === undefined || !isSetSupported('Mailbox', '1.8')) return [];
  const list = await callAsync<readonly OfficeAttachment[]>('getAttachmentsAsync', (done) =>
    getAttachments.call(item, done),
  );
  return toAttachments(list);
}
