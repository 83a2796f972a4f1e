/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen } from '@testing-library/react';
import type { ReviewServices } from '../review-services';
import { reviewTexts, ReviewTextsContext } from '../ReviewTexts';
import { LearningPanel } from './LearningPanel';

class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= NoResizeObserver;

const MANAGER = 'informatiebeheer@bronvast.example';

function services(address: string, reset: () => Promise<void>): ReviewServices {
  const never = () => new Promise<never>(() => undefined);
  return {
    user: { address, displayName: 'Iemand' },
    recordsManagers: [MANAGER],
    dossiers: never,
    queue: never,
    reload: never,
    apply: never,
    move: never,
    versions: never,
    audit: never,
    content: never,
    dashboard: never,
    learntDecisions: () => Promise.resolve(3),
    resetLearning: reset,
  };
}

function renderPanel(page: ReviewServices) {
  render(
    <FluentProvider theme={webLightTheme}>
      <ReviewTextsContext.Provider value={reviewTexts('nl')}>
        <LearningPanel services={page} />
      </ReviewTextsContext.Provider>
    </FluentProvider>,
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
