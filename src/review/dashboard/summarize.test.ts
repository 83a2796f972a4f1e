import type { DashboardRecord } from './dashboard-record';
import { isoWeek } from '../../core/iso-week';
import { percentile } from './statistics';
import { summarize } from './summarize';

const NOW = new Date('2025-03-20T12:00:00Z');

function aRecord(overrides: Partial<DashboardRecord> = {}): DashboardRecord {
  return {
    dossier: 'BZK-1',
    filedAt: new Date('2025-03-10T10:00:00Z'),
    reviewStatus: 'te-beoordelen',
    assessment: 'openbaar',
    wooCategory: 'c_1',
    changedByReviewer: false,
    ...overrides,
  };
}

function withoutAssessment(record: DashboardRecord): DashboardRecord {
  return Object.fromEntries(
    Object.entries(record).filter(([name]) => name !== 'assessment'),
  ) as unknown as DashboardRecord;
}

describe('summarize', () => {
  it('counts filings, backlog and its age per dossier', () => {
    const rows = summarize(
      [
        aRecord(),
        aRecord({ reviewStatus: 'geaccepteerd' }),
        aRecord({ dossier: 'BZK-2', filedAt: new Date('2025-03-18T12:00:00Z') }),
      ],
      'dossier',
      NOW,
    );
    expect(rows.map((row) => [row.key, row.filed, row.backlog])).toEqual([
      ['BZK-1', 2, 1],
      ['BZK-2', 1, 1],
    ]);
    expect(rows[0]?.backlogOldestDays).toBeCloseTo(10.083, 2);
    expect(rows[1]?.backlogMedianDays).toBe(2);
  });

  it('gives the median and 90th percentile of received-to-filed hours, only where received is known', () => {
    const filedAt = new Date('2025-03-10T10:00:00Z');
    const hoursBefore = [1, 2, 3, 4, 5, 6, 7, 8, 9, 48];
    const records = [
      ...hoursBefore.map((hours) =>
        aRecord({ filedAt, received: new Date(filedAt.getTime() - hours * 3_600_000) }),
      ),
      aRecord({ filedAt }),
    ];
    const [row] = summarize(records, 'dossier', NOW);
    expect(row?.filingHoursMedian).toBe(5);
    expect(row?.filingHoursP90).toBe(9);
    expect(row?.filed).toBe(11);
  });

  it('measures changed suggestions, levels and completeness', () => {
    const [row] = summarize(
      [
        aRecord({ changedByReviewer: true }),
        aRecord({ changedByOfficer: true, assessment: 'deels-openbaar' }),
        aRecord({ wooCategory: '' }),
        withoutAssessment(aRecord()),
      ].map((record) => ({ ...record, team: 'Open Overheid' })),
      'team',
      NOW,
    );
    expect(row?.key).toBe('Open Overheid');
    expect(row?.changedShare).toBe(0.5);
    expect(row?.completeness).toBe(0.5);
    expect(row?.byLevel).toEqual({
      openbaar: 2,
      'deels-openbaar': 1,
      'niet-openbaar': 0,
      'reeds-openbaar': 0,
      none: 1,
    });
  });

  it('groups by ISO week in order, unknown teams under one key', () => {
    const rows = summarize(
      [
        aRecord({ filedAt: new Date('2025-01-06T08:00:00Z') }),
        aRecord({ filedAt: new Date('2024-12-30T08:00:00Z') }),
      ],
      'week',
      NOW,
    );
    expect(rows.map((row) => row.key)).toEqual(['2025-W01', '2025-W02']);
    expect(summarize([aRecord()], 'team', NOW)[0]?.key).toBe('');
  });
});

describe('statistics', () => {
  it('takes percentiles by nearest rank and ISO weeks across the year boundary', () => {
    expect(percentile([], 50)).toBeUndefined();
    expect(percentile([3, 1, 2], 50)).toBe(2);
    expect(percentile([3, 1, 2], 100)).toBe(3);
    expect(isoWeek(new Date('2021-01-03T12:00:00Z'))).toBe('2020-W53');
    expect(isoWeek(new Date('2026-12-03T12:00:00Z'))).toBe('2026-W49');
  });
});
