import { Button, Field, makeStyles, Textarea, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { AssessmentChoices, type AssessmentChoicesProps } from './AssessmentChoices';
import { FilingStatus, type FilingStatusProps } from './FilingStatus';
import { useNarrowFieldStyles } from './useNarrowFieldStyles';

const useStyles = makeStyles({
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalS,
  },
});

/** The sentences of a filing form, in the surface's own words (a mail's "toelichting", a chat's note). */
export interface FilingFormTexts {
  readonly note: string;
  readonly noteHint: string;
  readonly notePlaceholder?: string;
  readonly file: string;
  readonly fileAgain: string;
  readonly chooseDossierFirst: string;
}

/** Props of {@link FilingForm}: the choices, the note, the button, the status and the slots. */
export interface FilingFormProps extends AssessmentChoicesProps {
  readonly texts: FilingFormTexts;
  readonly note: string;
  readonly onNoteChange: (note: string) => void;
  /** Filed before (or just now): the button says "Opnieuw vastleggen". */
  readonly filed: boolean;
  readonly onFile: () => void;
  /** Where the filing stands; while its job runs, the button waits for it. */
  readonly status: FilingStatusProps;
  /** Keep the note inside a narrow pane (Outlook's task pane). */
  readonly narrow?: boolean;
  /** Slot above the choices (a notice, what is selected). */
  readonly before?: ReactNode;
  /** Slot below the note (a switch of the surface's own). */
  readonly afterNote?: ReactNode;
  /** Slot beside "Vastleggen" (more ways to file). */
  readonly actions?: ReactNode;
  /** Slot in the announced status region, below the filing status. */
  readonly statusExtra?: ReactNode;
}

/**
 * The form every filing surface shows for one item: the assessment with the choices (dossier,
 * Woo category), the note, "Vastleggen" and where the filing stands, announced to screen readers.
 * A surface adds what is its own through the slots.
 */
export function FilingForm(props: FilingFormProps) {
  const { texts, dossier } = props;
  const styles = useStyles();
  const narrow = useNarrowFieldStyles();
  const fit = props.narrow === true;
  const running = ['queued', 'uploading', 'metadata'].includes(props.status.job?.state.kind ?? '');
  return (
    <>
      {props.before}
      <AssessmentChoices
        assessment={props.assessment}
        bodyText={props.bodyText}
        dossiers={props.dossiers}
        dossier={dossier}
        onDossierChange={props.onDossierChange}
        category={props.category}
        onCategoryChange={props.onCategoryChange}
      />
      <Field {...(fit ? { className: narrow.field } : {})} label={texts.note} hint={texts.noteHint}>
        <Textarea
          {...(fit ? { className: narrow.control } : {})}
          value={props.note}
          {...(texts.notePlaceholder === undefined ? {} : { placeholder: texts.notePlaceholder })}
          onChange={(_event, data) => props.onNoteChange(data.value)}
          resize="vertical"
        />
      </Field>
      {props.afterNote}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={dossier === null || running} onClick={props.onFile}>
          {props.filed ? texts.fileAgain : texts.file}
        </Button>
        {props.actions}
      </div>
      {dossier === null ? <div>{texts.chooseDossierFirst}</div> : null}
      <div role="status" aria-live="polite">
        <FilingStatus {...props.status} />
        {props.statusExtra}
      </div>
    </>
  );
}
