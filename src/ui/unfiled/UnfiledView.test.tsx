/** @jest-environment jsdom */
import { readGraphFailure } from '../../filing/read-failure';
import type { FailureCode } from '../../texts/codes/filing-error-texts';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { asDossierId, asImmutableItemId, asSourceId, type Dossier } from '../../core';
import { memoryOutboxStore, Outbox } from '../../filing/outbox';
import type { ScanProgress, ScanResult, UnfiledMail } from '../../filing/unfiled';
import { surfaceTexts } from '../../texts/shared/surface-texts';
import { TextsContext } from '../TextsContext';
import type { UnfiledServices } from './unfiled-services';
import { UnfiledView } from './UnfiledView';

const DOSSIERS: Dossier[] = [
  { id: asDossierId('BZK-2025-0113'), title: 'Actieve openbaarmaking' },
  { id: asDossierId('BZK-2025-0021'), title: 'Berichtenapps' },
];

function aMail(n: number, dossier: string | null, day: number): UnfiledMail {
  return {
    id: asImmutableItemId(`mail-${n}`),
    folder: 'inbox',
    sourceId: asSourceId(`<${n}@x.example>`),
    subject: `Onderwerp ${n}`,
    from: { name: 'Pieter Jansen', address: 'pieter@x.example' },
    received: new Date(Date.UTC(2026, 10, day, 9)),
    dossier: dossier === null ? null : asDossierId(dossier),
    score: 0.9,
  };
}

function setUp() {
  let finish: (result: ScanResult) => void = () => undefined;
  let report: (found: readonly UnfiledMail[], progress: ScanProgress) => void = () => undefined;
  const dismissed: string[] = [];
  const file = jest.fn(() => new Promise<never>(() => undefined));
  const services: UnfiledServices = {
    scan: (_weeks, onPage) => {
      report = onPage;
      return new Promise((resolve) => (finish = resolve));
    },
    dismiss: async (mail, reason) => void dismissed.push(`${mail.id}:${reason}`),
    dossiers: async () => DOSSIERS,
    outbox: new Outbox<FailureCode>({
      store: memoryOutboxStore(),
      file,
      readFailure: readGraphFailure,
    }),
  };
  render(
    <FluentProvider theme={webLightTheme}>
      <TextsContext.Provider value={surfaceTexts('nl')}>
        <UnfiledView services={services} />
      </TextsContext.Provider>
    </FluentProvider>,
  );
  return {
    services,
    dismissed,
    report: (...args: Parameters<typeof report>) => act(() => report(...args)),
    finish: (result: ScanResult) => act(async () => finish(result)),
  };
}

const title = () => screen.getByTestId('unfiled-title').textContent;

