import { Button, Field, Input, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import { isValidZaaknummer } from '../../core/woo-desk';
import type { WooDeskServices } from './woo-desk-services';
import { useWooDeskTexts } from './useWooDeskTexts';

/** Props of {@link NewRequestForm}. */
export interface NewRequestFormProps {
  readonly services: WooDeskServices;
  readonly onCreated: () => void;
}

const dayOf = (text: string): Date | undefined =>
  /^\d{4}-\d{2}-\d{2}$/.test(text) ? new Date(`${text}T00:00:00Z`) : undefined;

/** Records a new Woo request: zaaknummer, day of receipt, text, requester and period. */
export function NewRequestForm({ services, onCreated }: NewRequestFormProps) {
  const texts = useWooDeskTexts().form;
  const failedText = useWooDeskTexts().failed;
  const [values, setValues] = useState({
    zaaknummer: '',
    received: '',
    text: '',
    requester: '',
    from: '',
    to: '',
  });
  const [message, setMessage] = useState('');
  const set = (name: keyof typeof values) => (_event: unknown, data: { value: string }) =>
    setValues((current) => ({ ...current, [name]: data.value }));
  const submit = () => {
    const received = dayOf(values.received);
    if (values.zaaknummer === '' || received === undefined || values.text.trim() === '')
      return setMessage(texts.incomplete);
    if (!isValidZaaknummer(values.zaaknummer)) return setMessage(texts.invalidZaaknummer);
    const periodFrom = dayOf(values.from);
    const periodTo = dayOf(values.to);
    services
      .create({
        zaaknummer: values.zaaknummer,
        received,
        text: values.text,
        requester: values.requester,
        ...(periodFrom === undefined ? {} : { periodFrom }),
        ...(periodTo === undefined ? {} : { periodTo }),
      })
      .then(
        (outcome) => {
          if (outcome === 'zaaknummer-taken') return setMessage(texts.taken);
          setMessage('');
          setValues({ zaaknummer: '', received: '', text: '', requester: '', from: '', to: '' });
          onCreated();
        },
        () => setMessage(failedText),
      );
  };
  return (
    <form
      aria-label={texts.heading}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <h2>{texts.heading}</h2>
      <Field label={texts.zaaknummer}>
        <Input value={values.zaaknummer} onChange={set('zaaknummer')} />
      </Field>
      <Field label={texts.received}>
        <Input type="date" value={values.received} onChange={set('received')} />
      </Field>
      <Field label={texts.text}>
        <Textarea value={values.text} onChange={set('text')} />
      </Field>
      <Field label={texts.requester}>
        <Input value={values.requester} onChange={set('requester')} />
      </Field>
      <Field label={texts.periodFrom}>
        <Input type="date" value={values.from} onChange={set('from')} />
      </Field>
      <Field label={texts.periodTo}>
        <Input type="date" value={values.to} onChange={set('to')} />
      </Field>
      <Button appearance="primary" type="submit">
        {texts.create}
      </Button>
      {message !== '' && <p role="alert">{message}</p>}
    </form>
  );
}
