import { callAsync, office } from './office';
import type { DialogEventArg, OfficeDialog } from './office-subset';
import { SignInError } from './SignInError';

/** What the sign-in page sends with `Office.context.ui.messageParent`, as JSON. */
export type DialogTokenMessage =
  | { readonly kind: 'token'; readonly accessToken: string; readonly expiresOn: number }
  | { readonly kind: 'error'; readonly code: string };

/** A token with its expiry (ms since epoch). */
export interface DialogToken {
  readonly accessToken: string;
  readonly expiresOn: number;
}

/** Office's code when the user closes the dialog. */
const DIALOG_CLOSED = 12006;

/**
 * Signs in through the Office dialog where nested app authentication is missing (Outlook 2021,
 * Outlook.com mailboxes): opens the add-in's sign-in page, which runs MSAL with a redirect and
 * sends the token back with `messageParent`. Rejects with a `SignInError`.
 */
export async function acquireDialogToken(dialogUrl: string): Promise<DialogToken> {
  const ui = office().context.ui;
  if (ui === undefined) throw new SignInError('no-dialog-api');
  const dialog = await callAsync<OfficeDialog>('displayDialogAsync', (done) =>
    ui.displayDialogAsync(dialogUrl, { height: 60, width: 30, promptBeforeOpen: false }, done),
  ).catch((cause: unknown) => {
    throw new SignInError('dialog-blocked', '', { cause });
  });
  return new Promise<DialogToken>((resolve, reject) => {
    const settle = (arg: DialogEventArg): void => {
      dialog.close();
      const outcome = readDialogArg(arg);
      if (outcome instanceof SignInError) reject(outcome);
      else resolve(outcome);
    };
    dialog.addEventHandler('dialogMessageReceived', settle);
    dialog.addEventHandler('dialogEventReceived', settle);
  });
}

/** Reads what the dialog sent: a token, or the reason there is none. */
export function readDialogArg(arg: DialogEventArg): DialogToken | SignInError {
  if ('error' in arg) {
    return new SignInError(
      arg.error === DIALOG_CLOSED ? 'dialog-closed' : 'sign-in-failed',
      String(arg.error),
    );
  }
  const parsed: unknown = JSON.parse(arg.message);
  if (!isTokenMessage(parsed))
    return new SignInError('sign-in-failed', 'unreadable dialog message');
  if (parsed.kind === 'error') return new SignInError('sign-in-failed', parsed.code);
  return { accessToken: parsed.accessToken, expiresOn: parsed.expiresOn };
}

function isTokenMessage(value: unknown): value is DialogTokenMessage {
  if (typeof value !== 'object' || value === null || !('kind' in value)) return false;
  if (value.kind === 'error') return 'code' in value && typeof value.code === 'string';
  return (
    value.kind === 'token' &&
    'accessToken' in value &&
    typeof value.accessToken === 'string' &&
    'expiresOn' in value &&
    typeof value.expiresOn === 'number'
  );
}
