import { asDossierId, asRecordId, asSourceId } from '../../core/ids';
import type { RecordMetadata } from '../../core/records/record-metadata';
import { changedAfterFiling, matchesLocally } from './review-query';
import { aReviewItem } from './review-item.fixture';

const metadata = (filedAt: string): RecordMetadata => ({
  sourceKind: 'mail',
  sourceId: asSourceId('<a@x>'),
  dedupKey: 'mail:a@x',
  dossier: asDossierId('BZK-2025-0113'),
  wooCategory: null,
  assessment: 'openbaar',
  grounds: [],
  relevance: 0.8,
  toelichting: '',
  filedBy: 'beleid@bronvast.example',
  filedAt: new Date(filedAt),
  sha256: 'a'.repeat(64),
  reviewStatus: 'te-beoordelen',
  to: [],
  cc: [],
  subject: 'Nota',
  hasAttachments: false,
});

const item = (created: string, modified: string, filedAt: string) =>
  aReviewItem(
    { id: asRecordId('1'), webUrl: '', metadata: metadata(filedAt) },
    { createdAt: new Date(created), lastModifiedAt: new Date(modified) },
  );

describe('changedAfterFiling', () => {
  it("goes by the record system's own times, not the filing time a column claims", () => {
    expect(
      changedAfterFiling(
        item('2025-11-19T09:00:00Z', '2025-11-19T09:00:05Z', '2025-11-19T09:00:00Z'),
      ),
    ).toBe(false);
    const moved = item('2025-11-19T09:00:00Z', '2025-11-20T14:00:00Z', '2025-11-20T14:00:00Z');
    expect(changedAfterFiling(moved)).toBe(true);
    expect(matchesLocally(moved, { changedAfterFiling: true })).toBe(true);
  });
});
