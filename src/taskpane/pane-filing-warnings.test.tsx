/** @jest-environment jsdom */
import type { FailureCode } from '../ui';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { FileJob, FilingJob, FilingWarning } from '../filing/outbox';
import { aReadItem, fakeServices } from './pane-fixtures';
import { renderPane } from './render-pane.fixture';

const done = (job: FilingJob<FailureCode>, warnings: readonly FilingWarning[]) => ({
  outcome: job.repair === undefined ? ('filed' as const) : ('already-filed' as const),
  recordUrl: `http://records.example/${job.itemId}`,
  dossier: job.choices.dossier,
  warnings,
});

describe('the task pane after a filing with warnings', () => {
  it('says the record is filed but the label is missing, and repairs it on request', async () => {
    const repairs: (readonly FilingWarning[] | undefined)[] = [];
    const file: FileJob<FailureCode> = async (job) => {
      repairs.push(job.repair);
      return done(job, repairs.length === 1 ? ['retention-label-not-applied'] : []);
    };
    renderPane(fakeServices(aReadItem(), file));
    await userEvent.click(await screen.findByRole('button', { name: 'Vastleggen' }));
    const warning = await screen.findByTestId('filed-with-warnings');
    expect(warning.textContent).toContain(
      'Vastgelegd in BZK-2024-0113 · Woningbouw Noordoever, maar het bewaarlabel is niet toegekend.',
    );
    await userEvent.click(within(warning).getByRole('button', { name: 'Herstellen' }));
    expect((await screen.findByTestId('filed')).textContent).toContain('al vastgelegd');
    expect(repairs).toEqual([undefined, ['retention-label-not-applied']]);
  });

  it('offers no retry for a refusal that a retry cannot change', async () => {
    const file: FileJob<FailureCode> = async () => ({
      outcome: 'refused',
      reason: 'content-differs',
    });
    renderPane(fakeServices(aReadItem(), file));
    await userEvent.click(await screen.findByRole('button', { name: 'Vastleggen' }));
    const failure = await screen.findByTestId('filing-failed');
    expect(failure.textContent).toContain('Vastleggen is niet gelukt');
    expect(within(failure).queryByRole('button')).toBeNull();
    const outbox = screen.getByTestId('outbox');
    expect(within(outbox).queryByRole('button', { name: 'Opnieuw proberen' })).toBeNull();
  });
});
