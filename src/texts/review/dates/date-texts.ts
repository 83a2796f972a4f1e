import type { DateFormatting } from '@fluentui/react-calendar-compat';
import type { CalendarStrings } from '@fluentui/react-datepicker-compat';

/** The date fields' calendar and the words around them. */
export interface DateTexts {
  readonly calendar: CalendarStrings;
  /** The name of the calendar's pop-up. */
  readonly calendarLabel: string;
  /** How a date is typed, shown in the empty field (`dd-mm-jjjj`). */
  readonly placeholder: string;
  readonly invalid: string;
}

/** Dates as the calendar reads them out, day before month: `7 december 2026`. */
export const DAY_MONTH_YEAR: DateFormatting = {
  formatDay: (date) => String(date.getDate()),
  formatMonth: (date, strings) => strings.months[date.getMonth()] ?? '',
  formatYear: (date) => String(date.getFullYear()),
  formatMonthDayYear: (date, strings) =>
    `${date.getDate()} ${strings.months[date.getMonth()] ?? ''} ${date.getFullYear()}`,
  formatMonthYear: (date, strings) =>
    `${strings.months[date.getMonth()] ?? ''} ${date.getFullYear()}`,
};
