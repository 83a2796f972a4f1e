import type { CalendarStrings } from '@fluentui/react-datepicker-compat';

/** The date fields' calendar and the words around them. */
export interface DateMessages {
  readonly calendar: CalendarStrings;
  /** How a date is typed, shown in the empty field (`dd-mm-jjjj`). */
  readonly placeholder: string;
  readonly invalid: string;
}
