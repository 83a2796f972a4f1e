/** @jest-environment jsdom */
import { act, screen } from '@testing-library/react';
import { renderReview, reviewServicesFor } from '../review-services.fixture';
import type { CoverageFigures } from '../review-services';
import type { DashboardRecord } from './dashboard-record';
import { DashboardView } from './DashboardView';

const MANAGER = 'informatiebeheer@bronvast.example';
const NOW = new Date('2025-03-10T12:00:00Z');

const NO_COVERAGE: CoverageFigures = { kind: 'figures', rows: [] };

function renderDashboard(records: readonly DashboardRecord[], coverage = NO_COVERAGE) {
  const services = reviewServicesFor(MANAGER, {
    dashboard: () => Promise.resolve([...records]),
    coverage: () => Promise.resolve(coverage),
  });
  return renderReview(<DashboardView services={services} now={NOW} />);
}

// The chart measures label widths on a canvas, which jsdom does not draw.
beforeEach(() => jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null));
afterEach(() => jest.restoreAllMocks());

describe('the dashboard', () => {
  it('says in a sentence that nothing was filed on a site without records', async () => {
    renderDashboard([]);
    expect(
      await screen.findByText(/Er zijn op deze site nog geen records vastgelegd\./),
    ).toBeTruthy();
    expect(screen.queryAllByRole('table')).toHaveLength(0);
    expect(screen.queryAllByTestId('chart')).toHaveLength(0);
  });

  it('does not say nothing was filed above coverage figures that count filed mail', async () => {
    renderDashboard([], {
      kind: 'figures',
      rows: [
        {
          team: 'Directie Open Overheid',
          week: '2025-W10',
          relevant: 16,
          filed: 12,
          dismissed: 1,
          open: 3,
          oldestOpenDays: 6,
          filedShare: 0.75,
        },
      ],
    });
    await screen.findByRole('table', { name: 'Dekking per team en week' }, { timeout: 10_000 });
    const sentence = await screen.findByTestId('dashboard-empty');
    expect(sentence.textContent).not.toMatch(/nog geen records vastgelegd/);
    expect(sentence.textContent).toMatch(
      /In de bibliotheek van deze site staan nog geen records.*De dekking hieronder telt wel vastgelegde mail/,
    );
  });

  it('shows a chart and a table per dossier, team and week, with the time from received to filed', async () => {
    renderDashboard([
      {
        dossier: 'BZK-2025-0113',
        team: 'Directie Open Overheid',
        filedAt: new Date('2025-03-03T12:00:00Z'),
        received: new Date('2025-03-03T09:00:00Z'),
        reviewStatus: 'te-beoordelen',
        assessment: 'openbaar',
        changedByReviewer: false,
      },
    ]);
    const table = await screen.findByRole('table', { name: 'Per dossier' }, { timeout: 10_000 });
    expect(screen.getByRole('table', { name: 'Per team' })).toBeTruthy();
    expect(screen.getByRole('table', { name: 'Per week' })).toBeTruthy();
    expect(screen.getAllByTestId('chart')).toHaveLength(3);
    expect(table.textContent).toContain('BZK-2025-0113');
    expect(table.textContent).toContain('3 uur');
    expect(screen.queryByText(/nog geen records vastgelegd/)).toBeNull();
  });

  it('draws provisional figures from the first page and says so until every page is read', async () => {
    const record = (dossier: string): DashboardRecord => ({
      dossier,
      filedAt: new Date('2025-03-03T12:00:00Z'),
      reviewStatus: 'te-beoordelen',
      changedByReviewer: false,
    });
    let progress: (records: readonly DashboardRecord[]) => void = () => undefined;
    let finish: (records: DashboardRecord[]) => void = () => undefined;
    const services = reviewServicesFor(MANAGER, {
      dashboard: (onProgress) => {
        progress = onProgress ?? progress;
        return new Promise((resolve) => (finish = resolve));
      },
    });
    renderReview(<DashboardView services={services} now={NOW} />);
    act(() => progress([record('BZK-2025-0113')]));
    const table = await screen.findByRole('table', { name: 'Per dossier' }, { timeout: 10_000 });
    expect(screen.getByTestId('dashboard-reading').textContent).toMatch(
      /Voorlopige cijfers: 1 records gelezen, de nieuwste eerst/,
    );
    expect(table.textContent).not.toContain('BZK-2025-0150');
    await act(async () => finish([record('BZK-2025-0113'), record('BZK-2025-0150')]));
    expect(screen.getByRole('table', { name: 'Per dossier' }).textContent).toContain(
      'BZK-2025-0150',
    );
    expect(screen.queryByTestId('dashboard-reading')).toBeNull();
  });
});
