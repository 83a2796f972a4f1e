import { useState } from 'react';
import type { ReviewAction, ReviewItem } from '../../graph';
import { useReviewTexts } from '../ReviewTexts';
import { ActionDialog } from './ActionDialog';
import {
  draftFor,
  reclassifyAction,
  type ReclassifyDraft,
  type ReclassifyProblem,
} from './reclassify-draft';
import { ReclassifyFields } from './ReclassifyFields';

/** Props of {@link ReclassifyDialog}. */
export interface ReclassifyDialogProps {
  /** The records to reclassify; the form starts from their category, assessment and grounds. */
  readonly targets: readonly ReviewItem[];
  readonly disabled: boolean;
  readonly onAction: (action: ReviewAction) => void;
}

/** "Herclassificeren": category, assessment and grounds, checked before the action goes out. */
export function ReclassifyDialog({ targets, disabled, onAction }: ReclassifyDialogProps) {
  const texts = useReviewTexts();
  const [draft, setDraft] = useState<ReclassifyDraft>(() => draftFor(targets));
  const [problem, setProblem] = useState<ReclassifyProblem>();
  return (
    <ActionDialog
      label={texts.actions.reclassify}
      disabled={disabled}
      onOpen={() => {
        setDraft(draftFor(targets));
        setProblem(undefined);
      }}
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
  );
}
