/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReviewFilter } from '../../graph';
import { DATES_NL } from '../../texts/review/dates/nl';
import { renderReview } from '../review-services.fixture';
import { FilterBar } from './FilterBar';

function renderFilters(language: 'nl' | 'en' = 'nl') {
  const onApply = jest.fn<void, [ReviewFilter]>();
  renderReview(<FilterBar dossiers={[]} onApply={onApply} />, language);
  return onApply;
}

describe('the queue’s date filters', () => {
  it('ask for dd-mm-jjjj in Dutch and filter on the days typed that way', async () => {
    const onApply = renderFilters();
    const from = screen.getByRole('combobox', { name: 'Vastgelegd vanaf' });
    const to = screen.getByRole('combobox', { name: 'Vastgelegd tot en met' });
    expect(from.getAttribute('placeholder')).toBe('dd-mm-jjjj');
    await userEvent.type(from, '03-03-2025');
    await userEvent.tab();
    await userEvent.type(to, '7-3-2025');
    await userEvent.tab();
    await userEvent.click(screen.getByRole('button', { name: 'Toepassen' }));
    expect(onApply).toHaveBeenLastCalledWith(
      expect.objectContaining({
        filedFrom: new Date('2025-03-03T00:00:00Z'),
        filedTo: new Date('2025-03-07T23:59:59Z'),
      }),
    );
    expect((from as HTMLInputElement).value).toBe('03-03-2025');
    expect((to as HTMLInputElement).value).toBe('07-03-2025');
  });

  it('say so under the field when the text is no date, and filter on none', async () => {
    const onApply = renderFilters();
    const from = screen.getByRole('combobox', { name: 'Vastgelegd vanaf' });
    await userEvent.type(from, '31-02-2025');
    await userEvent.tab();
    expect(await screen.findByText(/Typ een datum als dd-mm-jjjj/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Toepassen' }));
    expect(onApply.mock.lastCall?.[0]).not.toHaveProperty('filedFrom');
  });

  it('open a calendar in the page’s language, weeks from Monday', async () => {
    renderFilters();
    await userEvent.click(screen.getByRole('combobox', { name: 'Vastgelegd vanaf' }));
    const calendar = await screen.findByRole('dialog', { name: 'Kalender' });
    const today = new Date();
    const month = DATES_NL.calendar.months[today.getMonth()] ?? '';
    const [grid] = within(calendar).getAllByRole('grid', {
      name: `${month} ${today.getFullYear()}, Gekozen: ${today.getDate()} ${month} ${today.getFullYear()}, Vandaag: ${today.getDate()} ${month} ${today.getFullYear()}`,
    });
    const days = [...(grid?.querySelectorAll('th') ?? [])].map((head) =>
      head.getAttribute('title'),
    );
    expect(days.slice(0, 2)).toEqual(['maandag', 'dinsdag']);
    expect(within(calendar).getByRole('button', { name: 'Naar vandaag' })).toBeTruthy();
  });
});
