import { checkMimeShape, trimMessageStart } from './mime-shape';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const shapeOf = (text: string): string | null => checkMimeShape(trimMessageStart(bytes(text)));

describe('checkMimeShape', () => {
  it('accepts a header block with the headers every mail has', () => {
    expect(shapeOf('Subject: Overleg\r\nFrom: a@b.nl\r\n\r\nTekst')).toBeNull();
    expect(shapeOf('Received: from x by y; Mon, 4 Mar 2024 10:00:00 +0100\n\n')).toBeNull();
    expect(shapeOf('From a@b.nl Mon Mar  4 10:15:00 2024\nFrom: a@b.nl\n\nTekst')).toBeNull();
  });

  it.each([
    ['', 'empty-input'],
    [' \r\n\t\n', 'empty-input'],
    ['%PDF-1.7\n%âãÏÓ\n1 0 obj', 'not-a-mime-message'],
    ['Notitie: geen mail\n\nalleen tekst', 'not-a-mime-message'],
    ['{"id": "x", "subject": "json"}', 'not-a-mime-message'],
    ['Subject: a\u0000\u0001\u0002\r\n\r\n', 'binary-content'],
    ['\u0001\u0002\u0003\u0004\u0005\u0006 Subject: x', 'binary-content'],
  ])('rejects %j as %s', (text, error) => {
    expect(shapeOf(text)).toBe(error);
  });
});

describe('trimMessageStart', () => {
  it('drops leading blank lines and an mbox From_ line, and nothing else', () => {
    const decode = (input: string): string =>
      new TextDecoder().decode(trimMessageStart(bytes(input)));
    expect(decode('\r\n\r\nFrom: a@b.nl\r\n')).toBe('From: a@b.nl\r\n');
    expect(decode('From a@b.nl Mon Mar 4\nSubject: x\n')).toBe('Subject: x\n');
    expect(decode('From: a@b.nl\n')).toBe('From: a@b.nl\n');
  });
});
