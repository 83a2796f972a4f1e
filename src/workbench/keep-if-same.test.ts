import { keepIfSame } from './keep-if-same';
import type { MailSummary } from './mailbox-api';

const aMail = (change: Partial<MailSummary> = {}): MailSummary => ({
  id: 'AAMk1',
  subject: 'Conceptrapport digitale weerbaarheid',
  from: 'Jan de Vries',
  received: '2026-12-03T13:05:00Z',
  categories: ['Woo'],
  conversationId: 'conv-1',
  isRead: false,
  hasAttachments: true,
  ...change,
});

describe('keepIfSame', () => {
  it('keeps the shown list when the folder reads as it was', () => {
    const shown = [aMail(), aMail({ id: 'AAMk2' })];
    expect(keepIfSame([aMail(), aMail({ id: 'AAMk2' })])(shown)).toBe(shown);
  });

  it.each<[string, Partial<MailSummary>]>([
    ['read', { isRead: true }],
    ['subject', { subject: 'Anders' }],
    ['category', { categories: ['Woo', 'Vastgelegd'] }],
    ['date', { received: '2026-12-03T13:06:00Z' }],
  ])('takes the new list when a mail changed its %s', (_name, change) => {
    const next = [aMail(change)];
    expect(keepIfSame(next)([aMail()])).toBe(next);
  });

  it('takes the new list when a mail came or went', () => {
    const next = [aMail(), aMail({ id: 'AAMk2' })];
    expect(keepIfSame(next)([aMail()])).toBe(next);
    const fewer = [aMail()];
    expect(keepIfSame(fewer)(next)).toBe(fewer);
  });
});
