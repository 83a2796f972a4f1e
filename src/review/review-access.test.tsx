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
  it('is told in Dutch that only records managers may review, and is offered no review action', async () => {
    renderPage(services('beleid@bronvast.example', empty));
    const notice = await screen.findByTestId('access-notice');
    expect(notice.textContent).toContain('beleid@bronvast.example');
    expect(notice.textContent).toContain('geen lid van de groep informatiebeheerders');
    for (const action of ['Accepteren', 'Afwijzen', 'Herclassificeren', 'Verplaatsen'])
      expect(screen.queryByRole('button', { name: action })).toBeNull();
  });

  it('sees no such notice as a records manager, and the review actions', async () => {
    renderPage(services(MANAGER.toUpperCase(), empty));
    expect(await screen.findByRole('button', { name: 'Accepteren' })).toBeTruthy();
    expect(screen.queryByTestId('access-notice')).toBeNull();
  });

  it('is told so when the records managers group cannot be read', async () => {
    renderPage({
      ...services(MANAGER, empty),
      managers: () => Promise.reject(new Error('403')),
    });
    expect((await screen.findByTestId('access-notice')).textContent).toContain(
      'De groep informatiebeheerders kon niet worden gelezen',
    );
    expect(screen.queryByRole('button', { name: 'Accepteren' })).toBeNull();
  });

  it('is told why when the records list answers 403', async () => {
    const forbidden = () =>
      Promise.reject(new GraphCallError({ kind: 'forbidden', status: 403, code: 'accessDenied' }));
    renderPage(services(MANAGER, forbidden));
    expect(await screen.findByText(/U hebt geen toegang tot de records/)).toBeTruthy();
  });
});
