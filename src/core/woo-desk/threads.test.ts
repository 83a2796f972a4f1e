import type { DeskDocument } from './desk-document';
import { findDuplicates } from './duplicates';
import { groupThreads } from './threads';

const doc = (key: string, extra: Partial<DeskDocument> = {}): DeskDocument => ({
  key,
  recordId: key.split('#')[0] ?? key,
  kind: 'mail',
  sha256: `sha-${key}`,
  references: [],
  text: '',
  ...extra,
});
const at = (iso: string) => new Date(`${iso}T09:00:00Z`);

describe('threads of a selection', () => {
  it('joins a reply to its mail by In-Reply-To and keeps attachments under their mail', () => {
    const threads = groupThreads([
      doc('2', { messageId: 'b@x', inReplyTo: 'a@x', date: at('2025-03-02') }),
      doc('1', { messageId: 'a@x', date: at('2025-03-01') }),
      doc('1#1', { kind: 'attachment', parentKey: '1', date: at('2025-03-01') }),
      doc('3', { messageId: 'c@x', date: at('2025-03-03') }),
    ]);
    expect(threads.map((thread) => thread.documents.map((d) => d.key))).toEqual([
      ['1', '1#1', '2'],
      ['3'],
    ]);
  });

  it('joins mails of one conversation and mails linked through References', () => {
    const threads = groupThreads([
      doc('1', { messageId: 'a@x', conversationId: 'conv', date: at('2025-03-01') }),
      doc('2', { messageId: 'b@x', conversationId: 'conv', date: at('2025-03-02') }),
      doc('3', { messageId: 'c@x', references: ['a@x', 'b@x'], date: at('2025-03-03') }),
    ]);
    expect(threads).toHaveLength(1);
  });
});

describe('duplicates in a selection', () => {
  it('makes documents with the same SHA-256 one document, keeping the oldest', () => {
    const found = findDuplicates([
      doc('2', { sha256: 'same', date: at('2025-03-02') }),
      doc('1', { sha256: 'same', date: at('2025-03-01') }),
    ]);
    expect(found).toEqual([{ key: '2', kind: 'exact', of: '1' }]);
  });

  it('proposes a mail quoted whole in a later mail as dubbel, whatever the quote marks', () => {
    const original = 'Beste collega,\nHierbij het advies over de subsidieregeling.\nGroet, Pieter';
    const reply = `Dank je.\n\n> Beste collega,\n> Hierbij het advies over de\n> subsidieregeling.\n> Groet, Pieter`;
    const found = findDuplicates([
      doc('1', { text: original, date: at('2025-03-01') }),
      doc('2', { text: reply, date: at('2025-03-02') }),
    ]);
    expect(found).toEqual([{ key: '1', kind: 'quoted', in: '2' }]);
  });

  it('does not call a mail dubbel when the later one quotes only part of it', () => {
    const found = findDuplicates([
      doc('1', {
        text: 'Beste collega, hierbij het advies. Ook de begroting volgt morgen.',
        date: at('2025-03-01'),
      }),
      doc('2', { text: '> Beste collega, hierbij het advies.', date: at('2025-03-02') }),
    ]);
    expect(found).toEqual([]);
  });
});
