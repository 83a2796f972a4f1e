import type { Assessment, Dossier, DossierId, Message, RestItemId } from '../core';
import type { MailRef, PaneServices } from './pane-services';
import { readFilingFailure } from '../filing/read-failure';
import { readSignInFailure } from '../host/SignInError';

/** What the pane shows, from loading to one of its three views. */
export type PaneState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly code: string }
  | { readonly kind: 'none' }
  | {
      readonly kind: 'read';
      readonly itemId: RestItemId;
      readonly message: Message;
      readonly mailbox?: string;
      readonly assessment: Assessment;
      readonly dossiers: readonly Dossier[];
    }
  | {
      readonly kind: 'compose';
      readonly message: Message;
      readonly assessment: Assessment;
      readonly dossiers: readonly Dossier[];
      readonly dossier: DossierId | null;
    }
  | {
      readonly kind: 'selection';
      readonly items: readonly MailRef[];
      readonly dossiers: readonly Dossier[];
    };

/** Called with the first view's state while the full assessment is still being made. */
export type FirstView = (state: PaneState) => void;

async function loadState(services: PaneServices, firstView?: FirstView): Promise<PaneState> {
  const [item, dossiers] = await Promise.all([services.readItem(), services.loadDossiers()]);
  if (item.kind === 'none') return item;
  if (item.kind === 'selection') return { ...item, dossiers };
  const early = firstView === undefined ? undefined : services.assessFirstView;
  if (firstView !== undefined && early !== undefined)
    // The verdict is drawn on the side; a failure there leaves it to the full assessment.
    void early(item.message).then(
      (assessment) => firstView({ ...item, dossiers, assessment }),
      ignore,
    );
  return { ...item, dossiers, assessment: await services.assess(item.message) };
}

const ignore = (): void => undefined;

/** Why the item or its assessment could not be had: a filing or sign-in code, else `read-failed`. */
const failureCode = (error: unknown): string =>
  readFilingFailure(error, (other) => readSignInFailure(other) ?? READ_FAILED).reason;

const READ_FAILED = { reason: 'read-failed', transient: false } as const;

/**
 * Reads the open item and assesses it: the pane's whole state, never a rejection (a failure is
 * the `failed` state with its code). Plain TypeScript, so the page can run it before React loads.
 * `firstView`, when given, gets the mail or draft with its first-view assessment as soon as it is
 * made (see `PaneServices.assessFirstView`).
 */
export function readPaneState(services: PaneServices, firstView?: FirstView): Promise<PaneState> {
  return loadState(services, firstView).catch((error: unknown): PaneState => ({
    kind: 'failed',
    code: failureCode(error),
  }));
}
