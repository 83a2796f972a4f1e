import { chatHtmlToText } from './chat-text';

describe('chatHtmlToText', () => {
  it('turns paragraphs and breaks into lines and drops tags', () => {
    expect(
      chatHtmlToText('<p><strong>Besluit:</strong> we verdagen.</p><p>Regel 2<br>Regel 3</p>'),
    ).toBe('Besluit: we verdagen.\nRegel 2\nRegel 3');
  });

  it('decodes entities and leaves script and style text out', () => {
    expect(
      chatHtmlToText(
        '<p>&quot;Geen documenten&quot; &amp; &#233;&#x20AC;</p><script>alert(1)</script><style>p{}</style>',
      ),
    ).toBe('"Geen documenten" & é€');
  });

  it('keeps an unknown or impossible entity as written', () => {
    expect(chatHtmlToText('&bogus; &#99999999;')).toBe('&bogus; &#99999999;');
  });
});
