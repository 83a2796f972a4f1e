import { asDossierId, asRecordId, asSourceId, type RecordId } from '../core/ids';
import type { ReviewItem, ReviewOutcome, ReviewTarget } from '../graph';
import type { ReviewServices } from './review-services';
import { runAction } from './run-action';
import { aReviewItem } from '../graph/records-review/review-item.fixture';

const anItem = (id: string, eTag: string): ReviewItem =>
  aReviewItem(
    {
      id: asRecordId(id),
      webUrl: '',
      metadata: {
        sourceKind: 'mail',
        sourceId: asSourceId(`s${id}`),
        dedupKey: `mail:${id}`,
        dossier: asDossierId('A'),
        wooCategory: null,
        assessment: 'openbaar',
        grounds: [],
        relevance: 0.5,
        toelichting: '',
        filedBy: 'beleid@bronvast.example',
        filedAt: new Date('2025-01-01T00:00:00Z'),
        sha256: '',
        reviewStatus: 'te-beoordelen',
        to: [],
        cc: [],
        subject: `Mail ${id}`,
        hasAttachments: false,
      },
    },
    { eTag },
  );

function fakeServices(overrides: Partial<ReviewServices>): ReviewServices {
  const fail = () => Promise.reject(new Error('not expected'));
  return {
    user: { address: 'm@x', displayName: 'M' },
    managers: fail,
    auditEvents: fail,
    auditChain: fail,
    contentVersions: fail,
    dossiers: fail,
    queue: fail,
    reload: fail,
    apply: fail,
    move: fail,
    versions: fail,
    audit: fail,
    content: fail,
    dashboard: fail,
    coverage: fail,
    ...overrides,
  };
}

describe('runAction', () => {
  it('counts the outcomes and reloads the records someone else changed meanwhile', async () => {
    const reloaded: RecordId[] = [];
    const report = await runAction(
      fakeServices({
        apply: async (targets: readonly ReviewTarget[]): Promise<ReviewOutcome[]> =>
          targets.map((target) =>
            target.id === '2'
              ? { kind: 'changed-meanwhile', id: target.id }
              : { kind: 'done', id: target.id, metadata: null },
          ),
        reload: async (id) => {
          reloaded.push(id);
          return anItem(id, 'new');
        },
        move: async (ids) => ids.map((id) => ({ kind: 'moved', id })),
        learn: () => Promise.reject(new Error('settings library unreachable')),
      }),
      [anItem('1', 'e1'), anItem('2', 'e2')],
      { kind: 'accept' },
    );
    expect([report.done, report.changedMeanwhile]).toEqual([1, 1]);
    expect(reloaded).toEqual(['2']);
    expect(report.reloaded.get(asRecordId('2'))?.eTag).toBe('new');
  });

  it('decides with the eTags the page loaded, then moves the decided records into the records area', async () => {
    let applied: readonly ReviewTarget[] = [];
    const moved: string[] = [];
    const report = await runAction(
      fakeServices({
        apply: async (targets) => {
          applied = targets;
          return targets.map((target) =>
            target.id === '3'
              ? { kind: 'forbidden', id: target.id }
              : { kind: 'done', id: target.id, metadata: null },
          );
        },
        move: async (ids, dossier) =>
          ids.map((id) => {
            moved.push(`${id}->${dossier}`);
            return id === '1' ? { kind: 'moved', id } : { kind: 'file-missing', id };
          }),
      }),
      [anItem('1', 'e1'), anItem('2', 'e2'), anItem('3', 'e3')],
      { kind: 'move', dossier: asDossierId('B') },
    );
    expect(applied.map((target) => [target.id, target.eTag])).toEqual([
      ['1', 'e1'],
      ['2', 'e2'],
      ['3', 'e3'],
    ]);
    expect(moved).toEqual(['1->B', '2->B']);
    expect([report.done, report.fileMissing, report.forbidden]).toEqual([2, 1, 1]);
  });

  it('moves nothing when the decision was refused (an officer may not write the audit list)', async () => {
    const report = await runAction(
      fakeServices({
        apply: async (targets) => targets.map((target) => ({ kind: 'forbidden', id: target.id })),
      }),
      [anItem('1', 'e1')],
      { kind: 'accept' },
    );
    expect([report.done, report.forbidden]).toEqual([0, 1]);
  });
});
