import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
} from '@fluentui/react-components';
import type { FormEvent, ReactNode } from 'react';
import { useReviewTexts } from '../ReviewTexts';

/** Props of {@link ActionDialog}. */
export interface ActionDialogProps {
  readonly label: string;
  readonly disabled: boolean;
  readonly open: boolean;
  readonly onOpenChange: (open: boolean) => void;
  /** Called on "Bevestigen"; the dialog closes when it returns true. */
  readonly onConfirm: () => boolean;
  readonly children: ReactNode;
}

/** A button that opens a modal form for an action's details (reason, category, dossier). */
export function ActionDialog(props: ActionDialogProps) {
  const texts = useReviewTexts();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (props.onConfirm()) props.onOpenChange(false);
  };
  return (
    <Dialog open={props.open} onOpenChange={(_event, data) => props.onOpenChange(data.open)}>
      <DialogTrigger disableButtonEnhancement>
        <Button disabled={props.disabled}>{props.label}</Button>
      </DialogTrigger>
      <DialogSurface>
        <form onSubmit={submit} noValidate>
          <DialogBody>
            <DialogTitle>{props.label}</DialogTitle>
            <DialogContent>{props.children}</DialogContent>
            <DialogActions>
              <DialogTrigger disableButtonEnhancement>
                <Button>{texts.actions.cancel}</Button>
              </DialogTrigger>
              <Button type="submit" appearance="primary">
                {texts.actions.confirm}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
