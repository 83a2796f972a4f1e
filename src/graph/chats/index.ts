export { conversationOf, locationPath, messagePath, type ChatLocation } from './chat-location';
export {
  getChatPost,
  getConversationTitle,
  getHostedContent,
  listChatPosts,
  listReplies,
  MAX_CHAT_PAGE,
  sendChatReply,
} from './chat-messages';
export {
  chatPostFromWire,
  type ChatAuthor,
  type ChatFileLink,
  type ChatPost,
  type ChatPostKind,
} from './chat-post';
export {
  messageFromChatSelection,
  selectionInOrder,
  type ChatSelection,
} from './chat-selection-message';
export { chatHtmlToText } from './chat-text';
export { hostedImagesOf, type HostedImage } from './hosted-images';
export type { GraphChatMessage } from './chat-wire';
export { rereadPosts, type RereadPost } from './reread-posts';
export { listConversationRecords } from './conversation-records';
