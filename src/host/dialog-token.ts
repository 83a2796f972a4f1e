import { callAsync, office } from './office';
import type { DialogEventArg, OfficeDialog } from './office-subset';
import { isSignInError, SignInError } from './SignInError';

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
  const expectedOrigin = originOf(dialogUrl);
  return new Promise<DialogToken>((resolve, reject) => {
    let settled = false;
    // Office calls this from its own event loop: nothing may throw here, or the promise would
    // never settle; whatever goes wrong becomes a SignInError.
    const settle = (arg: DialogEventArg): void => {
      if (settled) return;
      settled = true;
      try {
        dialog.close();
      } catch {
        // The dialog is gone already; the outcome below still counts.
      }
      const outcome = readDialogArg(arg, expectedOrigin);
      if (isSignInError(outcome)) reject(outcome);
      else resolve(outcome);
    };
    dialog.addEventHandler('dialogMessageReceived', settle);
    dialog.addEventHandler('dialogEventReceived', settle);
  });
}

/**
 * Reads what the dialog sent: a token, or the reason there is none. Never throws: a message
 * that is not our JSON, or one from a page of another origin than the sign-in page (where the
 * client reports the origin), is a failed sign-in.
 */
export function readDialogArg(
  arg: DialogEventArg,
  expectedOrigin?: string,
): DialogToken | SignInError {
  if ('error' in arg) {
    return new SignInError(
      arg.error === DIALOG_CLOSED ? 'dialog-closed' : 'sign-in-failed',
      String(arg.error),
    );
  }
  if (expectedOrigin !== undefined && arg.origin !== undefined && arg.origin !== expectedOrigin)
    return new SignInError('sign-in-failed', 'message from another origin');
  const parsed = parseJson(arg.message);
  if (!isTokenMessage(parsed))
    return new SignInError('sign-in-failed', 'unreadable dialog message');
  if (parsed.kind === 'error') return new SignInError('sign-in-failed', parsed.code);
  return { accessToken: parsed.accessToken, expiresOn: parsed.expiresOn };
}

function parseJson(text: unknown): unknown {
  if (typeof text !== 'string') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
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
