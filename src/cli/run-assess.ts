import { assessMessage, prepareContext, type AssessmentContext, type Message } from '../core';
import type { AssessOptions } from './cli-args';
import type { CliIo } from './cli-io';
import { inputProblemLine, unreadFieldsLine } from './cli-messages';
import type { InputProblem } from './input-error';
import { learningWarningLine } from './learning-warning-line';
import { loadAdjustmentFile } from './load-adjustment';
import { loadDossiers } from './load-dossiers';
import { loadHistory } from './load-history';
import { toOutputRecord } from './output-record';
import { readMessages } from './read-messages';

/**
 * `bronvast assess`: prepares the context from the dossier registry and history, then reads,
 * assesses and prints one message at a time, in input order. Input that cannot be used is
 * reported on stderr and skipped; a message with fields that cannot be read is assessed without
 * them, after one line on stderr naming them. Returns the exit code: 0, or 1 when anything was
 * skipped.
 */
export async function runAssess(options: AssessOptions, io: CliIo): Promise<0 | 1> {
  let skipped = 0;
  const report = (problems: readonly InputProblem[]): void => {
    for (const { source, error } of problems)
      io.writeError(inputProblemLine(source, error, options.lang));
    skipped += problems.length;
  };
  const context = await loadContext(options, report, io);
  for await (const { source, outcome } of readMessages(options.paths)) {
    if (!outcome.ok) {
      report([{ source, error: outcome.error }]);
      continue;
    }
    if (outcome.unread.length > 0)
      io.writeError(unreadFieldsLine(source, outcome.unread, options.lang));
    const line = assessLine(source, outcome.message, context, options);
    if (line === undefined) report([{ source, error: 'assessment-failed' }]);
    else await io.writeLine(line);
  }
  return skipped === 0 ? 0 : 1;
}

async function loadContext(
  options: AssessOptions,
  report: (problems: readonly InputProblem[]) => void,
  io: CliIo,
): Promise<AssessmentContext> {
  const adjusted =
    options.relevanceAdjustmentFile === undefined
      ? undefined
      : await loadAdjustmentFile(options.relevanceAdjustmentFile);
  if (adjusted?.kind === 'unreadable')
    io.writeError(learningWarningLine('relevance-adjustment-unreadable', options.lang));
  const registry =
    options.dossiersFile === undefined ? undefined : await loadDossiers(options.dossiersFile);
  const filed =
    options.historyFile === undefined ? undefined : await loadHistory(options.historyFile);
  report(registry?.problems ?? []);
  report(filed?.problems ?? []);
  return prepareContext({
    dossiers: registry?.dossiers ?? [],
    history: filed?.history ?? [],
    organisationDomains: options.organisationDomains,
    ...(adjusted === undefined ? {} : { relevanceModel: adjusted.model }),
  });
}

function assessLine(
  source: string,
  message: Message,
  context: AssessmentContext,
  options: AssessOptions,
): string | undefined {
  try {
    return JSON.stringify(
      toOutputRecord(source, message, assessMessage(message, context), options.lang),
    );
  } catch {
    // A bug in the assessment of one message must not cost the records manager the rest of the batch.
    return undefined;
  }
}
