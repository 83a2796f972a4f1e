import {
  aReviewEvent,
  aVersion,
  filedColumns,
  MARLOES,
  SANNE,
  stateOf,
} from '../testing/trust-builders';
import { auditListDiscrepancies } from './audit-list-checks';
import { recordVerdict, reviewIsBacked } from './record-verdict';
import { managerSet, type EventFacts, type RecordFacts } from './trust-facts';

const managers = managerSet([MARLOES]);
const codes = (found: readonly { code: string }[]) => found.map((d) => d.code).sort();
const eventsOf = (...events: EventFacts[]) => new Map(events.map((event) => [event.id, event]));

/** An honest record: filed by Sanne, accepted by Marloes in event 1, in the records area. */
function honest() {
  const filed = filedColumns();
  const accepted = stateOf(filed, { BronvastReviewStatus: 'geaccepteerd' });
  const event = aReviewEvent('1', MARLOES, [{ id: '7', prev: null, state: accepted }]);
  const current = { ...filed, ...accepted, BronvastLastAuditEvent: event.link };
  const record: RecordFacts = {
    id: '7',
    fields: current,
    area: 'records',
    versions: [
      aVersion('1.0', SANNE, { FileLeafRef: 'nota.eml' }),
      aVersion('2.0', SANNE, filed),
      aVersion('3.0', MARLOES, current),
      aVersion('4.0', MARLOES, current),
    ],
    content: { kind: 'hash', sha256: 'a'.repeat(64) },
  };
  return { record, event, filed, accepted };
}

describe('recordVerdict', () => {
  it('finds nothing wrong with an honestly filed and accepted record', () => {
    const { record, event } = honest();
    expect(recordVerdict(record, eventsOf(event), managers)).toEqual([]);
    expect(reviewIsBacked(record, eventsOf(event), managers)).toBe(true);
  });

  it('names a record accepted in its first column write, linked to an event about another record', () => {
    const other = aReviewEvent('4', MARLOES, [
      {
        id: '3',
        prev: null,
        state: stateOf(filedColumns(), { BronvastReviewStatus: 'geaccepteerd' }),
      },
    ]);
    const forged = filedColumns({
      BronvastReviewStatus: 'geaccepteerd',
      BronvastLastAuditEvent: other.link,
    });
    const record: RecordFacts = {
      id: '7',
      fields: forged,
      area: 'intake',
      versions: [aVersion('1.0', SANNE, {}), aVersion('2.0', SANNE, forged)],
    };
    expect(codes(recordVerdict(record, eventsOf(other), managers))).toEqual([
      'audit-event-other-record',
      'reviewed-still-in-intake',
      'status-set-at-filing',
      'status-without-review',
    ]);
    expect(reviewIsBacked(record, eventsOf(other), managers)).toBe(false);
  });

  it('names an officer who accepts her own record after filing and who moved the link', () => {
    const { event } = honest();
    const filed = filedColumns();
    const forged = {
      ...filed,
      BronvastReviewStatus: 'geaccepteerd',
      BronvastLastAuditEvent: event.link,
    };
    const record: RecordFacts = {
      id: '6',
      fields: forged,
      area: 'intake',
      versions: [aVersion('1.0', SANNE, filed), aVersion('2.0', SANNE, forged)],
    };
    const found = recordVerdict(record, eventsOf(event), managers);
    expect(found).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          code: 'review-column-by-non-manager',
          version: '2.0',
          by: SANNE.address,
        }),
        expect.objectContaining({ code: 'audit-link-by-non-manager', version: '2.0' }),
        expect.objectContaining({ code: 'audit-event-other-record', eventId: '1' }),
        expect.objectContaining({ code: 'status-without-review' }),
      ]),
    );
  });

  it('names rewritten integrity columns and a content swap with who changed it', () => {
    const { record, event } = honest();
    const rewritten = {
      ...record.fields,
      BronvastSha256: '0'.repeat(64),
      BronvastFiledBy: MARLOES.address,
    };
    const swapped: RecordFacts = {
      ...record,
      fields: rewritten,
      versions: [...(record.versions ?? []), aVersion('5.0', SANNE, rewritten)],
      content: { kind: 'hash', sha256: 'b'.repeat(64) },
      contentChangedBy: SANNE,
    };
    expect(recordVerdict(swapped, eventsOf(event), managers)).toEqual(
      expect.arrayContaining([
        { code: 'content-hash-mismatch', record: '7', by: SANNE.address },
        expect.objectContaining({ code: 'integrity-column-rewritten', column: 'BronvastSha256' }),
        expect.objectContaining({ code: 'integrity-column-rewritten', column: 'BronvastFiledBy' }),
      ]),
    );
  });

  it('breaks the chain where an earlier event was changed or deleted, and flags a changed last event', () => {
    const filed = filedColumns();
    const accepted = stateOf(filed, { BronvastReviewStatus: 'geaccepteerd' });
    const first = aReviewEvent('1', MARLOES, [{ id: '7', prev: null, state: accepted }]);
    const moved = { ...accepted, BronvastDossier: 'BZK-2025-0021' };
    const second = aReviewEvent('2', MARLOES, [{ id: '7', prev: first.link, state: moved }]);
    const fields = { ...filed, ...moved, BronvastLastAuditEvent: second.link };
    const record: RecordFacts = {
      id: '7',
      fields,
      area: 'records',
      versions: [aVersion('1.0', SANNE, filed)],
    };
    expect(recordVerdict(record, eventsOf(first, second), managers)).toEqual([]);
    const edited = { ...first, hash: 'f'.repeat(64) };
    expect(codes(recordVerdict(record, eventsOf(edited, second), managers))).toEqual([
      'audit-chain-broken',
      'audit-event-changed',
    ]);
    expect(codes(recordVerdict(record, eventsOf(second), managers))).toEqual([
      'audit-chain-broken',
    ]);
    const lastEdited = { ...second, hash: 'e'.repeat(64) };
    expect(codes(recordVerdict(record, eventsOf(first, lastEdited), managers))).toEqual([
      'audit-event-changed',
      'status-without-review',
    ]);
  });

  it('names review columns changed after the last review, and a gap in the versions', () => {
    const { record, event } = honest();
    const changed = { ...record.fields, BronvastAssessment: 'niet-openbaar' };
    const versions = [...(record.versions ?? []).slice(0, 2), ...(record.versions ?? []).slice(3)];
    expect(
      codes(recordVerdict({ ...record, fields: changed, versions }, eventsOf(event), managers)),
    ).toEqual(['review-changed-after-review', 'status-without-review', 'version-missing']);
  });
});

