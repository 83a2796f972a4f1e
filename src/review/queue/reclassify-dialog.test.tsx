/** @jest-environment jsdom */
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReviewAction } from '../../graph';
import { aReviewItem } from '../review-item.fixture';
import { renderReview } from '../review-services.fixture';
import { ActionBar } from './ActionBar';

function openReclassify() {
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
  fireEvent.click(screen.getByRole('button', { name: 'Herclassificeren' }));
  const dialog = screen.getByRole('dialog');
  const confirm = () => fireEvent.click(within(dialog).getByRole('button', { name: 'Bevestigen' }));
  const grounds = within(dialog).getByRole('combobox', { name: /Weigeringsgronden/ });
  return { dialog, confirm, grounds, onAction };
}

describe('reclassifying a record', () => {
  it('offers the 18 Woo categories by label, starting from the record’s own', () => {
    const { dialog } = openReclassify();
    const category = within(dialog).getByRole('combobox', { name: 'Informatiecategorie' });
    const options = within(category).getAllByRole('option');
    expect(options).toHaveLength(19);
    expect(options[0]?.textContent).toBe('Geen informatiecategorie');
    expect(options.map((option) => option.textContent)).toContain('3.3.2e Advies');
    expect((category as HTMLSelectElement).value).toBe('c_c76862ab');
    expect(
      within(dialog).getByText('5.1.2e Eerbiediging van de persoonlijke levenssfeer'),
    ).toBeTruthy();
  });

  it('says so when a typed ground is no ground, and does not drop it silently', async () => {
    const { dialog, confirm, grounds, onAction } = openReclassify();
    await userEvent.type(grounds, '5.1.2x');
    expect(await screen.findByText('Geen weigeringsgrond gevonden voor ‘5.1.2x’.')).toBeTruthy();
    confirm();
    expect(within(dialog).getByText(/‘5\.1\.2x’ is geen weigeringsgrond van de Woo/)).toBeTruthy();
    expect(onAction).not.toHaveBeenCalled();
  });

  it('takes a ground picked from the list and the category by its TOOI id', async () => {
    const { dialog, confirm, grounds, onAction } = openReclassify();
    await userEvent.click(grounds);
    await userEvent.keyboard('opvat');
    await userEvent.click(
      // A list of several choices offers its options as check items.
      await screen.findByRole('menuitemcheckbox', { name: '5.2 Persoonlijke beleidsopvattingen' }),
    );
    fireEvent.change(within(dialog).getByRole('combobox', { name: 'Informatiecategorie' }), {
      target: { value: 'c_99a836c7' },
    });
    confirm();
    expect(onAction).toHaveBeenCalledWith({
      kind: 'reclassify',
      wooCategory: 'c_99a836c7',
      assessment: 'deels-openbaar',
      grounds: ['5.1.2e', '5.2'],
    });
  });

  it('refuses grounds beside Openbaar with a sentence that says what to do', () => {
    const { dialog, confirm, onAction } = openReclassify();
    fireEvent.change(within(dialog).getByRole('combobox', { name: 'Beoordeling' }), {
      target: { value: 'openbaar' },
    });
    confirm();
    expect(within(dialog).getByText(/Bij ‘Openbaar’ horen geen weigeringsgronden/)).toBeTruthy();
    expect(onAction).not.toHaveBeenCalled();
  });
});
