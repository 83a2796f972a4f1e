import { Field, Select } from '@fluentui/react-components';
import { useState } from 'react';
import { asDossierId } from '../../core/vocabulary';
import type { RegisteredDossier, ReviewAction } from '../../graph';
import { useReviewTexts } from '../ReviewTexts';
import { ActionDialog } from './ActionDialog';

/** Props of {@link MoveDialog}. */
export interface MoveDialogProps {
  readonly dossiers: readonly RegisteredDossier[];
  readonly disabled: boolean;
  readonly onAction: (action: ReviewAction) => void;
}

/** "Verplaatsen": the dossier to move to, from the registry. */
export function MoveDialog({ dossiers, disabled, onAction }: MoveDialogProps) {
  const texts = useReviewTexts();
  const [dossier, setDossier] = useState('');
  return (
    <ActionDialog
      label={texts.actions.move}
      disabled={disabled}
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
  );
}
