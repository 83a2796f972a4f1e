import { Button, Field, Input, Select } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { DeskGround, ManualRedaction } from '../../core/woo-desk';
import { useReviewTexts } from '../ReviewTexts';
import { DESK_GROUNDS, groundExplanation } from './ground-options';
import { useWooDeskTexts } from './useWooDeskTexts';

/** Props of {@link ManualRedactionForm}. */
export interface ManualRedactionFormProps {
  readonly text: string;
  /** The passage last selected in the document's text. */
  readonly selected: string;
  readonly onRedact: (mark: ManualRedaction) => void;
}

/**
 * Redacts a passage by hand: selected with the mouse or the keyboard in the text, or typed or
 * pasted; with a ground whose explanation is shown beside it. Every occurrence is redacted.
 */
export function ManualRedactionForm({ text, selected, onRedact }: ManualRedactionFormProps) {
  const texts = useWooDeskTexts().document;
  const language = useReviewTexts().language;
  const [passage, setPassage] = useState('');
  const [ground, setGround] = useState<DeskGround>('5.1.2e');
  const [message, setMessage] = useState('');
  useEffect(() => {
    if (selected.trim() !== '') setPassage(selected);
  }, [selected]);
  const { explanation } = groundExplanation(ground, language);
  return (
    <form
      aria-label={texts.manualHeading}
      onSubmit={(event) => {
        event.preventDefault();
        if (passage.trim() === '' || !text.includes(passage)) return setMessage(texts.notInText);
        setMessage('');
        onRedact({ text: passage, ground });
        setPassage('');
      }}
    >
      <h4>{texts.manualHeading}</h4>
      <Field label={texts.passage} hint={texts.passageHint}>
        <Input value={passage} onChange={(_event, data) => setPassage(data.value)} />
      </Field>
      <Field label={texts.ground}>
        <Select
          value={ground}
          onChange={(_event, data) =>
            setGround(DESK_GROUNDS.find((code) => code === data.value) ?? ground)
          }
        >
          {DESK_GROUNDS.map((code) => (
            <option key={code} value={code}>
              {code}
            </option>
          ))}
        </Select>
      </Field>
      <p aria-label={texts.explanation}>{explanation}</p>
      <Button type="submit">{texts.redact}</Button>
      {message !== '' && <p role="alert">{message}</p>}
    </form>
  );
}
