import type { ReviewState } from './review-state';

/** One record an audit event of a review speaks of. */
export interface ReviewEventRecord {
  /** The record's list item id. */
  readonly id: string;
  readonly dedupKey: string;
  /** The record's link (`{id}:{hash}`) to its previous event, null for its first. */
  readonly prev: string | null;
  /** The record's review columns after the decision. */
  readonly state: ReviewState;
}

/** What an event correcting an earlier one holds: the records that earlier event did not change. */
export interface CorrectionDetails {
  readonly event: string;
  readonly unapplied: readonly { readonly id: string }[];
}

/** The records of a review event's `Details`; undefined when it is no review event. */
export function reviewEventRecords(details: string): readonly ReviewEventRecord[] | undefined {
  const parsed = parseObject(details);
  const records = parsed?.['records'];
  if (!Array.isArray(records)) return undefined;
  return records.flatMap((entry: unknown) => {
    const record = asObject(entry);
    if (record === undefined) return [];
    const state = asObject(record['state']);
    return typeof record['id'] === 'string' && typeof record['dedupKey'] === 'string'
      ? [
          {
            id: record['id'],
            dedupKey: record['dedupKey'],
            prev: typeof record['prev'] === 'string' ? record['prev'] : null,
            state: stateOf(state),
          },
        ]
      : [];
  });
}

/** The correction a `corrected` event makes; undefined for other events. */
export function correctionOf(details: string): CorrectionDetails | undefined {
  const parsed = parseObject(details);
  const event = parsed?.['event'];
  const unapplied = parsed?.['unapplied'];
  if (typeof event !== 'string' || !Array.isArray(unapplied)) return undefined;
  return {
    event,
    unapplied: unapplied.flatMap((entry: unknown) => {
      const id = asObject(entry)?.['id'];
      return typeof id === 'string' ? [{ id }] : [];
    }),
  };
}

function stateOf(value: Readonly<Record<string, unknown>> | undefined): ReviewState {
  const text = (name: string) => (typeof value?.[name] === 'string' ? String(value[name]) : '');
  return {
    BronvastReviewStatus: text('BronvastReviewStatus'),
    BronvastDossier: text('BronvastDossier'),
    BronvastWooCategory: text('BronvastWooCategory'),
    BronvastAssessment: text('BronvastAssessment'),
    BronvastGrounds: text('BronvastGrounds'),
  };
}

function parseObject(text: string): Readonly<Record<string, unknown>> | undefined {
  try {
    return asObject(JSON.parse(text));
  } catch {
    return undefined;
  }
}

function asObject(value: unknown): Readonly<Record<string, unknown>> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? Object.fromEntries(Object.entries(value))
    : undefined;
}
