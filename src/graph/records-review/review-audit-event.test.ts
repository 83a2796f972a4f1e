import { asRecordId } from '../../core/ids';
import { reviewerChangesOf } from './dashboard-source';
import { auditEventFields, correctionEventFields } from './review-audit-event';

const state = {
  BronvastReviewStatus: 'te-beoordelen',
  BronvastDossier: 'BZK-2025-0113',
  BronvastWooCategory: '',
  BronvastAssessment: 'openbaar',
  BronvastGrounds: '',
};
const records = [
  { id: asRecordId('1'), dedupKey: 'mail:a@x', link: '', state },
  { id: asRecordId('2'), dedupKey: 'mail:b@x', link: `3:${'c'.repeat(64)}`, state },
];
const at = new Date(Date.UTC(2025, 5, 1));

describe('the audit event of a selection', () => {
  it('names every record it was asked for, its previous event and its state after, the changes and the reason', () => {
    const fields = auditEventFields(records, { kind: 'reject', reason: 'Dubbel' }, 'm@x', at);
    const rejected = { ...state, BronvastReviewStatus: 'afgewezen' };
    expect(fields['Action']).toBe('rejected');
    expect(fields['RecordDedupKey']).toBe('');
    expect(JSON.parse(fields['Details'] ?? '')).toEqual({
      changes: { BronvastReviewStatus: 'afgewezen' },
      reason: 'Dubbel',
      records: [
        { id: '1', dedupKey: 'mail:a@x', prev: null, state: rejected },
        { id: '2', dedupKey: 'mail:b@x', prev: `3:${'c'.repeat(64)}`, state: rejected },
      ],
    });
  });
});

describe('the reviewers’ changes of the dashboard', () => {
  const reclassified = auditEventFields(
    records,
    { kind: 'reclassify', wooCategory: null, assessment: 'openbaar', grounds: [] },
    'm@x',
    at,
  );

  it('counts the records a selection’s event names, less those its correction names', () => {
    const correction = correctionEventFields(
      '7',
      [{ ...records[1]!, outcome: 'changed-meanwhile' }],
      'm@x',
      at,
    );
    const changes = reviewerChangesOf([
      { id: '7', fields: reclassified },
      { id: '8', fields: correction },
      { id: '3', fields: { Action: 'moved', RecordDedupKey: 'mail:c@x' } },
    ]);
    expect([...changes].sort()).toEqual(['mail:a@x', 'mail:c@x']);
  });

  it('does not let a correction of another event take a record away', () => {
    const correction = correctionEventFields(
      '9',
      [{ ...records[0]!, outcome: 'failed' }],
      'm@x',
      at,
    );
    const changes = reviewerChangesOf([
      { id: '7', fields: reclassified },
      { id: '8', fields: correction },
    ]);
    expect([...changes].sort()).toEqual(['mail:a@x', 'mail:b@x']);
  });
});
