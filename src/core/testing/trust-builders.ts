import { auditEventHash, formatAuditLink } from '../trust/audit-link';
import type { ReviewState } from '../trust/review-state';
import type { EventFacts, PersonRef, VersionFacts } from '../trust/trust-facts';

/** The demo tenant's officer and records manager, as the record system names them. */
export const SANNE: PersonRef = { address: 'beleid@bronvast.example', id: 'sanne' };
export const MARLOES: PersonRef = { address: 'informatiebeheer@bronvast.example', id: 'marloes' };

/** The columns of a freshly filed record. */
export function filedColumns(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    BronvastDedupKey: 'mail:nota@vng.example',
    BronvastSourceId: '<nota@vng.example>',
    BronvastDossier: 'BZK-2025-0113',
    BronvastAssessment: 'openbaar',
    BronvastWooCategory: '',
    BronvastGrounds: '',
    BronvastReviewStatus: 'te-beoordelen',
    BronvastFiledBy: SANNE.address,
    BronvastFiledAt: '2025-11-19T09:00:00Z',
    BronvastSha256: 'a'.repeat(64),
    ...overrides,
  };
}

/** A version of a record's list item. */
export const aVersion = (
  label: string,
  by: PersonRef,
  fields: Record<string, unknown>,
): VersionFacts => ({ label, by, fields });

/** A review event about records, by `author`, with its hash as written. */
export function aReviewEvent(
  id: string,
  author: PersonRef,
  records: readonly { id: string; prev: string | null; state: ReviewState }[],
): EventFacts & { readonly link: string } {
  const details = JSON.stringify({
    records: records.map((record) => ({ ...record, dedupKey: `key-${record.id}` })),
  });
  const hash = auditEventHash({
    id,
    title: 'x',
    action: 'accepted',
    actor: author.address,
    recordDedupKey: '',
    details,
  });
  return {
    id,
    action: 'accepted',
    author,
    hash,
    edited: false,
    records: records.map((record) => ({ ...record, dedupKey: `key-${record.id}` })),
    link: formatAuditLink({ eventId: id, hash }),
  };
}

/** The review state of filed columns with some columns changed. */
export function stateOf(
  fields: Record<string, unknown>,
  changes: Partial<ReviewState> = {},
): ReviewState {
  const text = (name: string) => String(fields[name] ?? '');
  return {
    BronvastReviewStatus: text('BronvastReviewStatus'),
    BronvastDossier: text('BronvastDossier'),
    BronvastWooCategory: text('BronvastWooCategory'),
    BronvastAssessment: text('BronvastAssessment'),
    BronvastGrounds: text('BronvastGrounds'),
    ...changes,
  };
}
