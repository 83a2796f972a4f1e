import type { RecordVersion } from '../../graph';
import { versionChanges } from './version-changes';

const MANAGER = 'informatiebeheer@bronvast.example';
const person = (address: string) => ({ address, displayName: address });

function aVersion(label: string, by: string, fields: Record<string, unknown>): RecordVersion {
  return { label, modifiedBy: person(by), modifiedAt: new Date('2025-01-01T00:00:00Z'), fields };
}

describe('versionChanges', () => {
  const filed = { BronvastReviewStatus: 'te-beoordelen', BronvastDossier: 'A', Modified: 'x' };

  it('lists the columns each version changed; the filing itself is never flagged', () => {
    const changes = versionChanges(
      [
        aVersion('1.0', 'beleid@bronvast.example', {}),
        aVersion('2.0', 'beleid@bronvast.example', filed),
        aVersion('3.0', MANAGER, {
          ...filed,
          BronvastReviewStatus: 'geaccepteerd',
          BronvastLastAuditEvent: '17',
          Modified: 'y',
        }),
      ],
      [MANAGER],
    );
    expect(changes.map((change) => change.flagged)).toEqual([false, false, false]);
    expect(changes[2]?.changes).toEqual([
      { column: 'BronvastReviewStatus', from: 'te-beoordelen', to: 'geaccepteerd' },
    ]);
    expect(changes[1]?.changes.map((change) => change.column)).toEqual([
      'BronvastDossier',
      'BronvastReviewStatus',
    ]);
  });

  it('flags a review column changed by someone who is not a records manager', () => {
    const accepted = { ...filed, BronvastReviewStatus: 'geaccepteerd' };
    const changes = versionChanges(
      [
        aVersion('1.0', 'beleid@bronvast.example', filed),
        aVersion('2.0', 'beleid@bronvast.example', {
          ...filed,
          BronvastReviewStatus: 'geaccepteerd',
        }),
        aVersion('3.0', 'beleid@bronvast.example', { ...accepted, MailSubject: 'Nieuw' }),
      ],
      [MANAGER.toUpperCase()],
    );
    expect(changes.map((change) => change.flagged)).toEqual([false, true, false]);
  });
});
