import { getDraftDossier, readCurrentItem, type OfficeCommandEvent } from '../host/index';
import { withDeadline } from './deadline';
import { decideSend } from './send-decision';
import { commandContext, type CommandContext, type CommandServices } from './services';
import { buildSmartAlert } from './smart-alert';
import { commandTexts } from '../texts/commands';

/** The dossier registry gets this long; after that the draft is assessed without dossiers. */
export const CONTEXT_BUDGET_MS = 400;

const EMPTY: CommandContext = commandContext({ dossiers: [], history: [] });

/**
 * Smart Alerts `OnMessageSend` (SendMode PromptUser): a policy-relevant draft without a chosen
 * dossier gets a prompt offering the suggested dossier; everything else, and any failure of
 * Bronvast itself, lets the mail go. Nobody is ever blocked from sending.
 */
export async function onMessageSendHandler(
  event: OfficeCommandEvent,
  services: CommandServices,
): Promise<void> {
  try {
    const [item, chosen, loaded] = await Promise.all([
      readCurrentItem(),
      getDraftDossier().catch(() => null),
      withDeadline(services.loadContext(), CONTEXT_BUDGET_MS, EMPTY),
    ]);
    const assessment = item === null ? null : loaded.assess(item.message);
    const decision = decideSend(assessment, chosen);
    if (decision.kind === 'allow') return event.completed({ allowEvent: true });
    const texts = commandTexts(services.language());
    event.completed({ ...buildSmartAlert(decision.suggested, loaded.dossiers, texts) });
  } catch {
    event.completed({ allowEvent: true });
  }
}
