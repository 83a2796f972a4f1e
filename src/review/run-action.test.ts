import { asDossierId, asRecordId, asSourceId, type RecordId } from '../core/ids';
import type { ReviewItem, ReviewOutcome, ReviewTarget } from '../graph';
import type { ReviewServices } from './review-services';
import { runAction } from './run-action';

const anItem = (id: string, eTag: string): ReviewItem => ({
  eTag,
  record: {
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
});

function fakeServices(overrides: Partial<ReviewServices>): ReviewServices {
  const fail = () => Promise.reject(new Error('not expected'));
  return {
    user: { address: 'm@x', displayName: 'M' },
    recordsManagers: [],
    dossiers: fail,
    queue: fail,
    reload: fail,
    apply: fail,
    move: fail,
    versions: fail,
    audit: fail,
    content: fail,
    dashboard: fail,
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
        learn: () => Promise.reject(new Error('settings library unreachable')),
      }),
      [anItem('1', 'e1'), anItem('2', 'e2')],
      { kind: 'accept' },
    );
    expect([report.done, report.changedMeanwhile]).toEqual([1, 1]);
    expect(reloaded).toEqual(['2']);
    expect(report.reloaded.get(asRecordId('2'))?.eTag).toBe('new');
  });

  it('moves the files first and patches the columns with the eTags the move left', async () => {
    let applied: readonly ReviewTarget[] = [];
    const report = await runAction(
      fakeServices({
        move: async (ids) =>
          ids.map((id) => (id === '1' ? { kind: 'moved', id } : { kind: 'file-missing', id })),
        reload: async (id) => anItem(id, 'after-move'),
        apply: async (targets) => {
          applied = targets;
          return targets.map((target) => ({ kind: 'done', id: target.id, metadata: null }));
        },
      }),
      [anItem('1', 'before'), anItem('2', 'before')],
      { kind: 'move', dossier: asDossierId('B') },
    );
    expect(applied).toEqual([{ id: '1', dedupKey: 'mail:1', eTag: 'after-move' }]);
    expect([report.done, report.fileMissing]).toEqual([1, 1]);
  });
});
