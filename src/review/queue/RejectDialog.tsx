import { Field, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import type { ReviewAction } from '../../graph';
import { useReviewTexts } from '../ReviewTexts';
import { ActionDialog } from './ActionDialog';

/** Props of {@link RejectDialog}. */
export interface RejectDialogProps {
  readonly disabled: boolean;
  readonly onAction: (action: ReviewAction) => void;
}

/** "Afwijzen": asks for the reason, which is required, and rejects with it. */
export function RejectDialog({ disabled, onAction }: RejectDialogProps) {
  const texts = useReviewTexts();
  const [reason, setReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);
  return (
    <ActionDialog
      label={texts.actions.reject}
      disabled={disabled}
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
  );
}
