export { type ChatLocation } from './chat-location';
export {
  getChatPost,
  getConversationTitle,
  getHostedContent,
  listChatPosts,
  listReplies,
  sendChatReply,
} from './chat-messages';
export { chatPostFromWire, type ChatPost } from './chat-post';
export {
  messageFromChatSelection,
  selectionInOrder,
  type ChatSelection,
} from './chat-selection-message';
export { type HostedImage } from './hosted-images';
export { rereadPosts } from './reread-posts';
export { listConversationRecords } from './conversation-records';
