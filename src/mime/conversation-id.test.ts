import { conversationIdOf, normaliseSubject } from './conversation-id';

describe('conversationIdOf', () => {
  it('takes the root of References before In-Reply-To', () => {
    const id = conversationIdOf({
      references: '<root@a.nl>\r\n <middle@b.nl>',
      inReplyTo: '<middle@b.nl>',
      subject: 'Re: x',
    });
    expect(id).toBe('root@a.nl');
  });

  it('falls back to In-Reply-To, then Thread-Index, then the subject', () => {
    expect(conversationIdOf({ inReplyTo: '<parent@a.nl>', subject: 'x' })).toBe('parent@a.nl');
    const root = 'AdpyR6Vb3mZ1mE2mT0uVf0oV0gq2Xw==';
    const reply = 'AdpyR6Vb3mZ1mE2mT0uVf0oV0gq2XwAAAZAB';
    const rootId = conversationIdOf({ threadIndex: root, subject: 'a' });
    expect(rootId).toMatch(/^thread-index:[0-9a-f]{44}$/);
    expect(conversationIdOf({ threadIndex: reply, subject: 'b' })).toBe(rootId);
    expect(conversationIdOf({ threadIndex: 'kort', subject: 'Antw: Overleg' })).toBe(
      'subject:overleg',
    );
  });

  it('keys an original by its own Message-ID, so it shares the conversation of its replies', () => {
    const original = conversationIdOf({
      messageId: '<AM0PR09MB1234@eurprd09.prod.outlook.com>',
      threadIndex: 'AdpyR6Vb3mZ1mE2mT0uVf0oV0gq2Xw==',
      subject: 'Nota stikstofaanpak Veluwe',
    });
    const reply = conversationIdOf({
      references: '<AM0PR09MB1234@eurprd09.prod.outlook.com>',
      inReplyTo: '<AM0PR09MB1234@eurprd09.prod.outlook.com>',
      messageId: '<reply-bzk-0001@minbzk.nl>',
      subject: 'Re: Nota stikstofaanpak Veluwe - reactie BZK',
    });
    expect(original).toBe('AM0PR09MB1234@eurprd09.prod.outlook.com');
    expect(reply).toBe(original);
  });

  it('has no conversation for a mail without thread headers or subject', () => {
    expect(conversationIdOf({ subject: '  ' })).toBeUndefined();
  });
});

describe('normaliseSubject', () => {
  it.each([
    ['RE: Fwd: Nota  Veluwe', 'nota veluwe'],
    ['Antw: Doorst: WG: Besluit', 'besluit'],
    ['Re[2]: AW: Overleg', 'overleg'],
    ['Reactie provincie', 'reactie provincie'],
  ])('%s -> %s', (subject, expected) => {
    expect(normaliseSubject(subject)).toBe(expected);
  });
});
