/** @jest-environment jsdom */
import { createChatSanitizer } from './sanitize-chat-html';

const sanitize = createChatSanitizer(window);
const none = new Map<string, string>();
const HOSTED = 'https://graph.microsoft.com/v1.0/chats/c/messages/1/hostedContents/abc/$value';
const PNG = 'data:image/png;base64,iVBORw0KGgo=';

describe('chat HTML sanitiser', () => {
  it('keeps the text and simple formatting of a message', () => {
    expect(
      sanitize('<p><strong>Besluit:</strong> we <at id="0">Sanne</at> gaan door.</p>', none),
    ).toBe('<p><strong>Besluit:</strong> we <at>Sanne</at> gaan door.</p>');
  });

  it.each([
    ['script', '<p>a</p><script>alert(1)</script>'],
    ['event handler', '<p onclick="alert(1)">a</p><img src=x onerror="alert(1)">'],
    ['javascript: link', '<a href="javascript:alert(1)">a</a>'],
    ['data: link', '<a href="data:text/html,<script>alert(1)</script>">a</a>'],
    ['iframe', '<iframe src="https://evil.example"></iframe><p>a</p>'],
    ['svg', '<svg><script>alert(1)</script><a xlink:href="javascript:alert(1)">x</a></svg>'],
    ['css', '<p style="background:url(https://evil.example/t.png)">a</p><style>p{}</style>'],
    ['form', '<form action="https://evil.example"><input name="q"><button>go</button></form>'],
    ['meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example">'],
    ['object', '<object data="https://evil.example/x.swf"></object><embed src="x">'],
  ])('leaves nothing active: %s', (_name, html) => {
    const clean = sanitize(html, none);
    expect(clean).not.toMatch(/<script|<iframe|<svg|<style|<form|<input|<meta|<object|<embed/i);
    expect(clean).not.toMatch(/\son\w+=|javascript:|data:|style=|https:\/\/evil/i);
  });

  it('shows a hosted image only from its given source, and no remote image at all', () => {
    const html = `<p><img src="${HOSTED}" alt="grafiek"><img src="https://evil.example/pixel.png" alt="pixel"></p>`;
    const clean = sanitize(html, new Map([[HOSTED, PNG]]));
    expect(clean).toContain(`<img alt="grafiek" src="${PNG}">`);
    expect(clean).not.toContain('evil.example');
    expect(clean).toContain('[pixel]');
  });

  it('refuses a source that is not a raster image, even for a hosted content', () => {
    const clean = sanitize(
      `<img src="${HOSTED}" alt="x">`,
      new Map([[HOSTED, 'data:image/svg+xml;base64,PHN2Zz4=']]),
    );
    expect(clean).toBe('[x]');
  });

  it('keeps https links, marked so they do not pass on who opened them', () => {
    expect(sanitize('<a href="https://example.nl/doc">doc</a>', none)).toBe(
      '<a href="https://example.nl/doc" rel="noopener noreferrer nofollow">doc</a>',
    );
  });
});

describe('chat HTML sanitiser with a plain-http image URL', () => {
  it('shows the hosted image from its blob URL', () => {
    const local = 'http://localhost:4000/v1.0/chats/c/messages/1/hostedContents/abc/$value';
    const clean = createChatSanitizer(window)(
      `<img src="${local}" alt="grafiek">`,
      new Map([[local, 'blob:http://localhost/x']]),
    );
    expect(clean).toBe('<img alt="grafiek" src="blob:http://localhost/x">');
  });
});
