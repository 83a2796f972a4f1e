import type { Discrepancy } from '../../core/trust/trust-facts';
import type { RecordVersion } from '../../graph';
import { versionChanges } from './version-changes';

const MANAGER = 'informatiebeheer@bronvast.example';
const person = (address: string) => ({ address, displayName: address });

function aVersion(label: string, by: string, fields: Record<string, unknown>): RecordVersion {
  return { label, modifiedBy: person(by), modifiedAt: new Date('2025-01-01T00:00:00Z'), fields };
}

describe('versionChanges', () => {
  const filed = { BronvastReviewStatus: 'te-beoordelen', BronvastDossier: 'A', Modified: 'x' };

  it('lists the columns each version changed, leaving the audit link to the trail', () => {
    const changes = versionChanges([
      aVersion('1.0', 'beleid@bronvast.example', {}),
      aVersion('2.0', 'beleid@bronvast.example', filed),
      aVersion('3.0', MANAGER, {
        ...filed,
        BronvastReviewStatus: 'geaccepteerd',
        BronvastLastAuditEvent: '17',
        Modified: 'y',
      }),
    ]);
    expect(changes.map((change) => change.flags)).toEqual([[], [], []]);
    expect(changes[2]?.changes).toEqual([
      { column: 'BronvastReviewStatus', from: 'te-beoordelen', to: 'geaccepteerd' },
    ]);
    expect(changes[1]?.changes.map((change) => change.column)).toEqual([
      'BronvastDossier',
      'BronvastReviewStatus',
    ]);
  });

  it('flags the versions verification named, and marks new content by the size of the file', () => {
    const found: Discrepancy[] = [
      { code: 'review-column-by-non-manager', version: '2.0', column: 'BronvastReviewStatus' },
    ];
    const files = [
      { label: '1.0', size: 10 },
      { label: '2.0', size: 10 },
      { label: '3.0', size: 42 },
    ];
    const changes = versionChanges(
      [
        aVersion('1.0', 'beleid@bronvast.example', filed),
        aVersion('2.0', 'beleid@bronvast.example', {
          ...filed,
          BronvastReviewStatus: 'geaccepteerd',
        }),
        aVersion('3.0', 'beleid@bronvast.example', filed),
      ],
      found,
      files,
    );
    expect(changes.map((change) => change.flags.length)).toEqual([0, 1, 0]);
    expect(changes.map((change) => change.content)).toEqual([
      undefined,
      undefined,
      { from: 10, to: 42 },
    ]);
  });
});
