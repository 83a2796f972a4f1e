import { Button, Combobox, Field, Option, makeStyles, tokens } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { WOO_GROUNDS } from '../../core/woo';
import type { GroundCode } from '../../core';
import { useTexts } from '../../ui';
import { useReviewTexts } from '../ReviewTexts';

const useStyles = makeStyles({
  chosen: { margin: 0, paddingLeft: 0, listStyleType: 'none' },
  ground: {
    display: 'flex',
    alignItems: 'start',
    gap: tokens.spacingHorizontalS,
    paddingTop: tokens.spacingVerticalXS,
  },
  explanation: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

/** Props of {@link GroundPicker}. */
export interface GroundPickerProps {
  readonly grounds: readonly GroundCode[];
  readonly typed: string;
  readonly onChange: (grounds: readonly GroundCode[], typed: string) => void;
  /** What the form cannot take, said under the field. */
  readonly problem?: string;
}

/**
 * The exception grounds of the Woo to choose from by code or word, each with its label; the
 * chosen ones listed with their plain-language explanation and a button to remove each.
 */
export function GroundPicker({ grounds, typed, onChange, problem }: GroundPickerProps) {
  const texts = useReviewTexts().reclassify;
  const woo = useTexts();
  const styles = useStyles();
  const text = (code: GroundCode) => `${code} ${woo.ground(code).label}`;
  const query = typed.trim().toLowerCase();
  const matches = WOO_GROUNDS.filter((ground) => text(ground.code).toLowerCase().includes(query));
  return (
    <>
      <Field
        label={texts.grounds}
        hint={texts.groundsHint}
        {...(problem === undefined ? {} : { validationMessage: problem })}
      >
        <Combobox
          multiselect
          freeform
          placeholder={texts.groundsPlaceholder}
          value={typed}
          selectedOptions={[...grounds]}
          onChange={(event) => onChange(grounds, event.target.value)}
          onOptionSelect={(_event, data) =>
            onChange(
              WOO_GROUNDS.map((ground) => ground.code).filter((code) =>
                data.selectedOptions.includes(code),
              ),
              '',
            )
          }
        >
          {matches.map((ground) => (
            <Option key={ground.code} value={ground.code} text={text(ground.code)}>
              {text(ground.code)}
            </Option>
          ))}
          {matches.length === 0 ? <Option disabled>{texts.noGroundMatches(typed)}</Option> : null}
        </Combobox>
      </Field>
      {grounds.length === 0 ? null : (
        <ul className={styles.chosen} aria-label={texts.chosenGrounds}>
          {grounds.map((code) => (
            <li key={code} className={styles.ground}>
              <Button
                size="small"
                appearance="subtle"
                icon={<DismissRegular />}
                aria-label={texts.removeGround(code)}
                onClick={() =>
                  onChange(
                    grounds.filter((ground) => ground !== code),
                    typed,
                  )
                }
              />
              <span>
                <strong>{text(code)}</strong>
                <br />
                <span className={styles.explanation}>{woo.ground(code).explanation}</span>
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
