import type { FiledRecord } from '../records/filed-record';
import type { ReviewItem } from './review-item';

/** A review item for tests: the record as filed, in the intake area, never reviewed. */
export function aReviewItem(record: FiledRecord, extra: Partial<ReviewItem> = {}): ReviewItem {
  const metadata = record.metadata;
  return {
    record,
    auditLink: '',
    reviewState: {
      BronvastReviewStatus: metadata?.reviewStatus ?? 'te-beoordelen',
      BronvastDossier: metadata?.dossier ?? '',
      BronvastWooCategory: metadata?.wooCategory ?? '',
      BronvastAssessment: metadata?.assessment ?? '',
      BronvastGrounds: metadata?.grounds.join(';') ?? '',
    },
    area: 'intake',
    ...extra,
  };
}
