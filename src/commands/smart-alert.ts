import type { Dossier, DossierId } from '../core/index';
import { COMPOSE_PANE_COMMAND } from './command-ids';
import type { CommandTexts } from '../texts/commands';

/** Smart Alerts show at most this many characters of `errorMessage`. */
export const SMART_ALERT_MAX = 500;
/** Dossier titles are shortened to this in the alert, so the whole sentence fits. */
const TITLE_MAX = 80;

/** The options `event.completed` gets for a send that is held for a dossier choice. */
export interface SmartAlertOptions {
  readonly allowEvent: false;
  readonly errorMessage: string;
  readonly cancelLabel: string;
  readonly commandId: string;
  readonly contextData: { readonly suggestedDossier: string };
  readonly sendModeOverride: 'promptUser';
}

/**
 * The Smart Alert for a policy-relevant draft without a dossier: names the suggested dossier,
 * renames "Don't send" to "Dossier kiezen" and points it at the compose task pane (Mailbox
 * 1.14: `cancelLabel`, `commandId`, `contextData`), and keeps the prompt mode so "Send anyway"
 * stays available. Older clients ignore the newer fields and show the message with the buttons.
 */
export function buildSmartAlert(
  suggested: DossierId | null,
  dossiers: readonly Dossier[],
  texts: CommandTexts,
): SmartAlertOptions {
  const message = texts.sendPrompt(suggested === null ? null : dossierLabel(suggested, dossiers));
  return {
    allowEvent: false,
    errorMessage:
      message.length > SMART_ALERT_MAX ? `${message.slice(0, SMART_ALERT_MAX - 1)}…` : message,
    cancelLabel: texts.chooseDossier,
    commandId: COMPOSE_PANE_COMMAND,
    contextData: { suggestedDossier: suggested ?? '' },
    sendModeOverride: 'promptUser',
  };
}

/** "Title (kenmerk)" for a dossier in the registry, the bare id otherwise. */
export function dossierLabel(id: DossierId, dossiers: readonly Dossier[]): string {
  const dossier = dossiers.find((entry) => entry.id === id);
  if (dossier === undefined || dossier.title.trim() === '') return id;
  const title =
    dossier.title.length > TITLE_MAX ? `${dossier.title.slice(0, TITLE_MAX - 1)}…` : dossier.title;
  return `${title} (${id})`;
}
