import { Field } from '@fluentui/react-components';
import { DayOfWeek } from '@fluentui/react-calendar-compat';
import { DatePicker } from '@fluentui/react-datepicker-compat';
import { useMemo, useState } from 'react';
import { formatDate, isoDay, parseTypedDate } from '../format-date';
import { DAY_MONTH_YEAR } from '../../texts/review';
import { useReviewTexts } from '../ReviewTexts';

const shownDate = (date?: Date): string => (date === undefined ? '' : formatDate(date));

/** Props of {@link DateField}. */
export interface DateFieldProps {
  readonly label: string;
  /** The chosen day as `jjjj-mm-dd`; '' for none. */
  readonly value: string;
  readonly onChange: (value: string) => void;
}

/**
 * A day typed as dd-mm-jjjj or picked from Fluent's calendar (weeks from Monday, in the page's
 * language); a typed text that is no date is said so under the field.
 */
export function DateField({ label, value, onChange }: DateFieldProps) {
  const texts = useReviewTexts().dates;
  const [invalid, setInvalid] = useState(false);
  // The picker puts its text back whenever `value` or `formatDate` is a new object: both stay
  // the same between renders, or typing is undone.
  const date = useMemo(() => (value === '' ? null : parseTypedDate(value)), [value]);
  return (
    <Field label={label} {...(invalid ? { validationMessage: texts.invalid } : {})}>
      <DatePicker
        allowTextInput
        value={date}
        onSelectDate={(chosen) => {
          if (chosen !== null && chosen !== undefined) setInvalid(false);
          onChange(chosen === null || chosen === undefined ? '' : isoDay(chosen));
        }}
        formatDate={shownDate}
        parseDateFromString={parseTypedDate}
        // The picker validates again on closing, with the refused text gone: only a date or new
        // typing takes the message away.
        onValidationResult={(data) => {
          if (data.error === 'invalid-input') setInvalid(true);
        }}
        onInput={() => setInvalid(false)}
        placeholder={texts.placeholder}
        strings={texts.calendar}
        dateTimeFormatter={DAY_MONTH_YEAR}
        popupSurface={{ 'aria-label': texts.calendarLabel }}
        firstDayOfWeek={DayOfWeek.Monday}
        showGoToToday
      />
    </Field>
  );
}
