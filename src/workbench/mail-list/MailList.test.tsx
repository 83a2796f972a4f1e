/** @jest-environment jsdom */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { workbenchTexts } from '../../texts/workbench';
import type { MailSummary } from '../mailbox-api';
import { MailList } from './MailList';

const NOW = new Date('2026-12-03T15:00:00Z');

const aMail = (id: string, change: Partial<MailSummary> = {}): MailSummary => ({
  id,
  subject: `Onderwerp ${id}`,
  from: `Afzender ${id}`,
  received: '2026-12-03T08:15:00Z',
  categories: [],
  conversationId: `c-${id}`,
  isRead: true,
  hasAttachments: false,
  ...change,
});

const MAILS = [aMail('a'), aMail('b'), aMail('c'), aMail('d')];

/** The list as the mailbox drives it: opening selects one mail, toggling adds or removes one. */
function renderList(mails: readonly MailSummary[] = MAILS, language: 'nl' | 'en' = 'nl') {
  const opened: string[] = [];
  function Harness() {
    const [selected, setSelected] = useState<readonly string[]>([]);
    return (
      <MailList
        mails={mails}
        selected={selected}
        onOpen={(id) => (opened.push(id), setSelected([id]))}
        onToggle={(id) =>
          setSelected((list) =>
            list.includes(id) ? list.filter((other) => other !== id) : [...list, id],
          )
        }
        texts={workbenchTexts(language)}
        language={language}
        now={() => NOW}
        timeZone="Europe/Amsterdam"
      />
    );
  }
  render(<Harness />);
  return { opened, rows: () => screen.getAllByRole('option') };
}

describe('MailList', () => {
  it('is one tab stop: only one mail is in the tab order', async () => {
    const { rows } = renderList();
    expect(rows().map((row) => row.tabIndex)).toEqual([0, -1, -1, -1]);
    await userEvent.tab();
    expect(document.activeElement).toBe(rows()[0]);
    await userEvent.tab();
    expect(rows()).not.toContain(document.activeElement);
  });

  it('moves with the arrow keys, Home and End, and keeps the tab stop where it went', async () => {
    const { rows } = renderList();
    await userEvent.tab();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    expect(document.activeElement).toBe(rows()[2]);
    await userEvent.keyboard('{ArrowUp}');
    expect(document.activeElement).toBe(rows()[1]);
    await userEvent.keyboard('{End}');
    expect(document.activeElement).toBe(rows()[3]);
    await userEvent.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(rows()[3]);
    await userEvent.keyboard('{Home}');
    expect(document.activeElement).toBe(rows()[0]);
    expect(rows().map((row) => row.tabIndex)).toEqual([0, -1, -1, -1]);
  });

  it('opens the focused mail with Enter and selects more with Space', async () => {
    const { opened, rows } = renderList();
    await userEvent.tab();
    await userEvent.keyboard('{ArrowDown}{Enter}');
    expect(opened).toEqual(['b']);
    expect(rows()[1]?.getAttribute('aria-selected')).toBe('true');
    await userEvent.keyboard('{ArrowDown} ');
    expect(opened).toEqual(['b']);
    const selected = rows().map((row) => row.getAttribute('aria-selected'));
    expect(selected).toEqual(['false', 'true', 'true', 'false']);
  });

  it('opens a clicked mail, and adds one to the selection with its check box', async () => {
    const { opened, rows } = renderList();
    await userEvent.click(within(rows()[2]!).getByText('Onderwerp c'));
    expect(opened).toEqual(['c']);
    const check = rows()[0]?.querySelector('[data-part=check]');
    if (!(check instanceof HTMLElement)) throw new Error('no check box');
    await userEvent.click(check);
    expect(opened).toEqual(['c']);
    expect(rows()[0]?.getAttribute('aria-selected')).toBe('true');
    expect(rows()[2]?.getAttribute('aria-selected')).toBe('true');
  });

  it('shows sender, a Dutch date and time, and the subject on one line', () => {
    const long = 'Lang onderwerp '.repeat(20);
    renderList([aMail('a', { subject: long, received: '2026-11-25T08:00:00Z' })]);
    const row = screen.getByRole('option');
    expect(row.textContent).toContain('Afzender a');
    expect(row.textContent).toContain('wo 25-11');
    expect(row.textContent).toContain('woensdag 25 november 2026 om 09:00');
    const subject = row.querySelector('[data-part=subject]');
    expect(subject?.textContent).toBe(long);
    expect(subject && getComputedStyle(subject).whiteSpace).toBe('nowrap');
    expect(subject && getComputedStyle(subject).textOverflow).toBe('ellipsis');
  });

  it('writes "(geen onderwerp)" for a mail without a subject', () => {
    renderList([aMail('a', { subject: '  ' })]);
    const row = screen.getByRole('option');
    expect(row.querySelector('[data-part=subject]')?.textContent).toBe('(geen onderwerp)');
    expect(row.textContent).toContain('(geen onderwerp)');
  });

  it('marks unread mail, attachments and filed mail', () => {
    renderList([
      aMail('a', { isRead: false, hasAttachments: true }),
      aMail('b', { categories: ['Vastgelegd in Bronvast'] }),
    ]);
    const [unread, filed] = screen.getAllByRole('option');
    expect(unread?.textContent).toMatch(/^Ongelezen, Afzender a/);
    expect(unread?.getAttribute('data-unread')).toBe('true');
    expect(within(unread!).getByLabelText('Bijlage')).toBeTruthy();
    expect(unread?.textContent).not.toContain('Vastgelegd');
    expect(filed?.textContent).not.toContain('Ongelezen');
    expect(filed?.querySelector('[data-part=filed]')?.textContent).toBe('Vastgelegd');
  });

  it('speaks English on request', () => {
    renderList(
      [aMail('a', { subject: '', isRead: false, received: '2024-02-01T10:00:00Z' })],
      'en',
    );
    const row = screen.getByRole('option');
    expect(row.textContent).toMatch(/^Unread, Afzender a/);
    expect(row.textContent).toContain('01/02/2024');
    expect(row.querySelector('[data-part=subject]')?.textContent).toBe('(no subject)');
    expect(screen.getByRole('listbox', { name: 'Messages' })).toBeTruthy();
  });

  it('says the folder is empty when it is', () => {
    renderList([]);
    expect(screen.getByText('Deze map is leeg.')).toBeTruthy();
    expect(screen.queryByRole('listbox')).toBeNull();
  });
});
