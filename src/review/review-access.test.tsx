/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import { DEMO_ORGANISATION } from './review-config';
import { GraphCallError, type ReviewPage as QueuePage } from '../graph';
import { ReviewPage } from './ReviewPage';
import type { ReviewServices } from './review-services';
import {
  FIXTURE_MANAGER as MANAGER,
  renderReview,
  reviewServicesFor,
} from './review-services.fixture';

// The chart library ships ESM only and the detail parses mail (TextEncoder, missing in jsdom):
// neither is opened here; this test is about the notice and the queue's message.
jest.mock('./dashboard/DashboardView', () => ({ DashboardView: () => null }));
jest.mock('./detail/RecordDetail', () => ({ RecordDetail: () => null }));

function services(address: string, queue: ReviewServices['queue']): ReviewServices {
  return reviewServicesFor(address, { dossiers: () => Promise.resolve([]), queue });
}

function renderPage(page: ReviewServices) {
  renderReview(
    <ReviewPage services={page} organisationDomains={[]} organisation={DEMO_ORGANISATION} />,
  );
}

const empty = (): Promise<QueuePage> => Promise.resolve({ items: [], local: [], hiddenByLocal: 0 });

describe('a manager without rights', () => {
  it('is told in Dutch that only records managers may review when not on the list', async () => {
    renderPage(services('beleid@bronvast.example', empty));
    const notice = await screen.findByTestId('access-notice');
    expect(notice.textContent).toContain('beleid@bronvast.example');
    expect(notice.textContent).toContain('niet op de lijst van informatiebeheerders');
  });

  it('sees no such notice as a records manager', async () => {
    renderPage(services(MANAGER.toUpperCase(), empty));
    await screen.findByText('Bronvast · beoordelen');
    expect(screen.queryByTestId('access-notice')).toBeNull();
  });

  it('is told why when the records list answers 403', async () => {
    const forbidden = () =>
      Promise.reject(new GraphCallError({ kind: 'forbidden', status: 403, code: 'accessDenied' }));
    renderPage(services(MANAGER, forbidden));
    expect(await screen.findByText(/U hebt geen toegang tot de records/)).toBeTruthy();
  });
});
