/** @jest-environment jsdom */
import type { FailureCode } from '../ui';
import { screen } from '@testing-library/react';
import type { FileJob } from '../filing/outbox';
import type { LearningWarning } from '../filing';
import { aReadItem, fakeServices } from './pane-fixtures';
import { renderPane } from './render-pane.fixture';

const file: FileJob<FailureCode> = async () => ({ outcome: 'refused', reason: 'content-differs' });
const withWarnings = (warnings: readonly LearningWarning[]) =>
  fakeServices(aReadItem(), file, { learningWarnings: async () => warnings });

describe('the task pane when the learnt relevance adjustment cannot be read', () => {
  it('says that the shipped weights are used, in Dutch by default', async () => {
    renderPane(withWarnings(['relevance-adjustment-unreadable']));
    const notice = await screen.findByTestId('learning-notice');
    expect(notice.textContent).toContain('de beoordeling gebruikt de standaardweging');
  });

  it('says it in English on request', async () => {
    renderPane(withWarnings(['relevance-adjustment-unreadable']), 'en');
    expect((await screen.findByTestId('learning-notice')).textContent).toContain(
      'the assessment uses the shipped weights',
    );
  });

  it('says so, too, when the adjustment is not a records manager’s or out of bounds', async () => {
    renderPane(withWarnings(['relevance-adjustment-untrusted']));
    expect((await screen.findByTestId('learning-notice')).textContent).toContain(
      'niet door een informatiebeheerder vastgelegd',
    );
  });

  it('shows nothing when the adjustment was read', async () => {
    renderPane(withWarnings(['history-unavailable']));
    await screen.findByRole('button', { name: 'Vastleggen' });
    expect(screen.queryByTestId('learning-notice')).toBeNull();
  });
});