describe('UnfiledView', () => {
  it('shows the first page while reading, then the count and groups newest first', async () => {
    const view = setUp();
    view.report([aMail(1, 'BZK-2025-0113', 3)], { read: 50, foldersDone: 0, folders: 2 });
    expect(title()).toBe('1 bericht nog niet vastgelegd (bezig met lezen)');
    expect(screen.getByTestId('unfiled-progress').textContent).toBe('50 berichten gelezen, bezig…');
    view.report([aMail(2, 'BZK-2025-0021', 5), aMail(3, null, 6), aMail(4, 'BZK-2025-0113', 4)], {
      read: 90,
      foldersDone: 2,
      folders: 2,
    });
    await view.finish({ read: 90, coverage: [] });
    expect(title()).toBe('4 berichten nog niet vastgelegd');
    await screen.findByRole('heading', { name: /BZK-2025-0113 · Actieve openbaarmaking \(2\)/ });
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual([
      'BZK-2025-0021 · Berichtenapps (1)',
      'BZK-2025-0113 · Actieve openbaarmaking (2)',
      'Geen passend dossier (1)',
    ]);
    const group = screen.getAllByTestId('unfiled-group')[1]!;
    const rows = within(group)
      .getAllByTestId('unfiled-mail')
      .map((row) => row.textContent);
    expect(rows[0]).toMatch(/^Onderwerp 4/);
    expect(rows[1]).toMatch(/^Onderwerp 1/);
  });

  it('files the selected mails in their dossiers and sets one aside, taking them off the list', async () => {
    const view = setUp();
    view.report(
      [aMail(1, 'BZK-2025-0113', 3), aMail(2, 'BZK-2025-0021', 5), aMail(3, 'BZK-2025-0021', 6)],
      {
        read: 3,
        foldersDone: 2,
        folders: 2,
      },
    );
    await view.finish({ read: 3, coverage: [] });
    fireEvent.click(screen.getByRole('checkbox', { name: /^Onderwerp 1/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: /^Onderwerp 2/ }));
    fireEvent.click(screen.getByRole('button', { name: '2 berichten vastleggen' }));
    await screen.findByText('2 berichten in de wachtrij om vast te leggen.');
    expect(title()).toBe('1 bericht nog niet vastgelegd');
    const jobs = view.services.outbox.jobs().map((job) => [job.itemId, job.choices.dossier]);
    expect(jobs.sort()).toEqual([
      ['mail-1', 'BZK-2025-0113'],
      ['mail-2', 'BZK-2025-0021'],
    ]);
    fireEvent.click(screen.getByRole('checkbox', { name: /^Onderwerp 3/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Privé (1)' }));
    await screen.findByText('1 bericht terzijde gelegd.');
    expect(view.dismissed).toEqual(['mail-3:prive']);
    expect(title()).toBe('0 berichten nog niet vastgelegd');
  });

  it('puts focus on the title with what is left once the selected mails are filed', async () => {
    const view = setUp();
    view.report([aMail(1, 'BZK-2025-0113', 3), aMail(2, 'BZK-2025-0021', 5)], {
      read: 2,
      foldersDone: 2,
      folders: 2,
    });
    await view.finish({ read: 2, coverage: [] });
    fireEvent.click(screen.getByRole('checkbox', { name: /^Onderwerp 1/ }));
    const file = screen.getByRole('button', { name: '1 bericht vastleggen' });
    file.focus();
    fireEvent.click(file);
    await screen.findByText('1 bericht in de wachtrij om vast te leggen.');
    await waitFor(() => expect(document.activeElement?.textContent).toBe(title()));
    expect(title()).toBe('1 bericht nog niet vastgelegd');
  });

  it('shows the newest rows of a long group and a button for the rest, with the full count in the title', async () => {
    const view = setUp();
    const many = Array.from({ length: 400 }, (_, n) => aMail(n + 1, 'BZK-2025-0113', 1 + (n % 28)));
    view.report(many.slice(0, 150), { read: 600, foldersDone: 0, folders: 2 });
    view.report(many.slice(150), { read: 1500, foldersDone: 2, folders: 2 });
    await view.finish({ read: 1500, coverage: [] });
    expect(title()).toBe('400 berichten nog niet vastgelegd');
    const group = screen.getByTestId('unfiled-group');
    within(group).getByRole('heading', { name: /Actieve openbaarmaking \(400\)/ });
    const rows = within(group).getAllByTestId('unfiled-mail');
    expect(rows).toHaveLength(25);
    // Newest first: the fourteen mails of the 28th, the latest day, then the 27th.
    const days = rows.map(
      (row) => /(\d+) nov/.exec(row.querySelector('br + span')?.textContent ?? '')?.[1],
    );
    expect(days).toEqual([...Array<string>(14).fill('28'), ...Array<string>(11).fill('27')]);
    fireEvent.click(within(group).getByRole('checkbox', { name: /^Alle berichten van/ }));
    screen.getByRole('button', { name: '400 berichten vastleggen' });
    fireEvent.click(within(group).getByRole('button', { name: 'Alle 400 tonen' }));
    const all = within(group).getAllByTestId('unfiled-mail');
    expect(all).toHaveLength(400);
    expect(within(group).queryByRole('button', { name: /tonen$/ })).toBeNull();
    expect(document.activeElement).toBe(within(all[25]!).getByRole('checkbox'));
    expect(within(all[399]!).getByRole<HTMLInputElement>('checkbox').checked).toBe(true);
  });

  it('takes in the finds of many pages together while reading, the first at once', async () => {
    jest.useFakeTimers();
    try {
      const view = setUp();
      view.report([aMail(1, 'BZK-2025-0113', 3)], { read: 100, foldersDone: 0, folders: 2 });
      expect(screen.getAllByTestId('unfiled-mail')).toHaveLength(1);
      for (let n = 2; n <= 40; n += 1)
        view.report([aMail(n, 'BZK-2025-0113', 3)], { read: 100 * n, foldersDone: 0, folders: 2 });
      expect(screen.getAllByTestId('unfiled-mail')).toHaveLength(1);
      act(() => jest.advanceTimersByTime(300));
      expect(title()).toBe('40 berichten nog niet vastgelegd (bezig met lezen)');
      expect(screen.getByTestId('unfiled-progress').textContent).toBe(
        '4000 berichten gelezen, bezig…',
      );
    } finally {
      jest.useRealTimers();
    }
  });
});
