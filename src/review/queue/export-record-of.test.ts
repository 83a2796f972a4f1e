import { validateXmlFiles } from '../../exports/validate-xml';
import { asDossierId, asRecordId, asSourceId } from '../../core/ids';
import type { RecordMetadata } from '../../core/records/record-metadata';
import { exportXml, inventoryRows, type ExportOrganisation } from '../../exports';
import type { ReviewItem } from '../../graph';
import { exportRecordOf } from './export-record-of';
import { aReviewItem } from '../../graph/records-review/review-item.fixture';

const malformed: RecordMetadata = {
  sourceKind: 'mail',
  sourceId: asSourceId('a@b'),
  dedupKey: 'mail:a@b',
  dossier: asDossierId('BZK-1'),
  wooCategory: null,
  assessment: 'openbaar',
  grounds: [],
  relevance: Number('hoog'),
  toelichting: '',
  filedBy: 'beleid@bronvast.example',
  filedAt: new Date('gisteren'),
  sent: new Date('niet-een-datum'),
  sha256: 'xyz',
  reviewStatus: 'te-beoordelen',
  to: [],
  cc: [],
  subject: 'Nota',
  hasAttachments: false,
};

const organisation: ExportOrganisation = {
  tooiUri: 'https://identifier.overheid.nl/tooi/id/ministerie/mnre1034',
  name: 'Ministerie van Binnenlandse Zaken en Koninkrijksrelaties',
};

const anItem = (metadata: RecordMetadata | null, webUrl: string): ReviewItem =>
  aReviewItem({ id: asRecordId('7'), webUrl, metadata });

describe('a record with malformed columns in an export', () => {
  it('leaves out the unreadable dates and score, keeps what is known', () => {
    const record = exportRecordOf(anItem(malformed, 'https://x/Records/BZK-1/Nota%20A.eml'));
    expect(record.fileName).toBe('Nota A.eml');
    expect(record.metadata.subject).toBe('Nota');
    expect(record.metadata).not.toHaveProperty('filedAt');
    expect(record.metadata).not.toHaveProperty('sent');
    expect(record.metadata).not.toHaveProperty('relevance');
  });

  it('writes DiWoo, MDTO and the inventory without throwing', async () => {
    const records = [
      exportRecordOf(anItem(malformed, 'https://x/Records/BZK-1/100%25%zz.eml')),
      exportRecordOf(anItem(null, 'https://x/Records/')),
    ];
    expect(records.map((record) => record.fileName)).toEqual(['100%25%zz.eml', 'record-7']);
    for (const format of ['diwoo', 'mdto'] as const) {
      const result = await exportXml(records, {
        format,
        config: { organisation, organisationDomains: ['minbzk.nl'] },
        validator: validateXmlFiles,
      });
      expect(result.kind === 'written' ? result.files.length : 0).toBeGreaterThanOrEqual(2);
      expect(result.kind === 'written' ? result.gaps.length : 0).toBeGreaterThan(0);
    }
    expect([...inventoryRows(records, {})]).toHaveLength(2);
  });
});
