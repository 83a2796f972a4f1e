import { asDossierId, asRecordId, asSourceId } from '../core/ids';
import type { RecordMetadata } from '../core/records/record-metadata';
import type { FiledRecord, ReviewItem } from '../graph';
import { aReviewItem as aFiledReviewItem } from '../graph/records-review/review-item.fixture';

/** A filed mail as the queue lists it; override any column. */
export function aReviewItem(id: string, metadata: Partial<RecordMetadata> = {}): ReviewItem {
  const record: FiledRecord = {
    id: asRecordId(id),
    webUrl: `https://bronvast.sharepoint.com/records/${id}.eml`,
    metadata: {
      sourceKind: 'mail',
      sourceId: asSourceId(`${id}@bronvast.example`),
      dedupKey: `mail:${id}@bronvast.example`,
      dossier: asDossierId('BZK-2025-0113'),
      wooCategory: 'c_c76862ab',
      assessment: 'deels-openbaar',
      grounds: ['5.1.2e'],
      relevance: 0.9,
      toelichting: '',
      filedBy: 'beleid@bronvast.example',
      filedAt: new Date('2025-03-03T10:00:00Z'),
      sent: new Date('2025-03-03T08:00:00Z'),
      received: new Date('2025-03-03T08:00:05Z'),
      sha256: 'a'.repeat(64),
      reviewStatus: 'te-beoordelen',
      to: ['beleid@bronvast.example'],
      cc: [],
      subject: `Nota ${id}`,
      hasAttachments: false,
      ...metadata,
    },
  };
  return {
    ...aFiledReviewItem(record),
    eTag: `"${id},1"`,
    createdBy: { address: 'beleid@bronvast.example', displayName: 'Sanne de Vries' },
  };
}
