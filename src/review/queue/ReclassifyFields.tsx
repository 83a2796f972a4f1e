import { Field, Select } from '@fluentui/react-components';
import { WOO_CATEGORIES } from '../../core/woo';
import { DISCLOSURE_LEVEL_CODES } from '../../core/vocabulary';
import { useTexts } from '../../ui';
import { categoryLabel } from '../detail/field-labels';
import { useReviewTexts } from '../ReviewTexts';
import { GroundPicker } from './GroundPicker';
import type { ReclassifyDraft, ReclassifyProblem } from './reclassify-draft';

/** Props of {@link ReclassifyFields}. */
export interface ReclassifyFieldsProps {
  readonly draft: ReclassifyDraft;
  readonly onChange: (draft: ReclassifyDraft) => void;
  readonly problem?: ReclassifyProblem;
}

/** The category (the 18 of the Woo, by label), the assessment and the grounds of a reclassification. */
export function ReclassifyFields({ draft, onChange, problem }: ReclassifyFieldsProps) {
  const texts = useReviewTexts();
  const woo = useTexts();
  const t = texts.reclassify;
  const level = texts.levels[draft.level];
  const said =
    problem === undefined
      ? undefined
      : problem.kind === 'ground-unknown'
        ? t.groundUnknown(problem.text)
        : problem.kind === 'grounds-without-restriction'
          ? t.groundsWithoutRestriction(level)
          : problem.kind === 'grounds-missing'
            ? t.groundsMissing(level)
            : t.residualCombined(problem.conflicting);
  const chosen = WOO_CATEGORIES.find((category) => category.tooiId === draft.category);
  const hint = chosen === undefined ? undefined : woo.wooCategory(chosen.code).explanation;
  return (
    <>
      <Field label={t.category} {...(hint === undefined ? {} : { hint })}>
        <Select
          value={draft.category}
          onChange={(_event, data) => onChange({ ...draft, category: data.value })}
        >
          <option value="">{texts.labels.noCategory}</option>
          {WOO_CATEGORIES.map((category) => (
            <option key={category.tooiId} value={category.tooiId}>
              {`${category.code} ${categoryLabel(category.tooiId, texts, woo).text}`}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.level}>
        <Select
          value={draft.level}
          onChange={(_event, data) =>
            onChange({
              ...draft,
              level: DISCLOSURE_LEVEL_CODES.find((l) => l === data.value) ?? draft.level,
            })
          }
        >
          {DISCLOSURE_LEVEL_CODES.map((value) => (
            <option key={value} value={value}>
              {texts.levels[value]}
            </option>
          ))}
        </Select>
      </Field>
      <GroundPicker
        grounds={draft.grounds}
        typed={draft.typed}
        onChange={(grounds, typed) => onChange({ ...draft, grounds, typed })}
        {...(said === undefined ? {} : { problem: said })}
      />
    </>
  );
}
