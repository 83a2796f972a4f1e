import { Field } from '@fluentui/react-components';
import { DayOfWeek } from '@fluentui/react-calendar-compat';
import { DatePicker } from '@fluentui/react-datepicker-compat';
import { useState } from 'react';
import { formatDate, isoDay, parseTypedDate } from '../format-date';
import { useReviewTexts } from '../ReviewTexts';

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
  return (
    <Field label={label} {...(invalid ? { validationMessage: texts.invalid } : {})}>
      <DatePicker
        allowTextInput
        value={value === '' ? null : parseTypedDate(value)}
        onSelectDate={(date) => {
          setInvalid(false);
          onChange(date === null || date === undefined ? '' : isoDay(date));
        }}
        formatDate={(date) => (date === undefined ? '' : formatDate(date))}
        parseDateFromString={parseTypedDate}
        onValidationResult={(data) => setInvalid(data.error === 'invalid-input')}
        placeholder={texts.placeholder}
        strings={texts.calendar}
        firstDayOfWeek={DayOfWeek.Monday}
        showGoToToday
      />
    </Field>
  );
}
