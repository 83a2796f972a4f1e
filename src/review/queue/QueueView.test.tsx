/** @jest-environment jsdom */
import { TextDecoder, TextEncoder } from 'node:util';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ReviewItem, ReviewTarget } from '../../graph';
import { DEMO_ORGANISATION } from '../review-config';
import { aReviewItem } from '../review-item.fixture';
import {
  FIXTURE_MANAGER,
  FIXTURE_MANAGERS,
  renderReview,
  reviewServicesFor,
} from '../review-services.fixture';

// The detail parses mail, which needs these before it loads (hence the dynamic import below).
Object.assign(globalThis, { TextEncoder, TextDecoder });

async function renderQueue(items: readonly ReviewItem[], apply: jest.Mock) {
  const { QueueView } = await import('./QueueView');
  const accepted = (item: ReviewItem): ReviewItem => {
    const metadata = item.record.metadata;
    return metadata === null
      ? item
      : {
          ...item,
          record: { ...item.record, metadata: { ...metadata, reviewStatus: 'geaccepteerd' } },
        };
  };
  const services = reviewServicesFor(FIXTURE_MANAGER, {
    queue: () => Promise.resolve({ items: [...items], local: [], hiddenByLocal: 0 }),
    reload: (id) =>
      Promise.resolve(accepted(items.find((item) => item.record.id === id) ?? items[0]!)),
    apply,
    // A decided record's file moves into the records area.
    move: (ids) => Promise.resolve(ids.map((id) => ({ kind: 'moved' as const, id }))),
    content: () => Promise.resolve({ kind: 'file-missing' }),
    versions: () => Promise.resolve([]),
    audit: () => Promise.resolve([]),
  });
  renderReview(
    <QueueView
      services={services}
      managers={{ kind: 'loaded', managers: FIXTURE_MANAGERS }}
      dossiers={[]}
      organisationDomains={[]}
      organisation={DEMO_ORGANISATION}
    />,
  );
}

describe('the open record', () => {
  it('can be accepted from its detail without ticking its row', async () => {
    const apply = jest.fn((targets: readonly ReviewTarget[]) =>
      Promise.resolve(targets.map((target) => ({ kind: 'done' as const, id: target.id }))),
    );
    await renderQueue([aReviewItem('1'), aReviewItem('2')], apply);

    // The grid's first render is slow on a busy machine.
    fireEvent.click(await screen.findByRole('button', { name: 'Nota 2' }, { timeout: 10_000 }));
    const detail = screen.getByRole('region', { name: 'Record' });
    const actions = within(detail).getByRole('toolbar', { name: 'Acties voor dit record' });
    const accept = within(actions).getByRole('button', { name: 'Accepteren' });
    expect(accept.hasAttribute('disabled')).toBe(false);
    for (const name of ['Afwijzen', 'Herclassificeren', 'Verplaatsen'])
      expect(within(actions).getByRole('button', { name }).hasAttribute('disabled')).toBe(false);
    // Nothing is ticked: the selection's own actions stay off.
    const selection = screen.getByRole('toolbar', { name: '0 records geselecteerd' });
    expect(
      within(selection).getByRole('button', { name: 'Accepteren' }).hasAttribute('disabled'),
    ).toBe(true);

    fireEvent.click(accept);

    await within(detail).findByText('1 record bijgewerkt.', {}, { timeout: 10_000 });
    expect(apply).toHaveBeenCalledWith([expect.objectContaining({ id: '2' })], { kind: 'accept' });
    await waitFor(
      () => expect(within(screen.getByTestId('metadata')).getByText('Geaccepteerd')).toBeTruthy(),
      { timeout: 10_000 },
    );
  });

  it('is closed with its close button, and the grid takes the width again', async () => {
    await renderQueue([aReviewItem('1')], jest.fn());
    fireEvent.click(await screen.findByRole('button', { name: 'Nota 1' }, { timeout: 10_000 }));
    expect(
      screen.getByRole('separator', { name: 'Breedte van de lijst en het record' }),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Record sluiten' }));
    expect(screen.queryByRole('region', { name: 'Record' })).toBeNull();
    expect(screen.queryByRole('separator')).toBeNull();
  });
});
