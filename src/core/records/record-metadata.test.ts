import type { Assessment } from '../assessment';
import { asDossierId } from '../ids';
import { recordMetadataFromAssessment } from './record-metadata';
import { aMessage, aMessageWithout } from './test-message';

const assessment: Assessment = {
  relevance: { score: 0.82, relevant: true, threshold: 0.5, reasons: [] },
  dossiers: { kind: 'no-dossier-fits' },
  wooCategory: { code: '3.3.2e', tooiId: 'c_db4862c3', score: 0.7, reasons: [] },
  disclosure: { level: 'deels-openbaar', grounds: ['5.1.2e'], findings: [], reasons: [] },
};

const base = {
  message: aMessage({ attachments: [{ name: 'advies.pdf', size: 1200 }] }),
  assessment,
  filedBy: 'beleid@bronvast.example',
  filedAt: new Date('2024-03-06T09:00:00Z'),
};

describe('recordMetadataFromAssessment', () => {
  it('takes the assessment where the officer made no other choice', () => {
    const metadata = recordMetadataFromAssessment({
      ...base,
      choices: { dossier: asDossierId('BZK-2024-0113') },
    });
    expect(metadata).toMatchObject({
      sourceKind: 'mail',
      dedupKey: 'mail:20240305.1432@mail.example.nl',
      dossier: 'BZK-2024-0113',
      wooCategory: 'c_db4862c3',
      assessment: 'deels-openbaar',
      grounds: ['5.1.2e'],
      relevance: 0.82,
      reviewStatus: 'te-beoordelen',
      from: 'Jan Jansen <jan.jansen@example.nl>',
      to: ['beleid@bronvast.example'],
      subject: 'Advies subsidieregeling',
      hasAttachments: true,
    });
  });

  it("lets the officer's choices win, including no category at all", () => {
    const metadata = recordMetadataFromAssessment({
      ...base,
      choices: {
        dossier: asDossierId('D-1'),
        wooCategory: null,
        assessment: 'openbaar',
        grounds: [],
        toelichting: 'Besproken in MT',
      },
    });
    expect(metadata.wooCategory).toBeNull();
    expect(metadata.assessment).toBe('openbaar');
    expect(metadata.grounds).toEqual([]);
    expect(metadata.toelichting).toBe('Besproken in MT');
  });

  it('leaves out headers the message does not have', () => {
    const message = aMessageWithout(['from', 'sent']);
    const metadata = recordMetadataFromAssessment({
      ...base,
      message,
      choices: { dossier: asDossierId('D-1') },
    });
    expect('from' in metadata).toBe(false);
    expect('sent' in metadata).toBe(false);
    expect(metadata.hasAttachments).toBe(false);
  });

  it('keeps the received date of a received mail', () => {
    const metadata = recordMetadataFromAssessment({
      ...base,
      choices: { dossier: asDossierId('D-1') },
    });
    expect(metadata.received).toEqual(new Date('2024-03-05T14:32:12Z'));
  });

  it('gives a mail that was not received (a sent mail, a chat message) its sent date as received', () => {
    const sent = aMessageWithout(['received']);
    const chat = aMessageWithout(['received'], { kind: 'chat' });
    for (const message of [sent, chat]) {
      const metadata = recordMetadataFromAssessment({
        ...base,
        message,
        choices: { dossier: asDossierId('D-1') },
      });
      expect(metadata.received).toEqual(new Date('2024-03-05T14:32:10Z'));
    }
  });

  it('leaves the received date out of a message with neither date', () => {
    const metadata = recordMetadataFromAssessment({
      ...base,
      message: aMessageWithout(['sent', 'received']),
      choices: { dossier: asDossierId('D-1') },
    });
    expect('received' in metadata).toBe(false);
  });
});
