import {
  readCurrentItem,
  showItemNotice,
  showTaskpane,
  type OfficeCommandEvent,
} from '../host/index';
import { READ_PANE_COMMAND } from './command-ids';
import { decideRibbonFiling } from './ribbon-decision';
import type { CommandServices, RibbonFilingOutcome } from './services';
import { dossierLabel } from './smart-alert';
import { commandTexts, type CommandTexts } from './texts';

/**
 * The "Vastleggen" ribbon button: reads the open mail, asks the core, files it in the top
 * dossier when the assessment is confident, and otherwise opens the task pane to decide there.
 * The outcome shows as a notice on the mail. Always completes the event.
 */
export async function fileFromRibbon(
  event: OfficeCommandEvent,
  services: CommandServices,
): Promise<void> {
  const texts = commandTexts(services.language());
  try {
    const item = await readCurrentItem();
    if (item === null || item.mode !== 'read')
      return await showItemNotice(texts.unreadable, 'error');
    const { assess, dossiers } = await services.loadContext();
    const assessment = assess(item.message);
    const decision = decideRibbonFiling(assessment);
    if (decision.kind === 'review') {
      return await showTaskpane(texts.review[decision.why], texts.openPane, READ_PANE_COMMAND);
    }
    const outcome = await services.fileItem(item, assessment, decision.dossier);
    const label = dossierLabel(decision.dossier, dossiers);
    await showItemNotice(
      noticeText(outcome, label, texts),
      outcome.kind === 'failed' ? 'error' : 'info',
    );
  } catch {
    await showItemNotice(texts.unreadable, 'error').catch(() => undefined);
  } finally {
    event.completed();
  }
}

function noticeText(outcome: RibbonFilingOutcome, dossier: string, texts: CommandTexts): string {
  switch (outcome.kind) {
    case 'filed':
      return texts.filed(dossier);
    case 'already-filed':
      return texts.alreadyFiled;
    case 'failed':
      return texts.filingFailed(outcome.code);
  }
}
