import { exportFilter } from './export-listing';
import { partialMetadataFromFields } from './listed-record-fields';
import { asDossierId } from '../../core/ids';

describe('partialMetadataFromFields', () => {
  it('reads the columns a record has and leaves out the empty and unreadable ones', () => {
    const metadata = partialMetadataFromFields({
      BronvastDedupKey: 'mail:a@example.nl',
      BronvastDossier: 'BZK-2025-0113',
      BronvastAssessment: 'onbekend',
      BronvastGrounds: '5.1.2e; 5.2;x',
      BronvastSha256: 'AB'.repeat(32),
      MailSent: '2025-02-03T09:15:00Z',
      MailReceived: 'geen datum',
      MailSubject: '',
      MailHasAttachments: true,
    });
    expect(metadata).toEqual({
      sourceKind: 'mail',
      dedupKey: 'mail:a@example.nl',
      dossier: 'BZK-2025-0113',
      grounds: ['5.1.2e', '5.2'],
      sha256: 'ab'.repeat(32),
      sent: new Date('2025-02-03T09:15:00Z'),
      hasAttachments: true,
    });
  });

  it('reads a chat record as chat', () => {
    expect(partialMetadataFromFields({ BronvastSourceKind: 'chat' }).sourceKind).toBe('chat');
  });
});

describe('exportFilter', () => {
  it('filters on the one indexed dossier column, quoting the value', () => {
    expect(exportFilter(asDossierId("O'Brien-1"))).toBe("fields/BronvastDossier eq 'O''Brien-1'");
  });
});
