import type { ChatLocation } from './chat-location';
import { hostedImagesOf } from './hosted-images';

const BASE = 'http://localhost:4000/v1.0';
const CHAT = { kind: 'chat', chatId: '19:7c1f@thread.v2' } as const;
const CHANNEL = { kind: 'channel', teamId: 't1', channelId: '19:c@thread.tacv2' } as const;
const OWN = `${BASE}/chats/19%3A7c1f%40thread.v2/messages/42/hostedContents/abc/$value`;

const images = (
  html: string,
  location: ChatLocation = CHAT,
  message: { id: string; replyToId: string | null } = { id: '42', replyToId: null },
) => hostedImagesOf(html, BASE, location, message);

describe('hostedImagesOf', () => {
  it("takes the message's own hosted contents, by id", () => {
    expect(images(`<p><img alt="grafiek" src="${OWN}"></p>`)).toEqual([
      { src: OWN, contentId: 'abc' },
    ]);
    const reply = `${BASE}/teams/t1/channels/19%3Ac%40thread.tacv2/messages/7/replies/8/hostedContents/x1/$value`;
    expect(images(`<img src='${reply}'>`, CHANNEL, { id: '8', replyToId: '7' })).toEqual([
      { src: reply, contentId: 'x1' },
    ]);
  });

  it.each([
    ['C20, another host', '<img src="https://exfil.example/C20/hostedContents/x/$value">'],
    [
      'C22, a Graph URL of something else with the hosted path in its query',
      `<img src="${BASE}/me/messages?x=/hostedContents/1/$value">`,
    ],
    [
      'C24, the record system with the hosted path in its query',
      '<img src="http://localhost:4000/v1.0/me/mailFolders/inbox/messages?y=/hostedContents/2/$value">',
    ],
    [
      'C45, an image of another host inside a link',
      '<a href="https://exfil.example/C45"><img src="https://exfil.example/C45i/hostedContents/1/$value"></a>',
    ],
    [
      'C61, a relative path that climbs out of the base',
      '<img src="../../hostedContents/1/$value">',
    ],
    [
      'a path that climbs out of the message after the fact',
      `<img src="${BASE}/chats/19%3A7c1f%40thread.v2/messages/42/hostedContents/abc/../../../../me/$value">`,
    ],
    [
      "another message's hosted content",
      `<img src="${BASE}/chats/19%3A7c1f%40thread.v2/messages/41/hostedContents/abc/$value">`,
    ],
    ['the right path on another port', OWN.replace(':4000', ':4001')],
    ['credentials in front of the host', OWN.replace('http://', 'http://evil@')],
    ['a query after the right path', `<img src="${OWN}?a=1">`],
  ])('refuses %s', (_case, html) => {
    expect(images(html.startsWith('<') ? html : `<img src="${html}">`)).toEqual([]);
  });
});
