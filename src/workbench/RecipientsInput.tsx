import { Field, Input } from '@fluentui/react-components';
import { useState } from 'react';

/** The addresses typed in a recipients field: separated by `;`, `,` or white space. */
export function parseRecipients(text: string): string[] {
  return text
    .split(/[;,\s]+/)
    .map((part) => part.trim())
    .filter(Boolean);
}

const same = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((value, index) => value === b[index]);

/** Props of {@link RecipientsInput}. */
export interface RecipientsInputProps {
  readonly label: string;
  readonly addresses: readonly string[];
  readonly onChange: (addresses: string[]) => void;
}

/**
 * "Aan" and "CC": the field keeps what is typed (separators and spaces included) and hands on
 * the addresses it holds; it shows the addresses afresh only when they change from outside.
 */
export function RecipientsInput({ label, addresses, onChange }: RecipientsInputProps) {
  const [text, setText] = useState(addresses.join('; '));
  const shown = same(parseRecipients(text), addresses) ? text : addresses.join('; ');
  return (
    <Field label={label}>
      <Input
        value={shown}
        onChange={(_event, data) => {
          setText(data.value);
          onChange(parseRecipients(data.value));
        }}
      />
    </Field>
  );
}
