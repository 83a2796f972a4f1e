/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { findPersonalData } from '../../core/personal-data';
import type { Deadline, WooRequest } from '../../core/woo-desk';
import type { LoadedDocument } from '../../filing/woo';
import { documentOutcome } from '../../filing/woo/document-decision';
import type { StoredWooRequest } from '../../graph/woo';
import { WooDeskView } from './WooDeskView';
import type { WooDeskServices } from './woo-desk-services';

class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= NoResizeObserver;

const request = (zaaknummer: string, extra: Partial<WooRequest> = {}): StoredWooRequest => ({
  itemId: zaaknummer,
  request: {
    zaaknummer,
    received: new Date('2025-03-03T00:00:00Z'),
    text: 'Alles over het windpark',
    requester: 'X',
    status: 'open',
    ...extra,
  },
});
const deadline = (daysLeft: number): Deadline => ({
  deadline: new Date('2025-03-31T00:00:00Z'),
  daysLeft,
  extended: false,
  suspended: false,
  suspendedDays: 0,
});
const mail: LoadedDocument = {
  key: '7',
  recordId: '7',
  kind: 'mail',
  title: 'Advies windpark',
  sha256: 'a',
  text: 'Van: Pieter Jansen <pieter@example.nl>\n\nBel 06-12345678 over Project Zeewind.\n',
  body: 'Bel 06-12345678 over Project Zeewind.',
  parties: ['Pieter Jansen', 'pieter@example.nl'],
  references: [],
};

function services(parts: Partial<WooDeskServices> = {}): WooDeskServices {
  const never = () => new Promise<never>(() => undefined);
  return {
    overview: () =>
      Promise.resolve({
        requests: [
          { stored: request('WOO-2'), deadline: deadline(20), events: [] },
          { stored: request('WOO-1'), deadline: deadline(3), events: [] },
          {
            stored: request('WOO-0', { status: 'besloten', closedAt: new Date() }),
            deadline: deadline(-9),
            events: [],
          },
        ],
        average: { days: 41.5, decided: 1 },
      }),
    create: never,
    recordEvent: never,
    search: never,
    add: never,
    selection: () =>
      Promise.resolve({
        threads: [
          {
            id: '7',
            documents: [
              {
                document: mail,
                outcome: documentOutcome(mail, undefined, undefined, findPersonalData),
              },
            ],
          },
        ],
      }),
    saveDecision: never,
    saveRedactions: never,
    log: () => Promise.resolve({ events: [], searches: [] }),
    buildPackage: never,
    ...parts,
  };
}

const show = (desk: WooDeskServices) =>
  render(
    <FluentProvider theme={webLightTheme}>
      <WooDeskView load={() => Promise.resolve(desk)} />
    </FluentProvider>,
  );

describe('the Woo desk', () => {
  it('lists open requests by days left before the decided ones, with the average handling time', async () => {
    show(services());
    const rows = await screen.findAllByRole('row');
    expect(rows.slice(1).map((row) => within(row).getAllByRole('cell')[0]?.textContent)).toEqual([
      'WOO-1',
      'WOO-2',
      'WOO-0',
    ]);
    expect(screen.getByText(/Gemiddelde behandeltijd: 41.5 dagen/)).toBeTruthy();
  });

  it('rejects a proposal and redacts a passage typed by keyboard, saving both decisions', async () => {
    const saveRedactions = jest.fn(() => Promise.resolve({ kind: 'saved' as const }));
    show(services({ saveRedactions }));
    await userEvent.click(await screen.findByRole('button', { name: 'Openen WOO-1' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Beoordeel Advies windpark' }));
    const proposals = await screen.findByRole('region', { name: 'Lakvoorstellen' });
    await userEvent.click(within(proposals).getByRole('button', { name: 'Afwijzen: 06-12345678' }));
    await waitFor(() => expect(saveRedactions).toHaveBeenCalledTimes(1));
    const first = saveRedactions.mock.calls[0] as unknown as [
      string,
      unknown,
      { proposals: Map<string, string> },
    ];
    expect([...first[2].proposals]).toEqual([['5.1.2e|06-12345678|0', 'rejected']]);
    const manual = screen.getByRole('form', { name: 'Zelf lakken' });
    await userEvent.type(
      within(manual).getByRole('textbox', { name: /Passage/ }),
      'Project Zeewind',
    );
    await userEvent.selectOptions(
      within(manual).getByRole('combobox', { name: 'Grond' }),
      '5.1.2i',
    );
    await userEvent.click(within(manual).getByRole('button', { name: 'Lakken' }));
    await waitFor(() => expect(saveRedactions).toHaveBeenCalledTimes(2));
    const second = saveRedactions.mock.calls[1] as unknown as [
      string,
      unknown,
      { manual: unknown[] },
    ];
    expect(second[2].manual).toEqual([{ text: 'Project Zeewind', ground: '5.1.2i' }]);
  });

  it('refuses a passage that is not in the document', async () => {
    show(services());
    await userEvent.click(await screen.findByRole('button', { name: 'Openen WOO-1' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Beoordeel Advies windpark' }));
    const manual = await screen.findByRole('form', { name: 'Zelf lakken' });
    await userEvent.type(within(manual).getByRole('textbox', { name: /Passage/ }), 'niet aanwezig');
    await userEvent.click(within(manual).getByRole('button', { name: 'Lakken' }));
    expect(within(manual).getByRole('alert').textContent).toBe(
      'Deze passage staat niet in het document.',
    );
  });
});