describe('auditListDiscrepancies', () => {
  it('names deleted and edited events and events by someone outside the group', () => {
    const state = stateOf(filedColumns());
    const one = aReviewEvent('1', MARLOES, [{ id: '7', prev: null, state }]);
    const three = { ...aReviewEvent('3', SANNE, []), edited: true, editedBy: SANNE };
    expect(
      auditListDiscrepancies([one, three], managers, new Map([['7', new Set(['1'])]])),
    ).toEqual([
      { code: 'audit-event-deleted', eventId: '2' },
      { code: 'audit-event-edited', eventId: '3', by: SANNE.address },
      { code: 'audit-event-by-non-manager', eventId: '3', by: SANNE.address },
    ]);
  });

  it('accepts two managers deciding on one record at once: the one not applied is corrected', () => {
    const state = stateOf(filedColumns(), { BronvastReviewStatus: 'geaccepteerd' });
    const won = aReviewEvent('1', MARLOES, [{ id: '7', prev: null, state }]);
    const lost = aReviewEvent('2', MARLOES, [{ id: '7', prev: null, state }]);
    const applied = new Map([['7', new Set(['1'])]]);
    expect(auditListDiscrepancies([won, lost], managers, applied)).toEqual([
      { code: 'audit-event-not-applied', eventId: '2', record: '7' },
    ]);
    const correction: EventFacts = {
      id: '3',
      action: 'corrected',
      author: MARLOES,
      hash: 'c'.repeat(64),
      edited: false,
      corrects: { event: '2', unapplied: ['7'] },
    };
    expect(auditListDiscrepancies([won, lost, correction], managers, applied)).toEqual([]);
  });
});

describe('a filer filing new content of her record before review', () => {
  it('is no rewrite; a colleague doing the same, or after the review, is', () => {
    const filed = filedColumns();
    const refiled = {
      ...filed,
      BronvastSha256: 'b'.repeat(64),
      BronvastFiledAt: '2025-11-20T10:00:00Z',
    };
    const versions = [aVersion('1.0', SANNE, {}), aVersion('2.0', SANNE, filed)];
    const record: RecordFacts = {
      id: '9',
      fields: refiled,
      area: 'intake',
      versions: [...versions, aVersion('3.0', SANNE, refiled)],
      content: { kind: 'hash', sha256: 'b'.repeat(64) },
    };
    expect(recordVerdict(record, new Map(), managers)).toEqual([]);
    const byColleague = { ...record, versions: [...versions, aVersion('3.0', MARLOES, refiled)] };
    expect(codes(recordVerdict(byColleague, new Map(), managers))).toEqual([
      'integrity-column-rewritten',
      'integrity-column-rewritten',
    ]);
    const onlyHash = { ...filed, BronvastSha256: 'b'.repeat(64) };
    const swapped = {
      ...record,
      fields: onlyHash,
      versions: [...versions, aVersion('3.0', SANNE, onlyHash)],
    };
    expect(codes(recordVerdict(swapped, new Map(), managers))).toEqual([
      'integrity-column-rewritten',
    ]);
    // The filing time moved alone (out of a date filter) is no refiling either.
    const onlyTime = { ...filed, BronvastFiledAt: '2025-11-20T10:00:00Z' };
    const moved = {
      ...record,
      fields: onlyTime,
      versions: [...versions, aVersion('3.0', SANNE, onlyTime)],
      content: { kind: 'hash' as const, sha256: 'a'.repeat(64) },
    };
    expect(recordVerdict(moved, new Map(), managers)).toEqual([
      expect.objectContaining({ code: 'integrity-column-rewritten', column: 'BronvastFiledAt' }),
    ]);
  });
});
