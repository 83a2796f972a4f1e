import { chatPostFromWire } from './chat-post';

const location = { kind: 'chat', chatId: '19:x@thread.v2' } as const;
const base = 'https://graph.microsoft.com/v1.0';

describe('chatPostFromWire', () => {
  it('reads a deleted message as deleted, with no text even if a body came along', () => {
    const post = chatPostFromWire(
      {
        id: '1',
        messageType: 'message',
        deletedDateTime: '2025-11-20T09:11:00Z',
        body: { contentType: 'html', content: '<p>oud</p>' },
      },
      location,
      base,
    );
    expect(post).toMatchObject({ kind: 'deleted', untrustedHtml: '' });
  });

  it('reads a system event as system, without a sender', () => {
    const post = chatPostFromWire(
      {
        id: '2',
        messageType: 'systemEventMessage',
        from: null,
        body: { content: '<systemEventMessage/>' },
      },
      location,
      base,
    );
    expect(post.kind).toBe('system');
    expect(post.author).toBeUndefined();
    expect(post.untrustedHtml).toBe('');
  });

  it('finds inline images, reference attachments and reactions', () => {
    const url = `${base}/chats/19%3Ax%40thread.v2/messages/3/hostedContents/abc/$value`;
    const post = chatPostFromWire(
      {
        id: '3',
        messageType: 'message',
        createdDateTime: '2025-11-20T09:00:00Z',
        from: { user: { id: 'u1', displayName: 'Pieter Jansen' } },
        body: { contentType: 'html', content: `<p>Zie <img alt="x" src="${url}"></p>` },
        attachments: [
          { id: 'a', contentType: 'reference', contentUrl: 'https://x/doc.docx', name: 'doc.docx' },
          { id: 'b', contentType: 'application/vnd.microsoft.card.adaptive', contentUrl: null },
        ],
        reactions: [{ reactionType: 'like', user: { user: { id: 'u2', displayName: 'Sanne' } } }],
        importance: 'high',
      },
      location,
      base,
    );
    expect(post.hostedImages).toEqual([{ src: url, contentId: 'abc' }]);
    expect(post.files).toEqual([{ name: 'doc.docx', url: 'https://x/doc.docx' }]);
    expect(post.reactions).toEqual([{ type: 'like', by: 'Sanne' }]);
    expect(post.author).toEqual({ id: 'u1', name: 'Pieter Jansen' });
    expect(post.importance).toBe('high');
  });
});
