/** @jest-environment jsdom */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { asDossierId } from '../core/ids';
import type { FileJob, FilingJob } from '../filing/outbox';
import { GraphCallError } from '../graph/GraphCallError';
import { surfaceTexts, TextsContext } from '../ui';
import { aWireMessage, demoPosts, fakeTabServices, GRAPH_BASE, LOCATION } from './tab-fixtures';
import { chatPostFromWire } from '../graph/chats';
import type { TabServices } from './tab-services';
import { TeamsTab } from './TeamsTab';
import { teamsTexts } from '../texts/teams';

// jsdom has no ResizeObserver; Fluent's MessageBar only needs it to exist.
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= NoResizeObserver;

function renderTab(services: TabServices, language: 'nl' | 'en' = 'nl') {
  return render(
    <FluentProvider theme={webLightTheme}>
      <TextsContext.Provider value={surfaceTexts(language)}>
        <TeamsTab services={services} texts={teamsTexts(language)} language="nl-NL" />
      </TextsContext.Provider>
    </FluentProvider>,
  );
}

const filedJob: FileJob = async (job) => ({
  outcome: 'filed',
  recordUrl: 'https://records/1',
  dossier: job.choices.dossier,
});

describe('the Teams tab', () => {
  it('shows messages newest first, system and deleted messages as such, hostile HTML inert', async () => {
    renderTab(fakeTabServices([demoPosts()], filedJob));
    const items = await screen.findAllByRole('listitem');
    expect(items[0]?.textContent).toContain('Besluit:');
    expect(screen.getByText(/Systeembericht/)).toBeTruthy();
    expect(screen.getByText(/Dit bericht is verwijderd/)).toBeTruthy();
    expect(document.querySelector('script')).toBeNull();
    expect(document.querySelector('[onclick]')).toBeNull();
    expect(document.body.innerHTML).not.toContain('evil.example');
    expect(Reflect.get(window, 'hacked')).toBeUndefined();
    // Only real messages can be chosen: two messages, two decision radios.
    expect(screen.getAllByRole('radio', { name: 'Besluit' })).toHaveLength(2);
  });

  it('names reactions in words, and shows an emoji reaction as it is', async () => {
    const reacted = chatPostFromWire(
      aWireMessage('9', 50, '<p>Akkoord</p>', {
        reactions: [
          { reactionType: 'like', user: { user: { id: 'u-1', displayName: 'Sanne de Vries' } } },
          { reactionType: '💯', user: { user: { id: 'u-2', displayName: 'Pieter Jansen' } } },
        ],
      }),
      LOCATION,
      GRAPH_BASE,
    );
    renderTab(fakeTabServices([[reacted]], filedJob));
    expect(
      await screen.findByText(/Reacties: duim omhoog \(Sanne de Vries\), 💯 \(Pieter Jansen\)/),
    ).toBeTruthy();
  });

  it('pages with "Eerdere berichten"', async () => {
    const older = [
      chatPostFromWire(aWireMessage('0', 1, '<p>Het begin</p>'), LOCATION, GRAPH_BASE),
    ];
    renderTab(fakeTabServices([demoPosts(), older], filedJob));
    await userEvent.click(await screen.findByRole('button', { name: 'Eerdere berichten' }));
    expect(await screen.findByText('Het begin')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Eerdere berichten' })).toBeNull();
  });

  it('files the chosen decision with its context through the outbox', async () => {
    const jobs: FilingJob[] = [];
    const services = fakeTabServices([demoPosts()], async (job, onStage) => {
      jobs.push(job);
      onStage('uploading');
      return filedJob(job, onStage);
    });
    renderTab(services);
    const [decision] = await screen.findAllByRole('radio', { name: 'Besluit' });
    await userEvent.click(decision as HTMLElement);
    const [, contextBox] = screen.getAllByRole('checkbox', { name: 'Context' });
    await userEvent.click(contextBox as HTMLElement);
    expect(await screen.findByText('2 berichten gekozen')).toBeTruthy();
    await userEvent.type(
      screen.getByRole('textbox', { name: /Toelichting/ }),
      'Besluit: brief op 2 december',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Vastleggen' }));
    expect(await screen.findByText(/Vastgelegd in/)).toBeTruthy();
    const job = jobs[0];
    expect(job?.kind).toBe('chat');
    if (job?.kind !== 'chat') return;
    expect(job.chat.decision.id).toBe('4');
    expect(job.chat.context.map((ref) => ref.id)).toEqual(['3']);
    expect(job.itemId).toBe('chat:19:kern@thread.v2/4');
    expect(job.choices).toMatchObject({
      dossier: 'BZK-2025-0150',
      toelichting: 'Besluit: brief op 2 december',
    });
    expect(services.sent).toEqual([]);
  });

  it('posts a reply in the chat only when the member turned it on', async () => {
    const services = fakeTabServices([demoPosts()], filedJob);
    renderTab(services);
    const [decision] = await screen.findAllByRole('radio', { name: 'Besluit' });
    await userEvent.click(decision as HTMLElement);
    await userEvent.click(await screen.findByRole('switch', { name: /Meld in de chat/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Vastleggen' }));
    await waitFor(() => expect(services.sent).toHaveLength(1));
    expect(services.sent[0]).toContain('BZK-2025-0150');
  });

  it('marks a decision filed by another member', async () => {
    const filed = new Map([
      ['4', { dossier: asDossierId('BZK-2025-0150'), recordUrl: 'https://records/4' }],
    ]);
    renderTab(fakeTabServices([demoPosts()], filedJob, filed));
    const badge = await screen.findByTestId('filed-badge');
    expect(badge.textContent).toBe('Vastgelegd in BZK-2025-0150');
    expect(within(badge.closest('li') as HTMLElement).getByText(/Besluit:/)).toBeTruthy();
  });

  it('says clearly when the member is not in the chat', async () => {
    const services = fakeTabServices([], filedJob);
    const forbidden = new GraphCallError({
      kind: 'forbidden',
      status: 403,
      operation: 'chats.messages',
    });
    renderTab({ ...services, page: () => Promise.reject(forbidden) }, 'en');
    expect((await screen.findByRole('alert')).textContent).toMatch(/not a member of this chat/);
  });
});
