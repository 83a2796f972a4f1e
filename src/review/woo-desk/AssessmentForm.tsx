import { Button, Checkbox, Field, Radio, RadioGroup, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import { DISCLOSURE_LEVEL_CODES, type DisclosureLevel } from '../../core/vocabulary';
import type { DeskGround, DocumentDecision } from '../../core/woo-desk';
import { useReviewTexts } from '../ReviewTexts';
import { DESK_GROUNDS, groundExplanation } from './ground-options';
import { useWooDeskTexts } from './useWooDeskTexts';

/** Props of {@link AssessmentForm}. */
export interface AssessmentFormProps {
  readonly decision: DocumentDecision;
  readonly onSave: (decision: DocumentDecision) => void;
}

/** A document's assessment: level, grounds (each with its explanation at hand) and toelichting. */
export function AssessmentForm({ decision, onSave }: AssessmentFormProps) {
  const texts = useWooDeskTexts().document;
  const language = useReviewTexts().language;
  const [level, setLevel] = useState<DisclosureLevel>(decision.level);
  const [grounds, setGrounds] = useState<ReadonlySet<DeskGround>>(new Set(decision.grounds));
  const [toelichting, setToelichting] = useState(decision.toelichting);
  return (
    <form
      aria-label={texts.assessment}
      onSubmit={(event) => {
        event.preventDefault();
        onSave({ level, grounds: DESK_GROUNDS.filter((code) => grounds.has(code)), toelichting });
      }}
    >
      <Field label={texts.assessment}>
        <RadioGroup
          layout="horizontal"
          value={level}
          onChange={(_event, data) =>
            setLevel(DISCLOSURE_LEVEL_CODES.find((value) => value === data.value) ?? level)
          }
        >
          {DISCLOSURE_LEVEL_CODES.map((value) => (
            <Radio key={value} value={value} label={texts.levels[value]} />
          ))}
        </RadioGroup>
      </Field>
      <fieldset>
        <legend>{texts.grounds}</legend>
        {DESK_GROUNDS.map((code) => {
          const { label, explanation } = groundExplanation(code, language);
          return (
            <Checkbox
              key={code}
              label={
                <span title={explanation}>
                  {code} · {label}
                </span>
              }
              checked={grounds.has(code)}
              onChange={(_event, data) =>
                setGrounds((current) => {
                  const next = new Set(current);
                  if (data.checked === true) next.add(code);
                  else next.delete(code);
                  return next;
                })
              }
            />
          );
        })}
      </fieldset>
      <Field label={texts.toelichting}>
        <Textarea value={toelichting} onChange={(_event, data) => setToelichting(data.value)} />
      </Field>
      <Button type="submit">{texts.save}</Button>
    </form>
  );
}
