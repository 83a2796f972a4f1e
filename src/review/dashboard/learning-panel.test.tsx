/** @jest-environment jsdom */
import { fireEvent, screen } from '@testing-library/react';
import { managerSet } from '../../core/trust/trust-facts';
import type { ReviewServices } from '../review-services';
import {
  FIXTURE_MANAGER as MANAGER,
  renderReview,
  reviewServicesFor,
} from '../review-services.fixture';
import { LearningPanel } from './LearningPanel';

function services(address: string, reset: () => Promise<void>): ReviewServices {
  return reviewServicesFor(address, {
    learntDecisions: () => Promise.resolve(3),
    resetLearning: reset,
  });
}

function renderPanel(page: ReviewServices) {
  renderReview(
    <LearningPanel
      services={page}
      managers={{ kind: 'loaded', managers: managerSet([{ address: MANAGER }]) }}
    />,
  );
}

describe('what the page learnt', () => {
  it('says how many reviews were learnt and resets only after the manager confirms', async () => {
    const reset = jest.fn(() => Promise.resolve());
    renderPanel(services(MANAGER, reset));

    expect(await screen.findByText('3 beoordelingen verwerkt.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Aanpassing terugzetten' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Annuleren' }));
    expect(reset).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Aanpassing terugzetten' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Terugzetten' }));

    expect(await screen.findByText(/De aanpassing is teruggezet/)).toBeTruthy();
    expect(reset).toHaveBeenCalledTimes(1);
    expect(screen.getByText('0 beoordelingen verwerkt.')).toBeTruthy();
  });

  it('says so when the reset fails', async () => {
    renderPanel(services(MANAGER, () => Promise.reject(new Error('423'))));
    fireEvent.click(await screen.findByRole('button', { name: 'Aanpassing terugzetten' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Terugzetten' }));
    expect(await screen.findByText(/Het terugzetten is niet gelukt/)).toBeTruthy();
  });

  it('offers no reset to someone who is not a records manager', async () => {
    renderPanel(services('beleid@bronvast.example', () => Promise.resolve()));
    expect(await screen.findByText('3 beoordelingen verwerkt.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Aanpassing terugzetten' })).toBeNull();
  });
});
