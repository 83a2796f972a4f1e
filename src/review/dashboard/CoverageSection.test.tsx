/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import type { CoverageSummaryRow } from '../../graph';
import { renderReview, reviewServicesFor } from '../review-services.fixture';
import type { CoverageFigures } from '../review-services';
import { DashboardView } from './DashboardView';

const MANAGER = 'informatiebeheer@bronvast.example';
const NOW = new Date('2026-12-08T12:00:00Z');

const RECORD = {
  dossier: 'BZK-2025-0113',
  team: 'Directie Open Overheid',
  filedAt: new Date('2026-12-07T12:00:00Z'),
  reviewStatus: 'te-beoordelen',
  changedByReviewer: false,
} as const;

const ROWS: CoverageSummaryRow[] = [
  {
    team: 'Directie Open Overheid',
    week: '2026-W49',
    relevant: 16,
    filed: 12,
    dismissed: 1,
    open: 3,
    oldestOpenDays: 6,
    filedShare: 0.75,
  },
  {
    team: '',
    week: '2026-W49',
    relevant: 0,
    filed: 0,
    dismissed: 0,
    open: 0,
    oldestOpenDays: 0,
  },
];

function renderDashboard(coverage: () => Promise<CoverageFigures>, language: 'nl' | 'en' = 'nl') {
  const services = reviewServicesFor(MANAGER, {
    dashboard: () => Promise.resolve([RECORD]),
    coverage,
  });
  return renderReview(<DashboardView services={services} now={NOW} />, language);
}

const cells = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);

// The chart measures label widths on a canvas, which jsdom does not draw.
beforeEach(() => jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null));
afterEach(() => jest.restoreAllMocks());

describe("the dashboard's coverage section", () => {
  it('shows a chart beside a table of every count per team and week', async () => {
    renderDashboard(() => Promise.resolve({ kind: 'figures', rows: ROWS }));
    const table = await screen.findByRole('table', { name: 'Dekking per team en week' });
    const heads = within(table)
      .getAllByRole('columnheader')
      .map((head) => head.textContent);
    expect(heads).toEqual([
      'Team',
      'Week',
      'Beleidsrelevant',
      'Vastgelegd',
      'Terzijde gelegd',
      'Open',
      'Oudste open (dagen)',
      'Vastgelegd %',
    ]);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map(cells)).toEqual([
      ['Directie Open Overheid', '2026-W49', '16', '12', '1', '3', '6', '75%'],
      ['onbekend', '2026-W49', '0', '0', '0', '0', '—', '—'],
    ]);
    const section = screen.getByRole('region', { name: 'Dekking' });
    expect(within(section).getAllByTestId('chart')).toHaveLength(1);
    // The record figures' three charts stand beside it.
    expect(await screen.findAllByTestId('chart', {}, { timeout: 10_000 })).toHaveLength(4);
  });

  it('says in a sentence that no officer has reported yet', async () => {
    renderDashboard(() => Promise.resolve({ kind: 'figures', rows: [] }));
    const section = screen.getByRole('region', { name: 'Dekking' });
    expect(await within(section).findByText(/^Nog geen dekkingscijfers: /)).toBeTruthy();
    expect(within(section).queryAllByTestId('chart')).toHaveLength(0);
    expect(within(section).queryAllByRole('table')).toHaveLength(0);
  });

  it('says so when the site has no coverage list', async () => {
    renderDashboard(() => Promise.resolve({ kind: 'list-missing' }));
    expect(await screen.findByText(/de lijst BronvastDekking ontbreekt/)).toBeTruthy();
  });

  it('says a read failure without taking the other figures with it', async () => {
    renderDashboard(() => Promise.reject(new Error('503')));
    expect(await screen.findByText(/De dekkingscijfers konden niet worden gelezen\./)).toBeTruthy();
    expect(await screen.findByRole('table', { name: 'Per dossier' })).toBeTruthy();
    expect(screen.queryByRole('table', { name: 'Dekking per team en week' })).toBeNull();
  });

  it('speaks English on an English page', async () => {
    renderDashboard(() => Promise.resolve({ kind: 'figures', rows: ROWS }), 'en');
    const table = await screen.findByRole('table', { name: 'Coverage per team and week' });
    expect(within(table).getByRole('columnheader', { name: 'Set aside' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Coverage' })).toBeTruthy();
  });
});
