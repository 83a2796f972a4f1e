import type { UiLanguage } from '../../texts';
import type { BacklogResult } from './backlog-outcome';
import { describeFailure } from './backlog-messages';
import { UNSORTED_DOSSIER } from './placement';
import type { Tally } from './tally';

/** The summary printed at the end of a run: the counts, then each failure reason with its count. */
export function summaryLines(tally: Tally, dryRun: boolean, lang: UiLanguage): string[] {
  const nl = lang === 'nl';
  const unsorted =
    tally.unsorted === 0
      ? ''
      : nl
        ? ` (waarvan ${tally.unsorted} in ${UNSORTED_DOSSIER}, te beoordelen)`
        : ` (of which ${tally.unsorted} in ${UNSORTED_DOSSIER}, to be reviewed)`;
  const head = dryRun
    ? nl
      ? `Proefdraai, er is niets vastgelegd: ${tally.wouldFile} zou worden vastgelegd${unsorted}`
      : `Dry run, nothing was filed: ${tally.wouldFile} would be filed${unsorted}`
    : nl
      ? `Klaar: ${tally.filed} vastgelegd${unsorted}, ${tally.alreadyFiled} al vastgelegd`
      : `Done: ${tally.filed} filed${unsorted}, ${tally.alreadyFiled} already filed`;
  const rest = nl
    ? `, ${tally.skipped} overgeslagen (niet beleidsrelevant), ${tally.failed} mislukt.`
    : `, ${tally.skipped} skipped (not policy-relevant), ${tally.failed} failed.`;
  const reasons = [...tally.reasons].map(
    ([reason, count]) => `  ${count} x ${describeFailure(reason, lang)}`,
  );
  return [head + rest, ...reasons];
}

/** The line a dry run prints per mail it would file. */
export function dryRunLine(result: BacklogResult, lang: UiLanguage): string | undefined {
  const { outcome } = result;
  if (outcome.kind !== 'would-file') return undefined;
  return lang === 'nl'
    ? `zou vastleggen: ${result.source} -> ${outcome.dossier}`
    : `would file: ${result.source} -> ${outcome.dossier}`;
}

/** One JSON line of `--report`: the input, how it ended, where it went or why not. */
export function reportLine(result: BacklogResult): string {
  const { outcome } = result;
  return JSON.stringify({
    source: result.source,
    outcome: outcome.kind,
    ...(result.messageId === undefined ? {} : { messageId: result.messageId }),
    ...(result.subject === undefined ? {} : { subject: result.subject }),
    ...('dossier' in outcome ? { dossier: outcome.dossier } : {}),
    ...('unsorted' in outcome ? { unsorted: outcome.unsorted } : {}),
    ...('webUrl' in outcome ? { webUrl: outcome.webUrl } : {}),
    ...('warnings' in outcome && outcome.warnings.length > 0 ? { warnings: outcome.warnings } : {}),
    ...('reason' in outcome ? { reason: outcome.reason } : {}),
    ...('unreadable' in outcome ? { unreadable: outcome.unreadable } : {}),
  });
}
