import { averageHandlingDays, requestDeadline } from './deadline';
import type { WooEvent, WooRequest } from './woo-request';

const request = (received: string, extra: Partial<WooRequest> = {}): WooRequest => ({
  zaaknummer: 'WOO-2025-0042',
  received: new Date(`${received}T00:00:00Z`),
  text: 'Alle stukken over de subsidieregeling',
  requester: 'J. Verzoeker',
  status: 'open',
  ...extra,
});
const event = (kind: WooEvent['kind'], at: string): WooEvent => ({
  kind,
  at: new Date(`${at}T10:00:00Z`),
  note: '',
});
const day = (date: string) => new Date(`${date}T12:00:00Z`);

describe('the deadline of a Woo request', () => {
  it('is four weeks after receipt, counted in calendar days', () => {
    const deadline = requestDeadline(request('2025-03-03'), [], day('2025-03-10'));
    expect(deadline.deadline.toISOString().slice(0, 10)).toBe('2025-03-31');
    expect(deadline.daysLeft).toBe(21);
    expect(deadline.extended).toBe(false);
  });

  it('moves two weeks with a recorded extension, once however often it is recorded', () => {
    const events = [event('verlenging', '2025-03-20'), event('verlenging', '2025-03-25')];
    const deadline = requestDeadline(request('2025-03-03'), events, day('2025-03-31'));
    expect(deadline.deadline.toISOString().slice(0, 10)).toBe('2025-04-14');
    expect(deadline.daysLeft).toBe(14);
    expect(deadline.extended).toBe(true);
  });

  it('stands still while third parties are asked for their views, and runs again after', () => {
    const suspended = [event('opschorting', '2025-03-10')];
    const during = requestDeadline(request('2025-03-03'), suspended, day('2025-03-20'));
    expect(during.suspended).toBe(true);
    expect(during.daysLeft).toBe(21);
    const resumed = [...suspended, event('hervatting', '2025-03-24')];
    const after = requestDeadline(request('2025-03-03'), resumed, day('2025-03-30'));
    expect(after.suspended).toBe(false);
    expect(after.suspendedDays).toBe(14);
    expect(after.deadline.toISOString().slice(0, 10)).toBe('2025-04-14');
  });

  it('is negative in days left once passed', () => {
    expect(requestDeadline(request('2025-01-01'), [], day('2025-02-05')).daysLeft).toBe(-7);
  });
});

describe('the average handling time', () => {
  it('averages received to decided over the decided requests only', () => {
    const requests = [
      request('2025-01-01', { status: 'besloten', closedAt: day('2025-01-21') }),
      request('2025-01-01', { status: 'besloten', closedAt: day('2025-02-10') }),
      request('2025-01-01'),
    ];
    expect(averageHandlingDays(requests)).toEqual({ days: 30, decided: 2 });
  });

  it('is null when nothing was decided', () => {
    expect(averageHandlingDays([request('2025-01-01')])).toBeNull();
  });
});
