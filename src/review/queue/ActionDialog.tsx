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
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useReviewTexts } from '../ReviewTexts';

/** Props of {@link ActionDialog}. */
export interface ActionDialogProps {
  readonly label: string;
  readonly disabled: boolean;
  /** Called as the dialog opens, to start its form afresh. */
  readonly onOpen?: () => void;
  /** Called on "Bevestigen"; the dialog closes when it returns true. */
  readonly onConfirm: () => boolean;
  readonly children: ReactNode;
}

/**
 * A button that opens a modal form for one action's details (reason, category, dossier). Fluent's
 * dialog moves focus into the form, Escape and "Annuleren" close it, and focus goes back to the
 * button that opened it.
 */
export function ActionDialog(props: ActionDialogProps) {
  const texts = useReviewTexts();
  const [open, setOpen] = useState(false);
  const { onOpen, onConfirm } = props;
  const trigger = useRef<HTMLElement | null>(null);
  const wasOpen = useRef(false);
  // Fluent brings focus back on Escape and "Annuleren"; a confirmed form unmounts with focus
  // on its submit button, so the opening button takes it back here.
  useEffect(() => {
    if (wasOpen.current && !open) trigger.current?.focus();
    wasOpen.current = open;
  }, [open]);
  const change = (next: boolean): void => {
    if (next) onOpen?.();
    setOpen(next);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (onConfirm()) setOpen(false);
  };
  return (
    <Dialog open={open} onOpenChange={(_event, data) => change(data.open)}>
      <DialogTrigger disableButtonEnhancement>
        <Button
          ref={(element: HTMLElement | null) => {
            trigger.current = element;
          }}
          disabled={props.disabled}
        >
          {props.label}
        </Button>
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
