import { Field, Select } from '@fluentui/react-components';
import type { WooCategoryCode, WooCategorySuggestion } from '../core';
import { WOO_CATEGORIES } from '../core/woo/categories';
import { ReasonList } from './ReasonList';
import { useTexts } from './TextsContext';
import { useNarrowFieldStyles } from './useNarrowFieldStyles';
import { Section } from './Section';

/** Props of {@link WooCategorySection}. */
export interface WooCategorySectionProps {
  readonly suggestion: WooCategorySuggestion | null;
  readonly value: WooCategoryCode;
  readonly onChange: (code: WooCategoryCode) => void;
}

/** The Woo information category (art. 3.3) the core suggests, which the officer may change. */
export function WooCategorySection({ suggestion, value, onChange }: WooCategorySectionProps) {
  const styles = useNarrowFieldStyles();
  const texts = useTexts();
  const explanation = texts.wooCategory(value).explanation;
  return (
    <Section title={texts.ui.wooCategoryHeading}>
      {suggestion === null ? <div>{texts.ui.noWooCategory}</div> : null}
      <Field
        className={styles.field}
        label={texts.ui.wooCategoryHeading}
        {...(explanation === undefined ? {} : { hint: explanation })}
      >
        <Select
          className={styles.control}
          select={{ className: styles.inner }}
          value={value}
          onChange={(_event, data) => {
            const chosen = WOO_CATEGORIES.find((category) => category.code === data.value);
            if (chosen !== undefined) onChange(chosen.code);
          }}
        >
          {WOO_CATEGORIES.map((category) => (
            <option key={category.code} value={category.code}>
              {`${category.code} ${texts.wooCategory(category.code).label}`}
            </option>
          ))}
        </Select>
      </Field>
      {suggestion !== null ? <ReasonList reasons={suggestion.reasons} limit={2} /> : null}
    </Section>
  );
}
