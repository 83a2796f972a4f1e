import { dayNumber, dayOf } from './calendar-day';
import type { WooEvent, WooRequest } from './woo-request';

/** Art. 4.4 lid 1 Woo: a decision within four weeks of receipt. */
export const DECISION_TERM_DAYS = 28;
/** Art. 4.4 lid 2 Woo: the term may be extended once, by at most two weeks. */
export const EXTENSION_DAYS = 14;

/** A request's legal deadline on a given day, and how it came about. */
export interface Deadline {
  /** The last calendar day of the term (midnight UTC of that Dutch day). */
  readonly deadline: Date;
  /** Calendar days from today to the deadline; negative when it has passed. */
  readonly daysLeft: number;
  readonly extended: boolean;
  /** The clock stands still: third parties were asked for their views and have not answered. */
  readonly suspended: boolean;
  /** Days the term was suspended so far (ended and running suspensions). */
  readonly suspendedDays: number;
}

/**
 * The deadline of a request: four weeks from the day of receipt (art. 4.4 lid 1 Woo), two
 * weeks more after a recorded extension (lid 2, counted once), and moved by every day the term
 * was suspended for third parties' views (lid 3 with art. 4:15 Awb): from an `opschorting`
 * to the next `hervatting`, or to today while it runs.
 */
export function requestDeadline(
  request: WooRequest,
  events: readonly WooEvent[],
  today: Date,
): Deadline {
  const ordered = [...events].sort((a, b) => a.at.getTime() - b.at.getTime());
  const extended = ordered.some((event) => event.kind === 'verlenging');
  const todayNumber = dayNumber(today);
  let suspendedDays = 0;
  let suspendedSince: number | null = null;
  for (const event of ordered) {
    if (event.kind === 'opschorting' && suspendedSince === null)
      suspendedSince = dayNumber(event.at);
    if (event.kind === 'hervatting' && suspendedSince !== null) {
      suspendedDays += Math.max(0, dayNumber(event.at) - suspendedSince);
      suspendedSince = null;
    }
  }
  const suspended = suspendedSince !== null;
  if (suspendedSince !== null) suspendedDays += Math.max(0, todayNumber - suspendedSince);
  const last =
    dayNumber(request.received) +
    DECISION_TERM_DAYS +
    (extended ? EXTENSION_DAYS : 0) +
    suspendedDays;
  return {
    deadline: dayOf(last),
    daysLeft: last - todayNumber,
    extended,
    suspended,
    suspendedDays,
  };
}

/**
 * The average handling time in calendar days of the requests decided (received to decision),
 * and how many it is taken over; null when none was decided.
 */
export function averageHandlingDays(
  requests: readonly WooRequest[],
): { readonly days: number; readonly decided: number } | null {
  const spans = requests.flatMap((request) =>
    request.status === 'besloten' && request.closedAt !== undefined
      ? [dayNumber(request.closedAt) - dayNumber(request.received)]
      : [],
  );
  if (spans.length === 0) return null;
  const total = spans.reduce((sum, days) => sum + days, 0);
  return { days: Math.round((total / spans.length) * 10) / 10, decided: spans.length };
}
