import {
  Button,
  Field,
  Select,
  Textarea,
  Toolbar,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { asDossierId } from '../../core/ids';
import type { RegisteredDossier, ReviewAction, ReviewItem } from '../../graph';
import { useReviewTexts } from '../ReviewTexts';
import { ActionDialog } from './ActionDialog';
import {
  draftFor,
  reclassifyAction,
  type ReclassifyDraft,
  type ReclassifyProblem,
} from './reclassify-draft';
import { ReclassifyFields } from './ReclassifyFields';

const useStyles = makeStyles({ bar: { gap: tokens.spacingHorizontalS, flexWrap: 'wrap' } });

type DialogKind = 'reject' | 'reclassify' | 'move';

/** Props of {@link ActionBar}. */
export interface ActionBarProps {
  /** What the toolbar is called for screen readers: the selection, or the open record. */
  readonly label: string;
  /** The records the actions apply to; none disables them. */
  readonly targets: readonly ReviewItem[];
  readonly busy: boolean;
  readonly dossiers: readonly RegisteredDossier[];
  readonly onAction: (action: ReviewAction) => void;
}

/** Accepteren, Afwijzen, Herclassificeren and Verplaatsen for the given records. */
export function ActionBar({ label, targets, busy, dossiers, onAction }: ActionBarProps) {
  const texts = useReviewTexts();
  const styles = useStyles();
  const [open, setOpen] = useState<DialogKind | null>(null);
  const [reason, setReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);
  const [draft, setDraft] = useState<ReclassifyDraft>(() => draftFor(targets));
  const [problem, setProblem] = useState<ReclassifyProblem>();
  const [dossier, setDossier] = useState('');
  const disabled = targets.length === 0 || busy;
  const dialog = (kind: DialogKind) => ({
    open: open === kind,
    onOpenChange: (next: boolean) => {
      if (next && kind === 'reclassify') {
        setDraft(draftFor(targets));
        setProblem(undefined);
      }
      setOpen(next ? kind : null);
    },
    disabled,
  });
  return (
    <Toolbar className={styles.bar} aria-label={label}>
      <Button appearance="primary" disabled={disabled} onClick={() => onAction({ kind: 'accept' })}>
        {texts.actions.accept}
      </Button>
      <ActionDialog
        label={texts.actions.reject}
        {...dialog('reject')}
        onConfirm={() => {
          if (reason.trim() === '') {
            setReasonMissing(true);
            return false;
          }
          onAction({ kind: 'reject', reason: reason.trim() });
          setReason('');
          setReasonMissing(false);
          return true;
        }}
      >
        <Field
          label={texts.actions.reason}
          required
          {...(reasonMissing ? { validationMessage: texts.actions.reasonRequired } : {})}
        >
          <Textarea value={reason} onChange={(_event, data) => setReason(data.value)} />
        </Field>
      </ActionDialog>
      <ActionDialog
        label={texts.actions.reclassify}
        {...dialog('reclassify')}
        onConfirm={() => {
          const outcome = reclassifyAction(draft);
          if (!outcome.ok) {
            setProblem(outcome.problem);
            return false;
          }
          onAction(outcome.action);
          return true;
        }}
      >
        <ReclassifyFields
          draft={draft}
          onChange={(next) => {
            setDraft(next);
            setProblem(undefined);
          }}
          {...(problem === undefined ? {} : { problem })}
        />
      </ActionDialog>
      <ActionDialog
        label={texts.actions.move}
        {...dialog('move')}
        onConfirm={() => {
          if (dossier === '') return false;
          onAction({ kind: 'move', dossier: asDossierId(dossier) });
          return true;
        }}
      >
        <Field label={texts.actions.targetDossier} required>
          <Select value={dossier} onChange={(_event, data) => setDossier(data.value)}>
            <option value="" />
            {dossiers.map(({ dossier: entry }) => (
              <option key={entry.id} value={entry.id}>
                {`${entry.id} · ${entry.title}`}
              </option>
            ))}
          </Select>
        </Field>
      </ActionDialog>
    </Toolbar>
  );
}
