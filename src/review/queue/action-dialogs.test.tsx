/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReviewAction } from '../../graph';
import { aReviewItem } from '../review-item.fixture';
import { renderReview } from '../review-services.fixture';
import { ActionBar } from './ActionBar';

function renderBar() {
  const onAction = jest.fn<void, [ReviewAction]>();
  renderReview(
    <ActionBar
      label="Acties voor dit record"
      targets={[aReviewItem('1')]}
      busy={false}
      dossiers={[]}
      onAction={onAction}
    />,
  );
  return { onAction };
}

describe('the action bar of the review queue', () => {
  it('accepts at once, without a dialog', async () => {
    const { onAction } = renderBar();
    await userEvent.click(screen.getByRole('button', { name: 'Accepteren' }));
    expect(onAction).toHaveBeenCalledWith({ kind: 'accept' });
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it.each(['Afwijzen', 'Herclassificeren', 'Verplaatsen'])(
    'opens %s from the keyboard, moves focus into it, and Escape brings focus back',
    async (name) => {
      const { onAction } = renderBar();
      const button = screen.getByRole('button', { name });
      button.focus();
      await userEvent.keyboard('{Enter}');
      const dialog = await screen.findByRole('dialog');
      expect(within(dialog).getByRole('heading', { name })).toBeTruthy();
      await waitFor(() => expect(dialog.contains(document.activeElement)).toBe(true));
      await userEvent.keyboard('{Escape}');
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
      await waitFor(() => expect(document.activeElement).toBe(button));
      expect(onAction).not.toHaveBeenCalled();
    },
  );

  it('rejects only with a reason, and keeps the dialog open until there is one', async () => {
    const { onAction } = renderBar();
    const reject = screen.getByRole('button', { name: 'Afwijzen' });
    reject.focus();
    fireEvent.click(reject);
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Bevestigen' }));
    expect(within(dialog).getByText('Geef een reden op.')).toBeTruthy();
    expect(onAction).not.toHaveBeenCalled();
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: /Reden van afwijzen/ }),
      ' Dubbel vastgelegd {Enter}',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Bevestigen' }));
    expect(onAction).toHaveBeenCalledWith({ kind: 'reject', reason: 'Dubbel vastgelegd' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(reject));
  });
});
