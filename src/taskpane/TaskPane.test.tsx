/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { asConversationId, asDossierId, asRestItemId } from '../core/ids';
import { wooCategory } from '../core/woo/categories';
import type { FileJob, FiledResult, FilingJob } from '../filing/outbox';
import { aMessage, aReadItem, fakeServices } from './pane-fixtures';
import { renderPane } from './render-pane.fixture';

const filed = (job: FilingJob): FiledResult => ({
  outcome: 'filed',
  recordUrl: `http://records.example/${job.itemId}`,
  dossier: job.choices.dossier,
});

describe('TaskPane', () => {
  it('shows loading, then the assessment with reasons, suggestions and the marked BSN', async () => {
    renderPane(fakeServices(aReadItem(), async (job) => filed(job)));
    expect(screen.getByTestId('loading')).toBeTruthy();
    expect(await screen.findByText(/Beleidsrelevant: leg dit bericht vast/)).toBeTruthy();
    expect(screen.getByText('term-besluit')).toBeTruthy();
    // The verdicts are painted first; the dossier choice renders right after.
    const suggested = await screen.findByRole('radio', {
      name: /BZK-2024-0113 · Woningbouw Noordoever/,
    });
    expect(suggested).toHaveProperty('checked', true);
    const mark = screen.getByLabelText('burgerservicenummer: 111222333');
    expect(mark.tagName).toBe('MARK');
    expect(screen.getByText('Deels openbaar')).toBeTruthy();
  });

  it('files with visible progress and ends with "Vastgelegd in" and a link', async () => {
    let finish: () => void = () => undefined;
    const seen: FilingJob[] = [];
    const file: FileJob = async (job, onStage) => {
      seen.push(job);
      onStage('uploading');
      await new Promise<void>((resolve) => (finish = resolve));
      return filed(job);
    };
    renderPane(fakeServices(aReadItem(), file));
    await userEvent.click(await screen.findByRole('radio', { name: /BZK-2024-0201/ }));
    await userEvent.type(
      screen.getByRole('textbox', { name: /Toelichting/ }),
      'Besluit van de wethouder',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Vastleggen' }));
    expect(await screen.findByText('Het bericht wordt geüpload…')).toBeTruthy();
    finish();
    const done = await screen.findByTestId('filed');
    expect(done.textContent).toContain('Vastgelegd in BZK-2024-0201 · Subsidieregeling energie');
    expect(within(done).getByRole('link', { name: 'Open het record' }).getAttribute('href')).toBe(
      'http://records.example/AAMkAGI1',
    );
    expect(seen[0]?.choices).toEqual({
      dossier: 'BZK-2024-0201',
      wooCategory: wooCategory('3.1').tooiId,
      assessment: 'deels-openbaar',
      grounds: ['5.1.1e'],
      toelichting: 'Besluit van de wethouder',
    });
  });

  it('shows a failure with its reason and files on retry', async () => {
    let attempts = 0;
    const file: FileJob = async (job) => {
      attempts += 1;
      if (attempts === 1) throw new Error('connection dropped');
      return filed(job);
    };
    renderPane(fakeServices(aReadItem(), file));
    await userEvent.click(await screen.findByRole('button', { name: 'Vastleggen' }));
    const failure = await screen.findByTestId('filing-failed');
    expect(failure.textContent).toContain(
      'Vastleggen is niet gelukt: geen verbinding met het archiefsysteem',
    );
    await userEvent.click(within(failure).getByRole('button', { name: 'Opnieuw proberen' }));
    expect((await screen.findByTestId('filed')).textContent).toContain(
      'Vastgelegd in BZK-2024-0113',
    );
    expect(attempts).toBe(2);
  });

  it('shows a mail a colleague filed as already filed, found by its dedup key', async () => {
    const lookupFiled = jest.fn(async () => ({
      kind: 'filed' as const,
      dossier: 'BZK-2024-0113',
      recordUrl: 'http://records.example/r1',
      filedBy: 'collega@bronvast.example',
      filedAt: '2026-11-20',
    }));
    renderPane(fakeServices(aReadItem(), async (job) => filed(job), { lookupFiled }));
    const notice = await screen.findByTestId('filed');
    expect(notice.textContent).toContain('al vastgelegd in BZK-2024-0113');
    expect(notice.textContent).toContain('collega@bronvast.example');
    expect(screen.getByRole('button', { name: 'Opnieuw vastleggen' })).toBeTruthy();
    expect(lookupFiled).toHaveBeenCalledWith(
      expect.objectContaining({ subject: aMessage().subject }),
    );
  });

  it('in compose mode stores the chosen dossier on the draft', async () => {
    const saveDraftDossier = jest.fn(async () => undefined);
    const item = { kind: 'compose' as const, message: aMessage(), dossier: null };
    renderPane(fakeServices(item, async (job) => filed(job), { saveDraftDossier }));
    await userEvent.click(await screen.findByRole('button', { name: 'Dossier koppelen' }));
    expect(saveDraftDossier).toHaveBeenCalledWith('BZK-2024-0113');
    expect((await screen.findByTestId('draft-dossier')).textContent).toContain('BZK-2024-0113');
  });

  it('files every selected mail in the chosen dossier', async () => {
    const filedIds: string[] = [];
    const file: FileJob = async (job) => {
      filedIds.push(job.itemId);
      return filed(job);
    };
    const items = ['m1', 'm2', 'm3'].map((id) => ({
      itemId: asRestItemId(id),
      subject: `Mail ${id}`,
    }));
    renderPane(fakeServices({ kind: 'selection', items }, file));
    const search = await screen.findByRole('combobox', { name: 'Dossier' });
    await userEvent.type(search, 'subsidie');
    await userEvent.click(await screen.findByRole('option', { name: /BZK-2024-0201/ }));
    await userEvent.click(screen.getByRole('button', { name: '3 berichten vastleggen' }));
    await waitFor(() => expect(filedIds).toEqual(['m1', 'm2', 'm3']));
    await waitFor(() => expect(screen.getAllByText(/Vastgelegd in BZK-2024-0201/)).toHaveLength(3));
  });

  it('files every mail of the conversation with the same choices', async () => {
    const filedIds: string[] = [];
    const file: FileJob = async (job) => {
      filedIds.push(job.itemId);
      return filed(job);
    };
    const message = aMessage({ conversationId: asConversationId('conv-1') });
    const conversationMails = jest.fn(async () =>
      ['c1', 'c2'].map((id) => ({ itemId: asRestItemId(id), subject: `Gesprek ${id}` })),
    );
    renderPane(fakeServices(aReadItem(message), file, { conversationMails }));
    await userEvent.click(
      await screen.findByRole('button', { name: 'Het hele gesprek vastleggen' }),
    );
    await waitFor(() => expect(filedIds).toEqual(['c1', 'c2']));
    expect(conversationMails).toHaveBeenCalledWith('conv-1', undefined);
  });

  it("files the other mails of the conversation without the open mail's disclosure advice", async () => {
    const seen: FilingJob[] = [];
    const file: FileJob = async (job) => {
      seen.push(job);
      return filed(job);
    };
    const message = aMessage({ conversationId: asConversationId('conv-1') });
    const conversationMails = jest.fn(async () =>
      ['AAMkAGI1', 'c2'].map((id) => ({ itemId: asRestItemId(id), subject: `Gesprek ${id}` })),
    );
    renderPane(fakeServices(aReadItem(message), file, { conversationMails }));
    await userEvent.type(
      await screen.findByRole('textbox', { name: /Toelichting/ }),
      'Hele gesprek over de subsidie',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Het hele gesprek vastleggen' }));
    await waitFor(() => expect(seen).toHaveLength(2));
    const officer = {
      dossier: 'BZK-2024-0113',
      wooCategory: wooCategory('3.1').tooiId,
      toelichting: 'Hele gesprek over de subsidie',
    };
    const byId = new Map(seen.map((job) => [job.itemId, job.choices]));
    // The BSN is in the open mail only: its grounds stay with it.
    expect(byId.get(asRestItemId('AAMkAGI1'))).toEqual({
      ...officer,
      assessment: 'deels-openbaar',
      grounds: ['5.1.1e'],
    });
    expect(byId.get(asRestItemId('c2'))).toEqual(officer);
  });

  it('speaks English when Outlook does', async () => {
    renderPane(
      fakeServices(aReadItem(), async (job) => filed(job)),
      'en',
    );
    expect(await screen.findByRole('button', { name: 'File' })).toBeTruthy();
    expect(screen.getByLabelText('citizen service number: 111222333')).toBeTruthy();
  });

  it('says so when no mail is open', async () => {
    renderPane(fakeServices({ kind: 'none' }, async (job) => filed(job)));
    expect(await screen.findByText(/Open een e-mail/)).toBeTruthy();
    expect(asDossierId('x')).toBe('x');
  });
});
