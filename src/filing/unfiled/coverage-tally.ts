import { isoWeek } from '../../core/vocabulary';
import type { MailMark } from '../../graph/mail';

/** One ISO week's counts of policy-relevant mail: the coverage a records manager sees. */
export interface WeekCoverage {
  /** ISO 8601 week, `2026-W49`. */
  readonly week: string;
  /** '' for the officer's own mailbox, else the shared mailbox's address. */
  readonly mailbox: string;
  readonly relevant: number;
  readonly filed: number;
  readonly dismissed: number;
  readonly open: number;
  /** When the oldest still open mail of the week came in; null when none is open. */
  readonly oldestOpen: Date | null;
}

/** Counts per week, kept while the mail is read. */
export class CoverageTally {
  readonly #weeks = new Map<string, WeekCoverage>();

  /** Counts one mail: filed and set-aside mail always, open mail when assessed relevant. */
  add(received: Date, mark: MailMark, relevant: boolean, mailbox = ''): void {
    if (mark.kind === 'open' && !relevant) return;
    const week = isoWeek(received);
    const key = `${mailbox}|${week}`;
    const now = this.#weeks.get(key) ?? {
      week,
      mailbox,
      relevant: 0,
      filed: 0,
      dismissed: 0,
      open: 0,
      oldestOpen: null,
    };
    const open = mark.kind === 'open';
    this.#weeks.set(key, {
      week,
      mailbox,
      relevant: now.relevant + 1,
      filed: now.filed + (mark.kind === 'filed' ? 1 : 0),
      dismissed: now.dismissed + (mark.kind === 'dismissed' ? 1 : 0),
      open: now.open + (open ? 1 : 0),
      oldestOpen:
        open && (now.oldestOpen === null || received < now.oldestOpen) ? received : now.oldestOpen,
    });
  }

  /** The weeks counted per mailbox, oldest first. */
  weeks(): WeekCoverage[] {
    return [...this.#weeks.values()].sort(
      (a, b) => a.week.localeCompare(b.week) || a.mailbox.localeCompare(b.mailbox),
    );
  }
}
