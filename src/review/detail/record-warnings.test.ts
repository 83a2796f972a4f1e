import { asDossierId, asRecordId, asSourceId } from '../../core/ids';
import type { RecordMetadata } from '../../core/records/record-metadata';
import type { ReviewItem } from '../../graph';
import { recordWarnings } from './record-warnings';
import { aReviewItem } from '../../graph/records-review/review-item.fixture';

const metadata: RecordMetadata = {
  sourceKind: 'mail',
  sourceId: asSourceId('a@b'),
  dedupKey: 'mail:a@b',
  dossier: asDossierId('BZK-1'),
  wooCategory: null,
  assessment: 'openbaar',
  grounds: [],
  relevance: 0.8,
  toelichting: '',
  filedBy: 'beleid@bronvast.example',
  filedAt: new Date('2025-01-01T00:00:00Z'),
  sha256: 'a'.repeat(64),
  reviewStatus: 'te-beoordelen',
  to: [],
  cc: [],
  subject: 'Nota',
  hasAttachments: false,
};

const anItem = (record: RecordMetadata | null): ReviewItem =>
  aReviewItem({ id: asRecordId('7'), webUrl: '', metadata: record });

describe('recordWarnings', () => {
  it('says nothing about a sound record in a known dossier', () => {
    expect(recordWarnings(anItem(metadata), new Set(['BZK-1']))).toEqual([]);
  });

  it('names missing columns, an unknown dossier, a bad date and a bad hash', () => {
    expect(recordWarnings(anItem(null), new Set())).toEqual(['columns-missing']);
    expect(
      recordWarnings(
        anItem({ ...metadata, filedAt: new Date('nonsense'), sha256: 'xyz' }),
        new Set(['BZK-2']),
      ),
    ).toEqual(['dossier-unknown', 'filed-at-invalid', 'sha256-malformed']);
  });
});
