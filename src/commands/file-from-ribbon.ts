import {
  readCurrentItem,
  showItemNotice,
  showTaskpane,
  type OfficeCommandEvent,
} from '../host/index';
import type { UiLanguage } from '../texts/index';
import { READ_PANE_COMMAND } from './command-ids';
import { decideRibbonFiling } from './ribbon-decision';
import type { CommandServices, ItemFailureCode, RibbonFilingOutcome } from './services';
import { dossierLabel } from './smart-alert';
import {
  commandTexts,
  failureSentence,
  filedWithWarnings,
  type CommandTexts,
} from '../texts/commands';

/**
 * The "Vastleggen" ribbon button: reads the open mail, asks the core, files it in the top
 * dossier when the assessment is confident, and otherwise opens the task pane to decide there.
 * The outcome shows as a notice on the mail. Always completes the event.
 */
export async function fileFromRibbon(
  event: OfficeCommandEvent,
  services: CommandServices,
): Promise<void> {
  const language = services.language();
  const texts = commandTexts(language);
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
      noticeText(outcome, label, texts, language),
      outcome.kind === 'failed' ? 'error' : 'info',
    );
  } catch (error) {
    await showItemNotice(failureNotice(error, services, texts), 'error').catch(() => undefined);
  } finally {
    event.completed();
  }
}

function noticeText(
  outcome: RibbonFilingOutcome,
  dossier: string,
  texts: CommandTexts,
  language: UiLanguage,
): string {
  switch (outcome.kind) {
    case 'filed':
    case 'already-filed': {
      const text = outcome.kind === 'filed' ? texts.filed(dossier) : texts.alreadyFiled;
      const warnings = outcome.warnings ?? [];
      return warnings.length === 0 ? text : filedWithWarnings(text, warnings, language);
    }
    case 'failed':
      return texts.filingFailed(failureSentence(outcome.code, language));
  }
}

/** A failure on the way (sign-in, a site not set up) in the shared words; else "could not read". */
function failureNotice(error: unknown, services: CommandServices, texts: CommandTexts): string {
  const code: ItemFailureCode = services.readFailure?.(error) ?? 'read-failed';
  if (code === 'read-failed' || code === 'unexpected') return texts.unreadable;
  return texts.filingFailed(failureSentence(code, services.language()));
}
