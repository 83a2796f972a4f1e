import { asConversationId, asDossierId, asSourceId } from '../../core/ids';
import type { RecordMetadata } from '../../core/records/record-metadata';
import {
  conversationColumnValue,
  recordFieldsFromMetadata,
  recordMetadataFromFields,
} from './record-fields';

const metadata: RecordMetadata = {
  sourceKind: 'mail',
  sourceId: asSourceId('<a@b.nl>'),
  dedupKey: 'mail:a@b.nl',
  dossier: asDossierId('BZK-2024-0113'),
  wooCategory: 'c_db4862c3',
  assessment: 'deels-openbaar',
  grounds: ['5.1.2e', '5.2'],
  relevance: 0.75,
  toelichting: 'Besproken in het MT',
  filedBy: 'beleid@bronvast.example',
  filedAt: new Date('2024-03-06T09:00:00Z'),
  sha256: 'ab'.repeat(32),
  reviewStatus: 'te-beoordelen',
  from: 'Jan <jan@example.nl>',
  to: ['a@x.nl', 'B <b@x.nl>'],
  cc: [],
  sent: new Date('2024-03-05T14:32:10Z'),
  subject: 'Advies',
  conversationId: asConversationId('AAQk'),
  hasAttachments: true,
};

describe('record fields', () => {
  it('writes the columns of docs/graph-surface.md and reads them back unchanged', () => {
    const fields = recordFieldsFromMetadata(metadata);
    expect(fields).toMatchObject({
      BronvastGrounds: '5.1.2e;5.2',
      BronvastFiledAt: '2024-03-06T09:00:00.000Z',
      MailTo: 'a@x.nl; B <b@x.nl>',
      MailHasAttachments: true,
    });
    expect(fields).not.toHaveProperty('MailReceived');
    expect(recordMetadataFromFields(fields)).toEqual(metadata);
  });

  it('keeps a long subject, sender and Message-ID whole (multiple lines of text columns)', () => {
    const long = 'x'.repeat(300);
    const fields = recordFieldsFromMetadata({
      ...metadata,
      subject: long,
      from: `${long}@bronvast.example`,
      sourceId: asSourceId(`<${long}@bronvast.example>`),
    });
    expect(fields['MailSubject']).toBe(long);
    expect(fields['MailFrom']).toBe(`${long}@bronvast.example`);
    expect(fields['BronvastSourceId']).toBe(`<${long}@bronvast.example>`);
  });

  it('keeps a conversation id in its indexed single-line column, hashed past 255 characters', () => {
    expect(conversationColumnValue('19:abc@thread.v2')).toBe('19:abc@thread.v2');
    const long = conversationColumnValue('c'.repeat(300));
    expect(long).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(long.length).toBeLessThanOrEqual(255);
  });

  it('reads nothing from an item without a dedup key (a half-done filing)', () => {
    expect(recordMetadataFromFields({ Title: 'x.eml', BronvastAssessment: 'openbaar' })).toBeNull();
  });

  it('drops grounds it does not know and defaults an unknown review status', () => {
    const fields = {
      ...recordFieldsFromMetadata(metadata),
      BronvastGrounds: '5.1.2e;10.1;5.4a',
      BronvastReviewStatus: '?',
    };
    expect(recordMetadataFromFields(fields)).toMatchObject({
      grounds: ['5.1.2e', '5.4a'],
      reviewStatus: 'te-beoordelen',
    });
  });
});
